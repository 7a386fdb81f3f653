import { useId } from 'react';
import type { PolicyProblem } from '../../lib/policy/contact-policy';
import type { EncryptionPolicy } from '../../lib/policy/encryption-policies';
import { encryptionPolicies } from '../../lib/policy/encryption-policies';
import { describedBy, FieldProblems } from './FieldProblems';
import { problemsUnder } from './problems';

export const ENCRYPTION_CHOICES: Record<EncryptionPolicy, { title: string; description: string }> = {
  required: {
    title: 'Required',
    description: 'Encrypted messages only: mail that is not end-to-end encrypted is flagged every time.',
  },
  preferred: {
    title: 'Preferred',
    description: 'Plain email is flagged until the sender accepts its risk (the acceptance can be withdrawn).',
  },
  'not-required': { title: 'Not required', description: 'Plain email is fine.' },
};

/** How the policy treats mail that is not end-to-end encrypted. */
export function EncryptionField({
  value,
  onChange,
  problems,
}: {
  value: EncryptionPolicy | '';
  onChange(value: EncryptionPolicy): void;
  problems: readonly PolicyProblem[];
}) {
  const name = useId();
  const problemsId = useId();
  const messages = problemsUnder(problems, 'email.encryption').map((p) => p.message);
  return (
    <fieldset className="encryption" aria-describedby={describedBy(undefined, problemsId, messages.length > 0)}>
      <legend>Encryption</legend>
      {encryptionPolicies.map((policy) => (
        <label key={policy} className="choice">
          <input type="radio" name={name} value={policy} checked={value === policy} onChange={() => onChange(policy)} />
          <strong className="choice-title">{ENCRYPTION_CHOICES[policy].title}</strong>
          <span className="choice-description">{ENCRYPTION_CHOICES[policy].description}</span>
        </label>
      ))}
      <FieldProblems id={problemsId} messages={messages} />
    </fieldset>
  );
}
