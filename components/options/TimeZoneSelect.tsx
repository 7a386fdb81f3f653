import { useId } from 'react';
import { t } from '../../lib/i18n';
import { describedBy, FieldProblems } from './FieldProblems';

let zones: string[] | undefined;

function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones;
}

/** An IANA time zone picked from the browser's list (the current value kept even when unlisted). */
export function TimeZoneSelect({
  value,
  onChange,
  problems = [],
}: {
  value: string;
  onChange(zone: string): void;
  problems?: readonly string[];
}) {
  const id = useId();
  const problemsId = useId();
  const list = timeZones();
  return (
    <div className="field">
      <label htmlFor={id}>{t('options_timezone_label')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={describedBy(undefined, problemsId, problems.length > 0)}
      >
        {!list.includes(value) && <option value={value}>{value || t('options_timezone_choose')}</option>}
        {list.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} messages={problems} />
    </div>
  );
}
