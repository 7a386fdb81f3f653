import { useId } from 'react';
import { t } from '../lib/i18n';

export type SuppressDays = 7 | null | 'keep';

/** "Not again for this one": keep warning, or not for 7 days, or not until the user withdraws it. */
export function SuppressChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: SuppressDays;
  onChange(value: SuppressDays): void;
}) {
  const id = useId();
  return (
    <p className="suppress">
      <label htmlFor={id}>{t('dialog_suppress_label', name)}</label>{' '}
      <select
        id={id}
        data-testid="suppress-choice"
        value={value === null ? 'forever' : String(value)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(v === 'forever' ? null : v === '7' ? 7 : 'keep');
        }}
      >
        <option value="keep">{t('dialog_suppress_keep')}</option>
        <option value="7">{t('dialog_suppress_7')}</option>
        <option value="forever">{t('dialog_suppress_forever')}</option>
      </select>
    </p>
  );
}
