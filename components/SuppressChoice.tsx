import { useId } from 'react';

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
      <label htmlFor={id}>Warn me about this for {name}:</label>{' '}
      <select
        id={id}
        data-testid="suppress-choice"
        value={value === null ? 'forever' : String(value)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(v === 'forever' ? null : v === '7' ? 7 : 'keep');
        }}
      >
        <option value="keep">every time</option>
        <option value="7">not for 7 days (after Send anyway)</option>
        <option value="forever">not until I change my mind (after Send anyway)</option>
      </select>
    </p>
  );
}
