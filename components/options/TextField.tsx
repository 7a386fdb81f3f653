import { useId, type ReactNode } from 'react';
import { describedBy, FieldProblems } from './FieldProblems';

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  problems?: readonly string[];
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'email' | 'url';
  type?: 'text' | 'email' | 'url';
  placeholder?: string;
  maxLength?: number;
  autoComplete?: string;
  required?: boolean;
  name?: string;
}

/** A labelled text box with an optional hint and its problems underneath. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  problems = [],
  multiline = false,
  inputMode,
  type = 'text',
  placeholder,
  maxLength,
  autoComplete = 'off',
  required,
  name,
}: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const problemsId = useId();
  const invalid = problems.length > 0;
  const common = {
    id,
    name,
    value,
    placeholder,
    maxLength,
    required,
    autoComplete,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy(hint ? hintId : undefined, problemsId, invalid),
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      <FieldProblems id={problemsId} messages={problems} />
    </div>
  );
}
