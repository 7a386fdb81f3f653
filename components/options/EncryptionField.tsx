import { useId } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { PolicyProblem } from '../../lib/policy/contact-policy';
import type { EncryptionPolicy } from '../../lib/policy/encryption-policies';
import { encryptionPolicies } from '../../lib/policy/encryption-policies';
import { describedBy, FieldProblems } from './FieldProblems';
import { problemsUnder } from './problems';

/** Each choice's words, read from the catalogue when shown. */
export const ENCRYPTION_CHOICES: Record<EncryptionPolicy, () => { title: string; description: string }> = {
  required: () => ({
    title: t('options_encryption_required'),
    description: t('options_encryption_required_description'),
  }),
  preferred: () => ({
    title: t('options_encryption_preferred'),
    description: t('options_encryption_preferred_description'),
  }),
  'not-required': () => ({
    title: t('options_encryption_not_required'),
    description: t('options_encryption_not_required_description'),
  }),
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
  const messages = problemsUnder(problems, 'email.encryption').map(problemText);
  return (
    <fieldset className="encryption" aria-describedby={describedBy(undefined, problemsId, messages.length > 0)}>
      <legend>{t('options_encryption')}</legend>
      {encryptionPolicies.map((policy) => (
        <label key={policy} className="choice">
          <input type="radio" name={name} value={policy} checked={value === policy} onChange={() => onChange(policy)} />
          <strong className="choice-title">{ENCRYPTION_CHOICES[policy]().title}</strong>
          <span className="choice-description">{ENCRYPTION_CHOICES[policy]().description}</span>
        </label>
      ))}
      <FieldProblems id={problemsId} messages={messages} />
    </fieldset>
  );
}
