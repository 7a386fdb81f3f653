import { useId, type ReactNode } from 'react';
import { t } from '../../lib/i18n';
import { countryName, countryOptions } from './countries';
import { describedBy, FieldProblems } from './FieldProblems';

export interface CountrySelectProps {
  label: ReactNode;
  value: string;
  onChange(code: string): void;
  /** Text of the empty choice; without it a country must be chosen. */
  emptyChoice?: string;
  hint?: ReactNode;
  problems?: readonly string[];
  disabled?: boolean;
}

/** A country picked by name ("United Kingdom (GB)"); the value is the ISO 3166-1 code. */
export function CountrySelect({
  label,
  value,
  onChange,
  emptyChoice,
  hint,
  problems = [],
  disabled,
}: CountrySelectProps) {
  const id = useId();
  const hintId = useId();
  const problemsId = useId();
  const options = countryOptions();
  const known = value === '' || options.some((o) => o.code === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : undefined, problemsId, problems.length > 0)}
      >
        {(emptyChoice !== undefined || value === '') && (
          <option value="">{emptyChoice ?? t('options_country_choose')}</option>
        )}
        {!known && <option value={value}>{countryName(value)}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {t('options_country_option', o.name, o.code)}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} messages={problems} />
    </div>
  );
}
