import type { ContactPolicy } from '../../lib/policy/contact-policy';
import { ENCRYPTION_CHOICES } from './EncryptionField';
import { PURPOSE_TITLES } from '../../lib/policy/vocabulary';

/** One line on what a policy asks: purposes, encryption, limits. */
export function PolicySummary({ policy }: { policy: ContactPolicy }) {
  const { email, availability } = policy;
  const parts = [
    email.purposes.length > 0
      ? `Email for: ${email.purposes.map((p) => PURPOSE_TITLES[p]).join(', ')}`
      : 'Email for: only what the notes say',
    `Encryption: ${ENCRYPTION_CHOICES[email.encryption].title.toLowerCase()}`,
  ];
  if (email.maxWords) parts.push(`up to ${email.maxWords} words`);
  if (email.maxPerWeek) parts.push(`at most ${email.maxPerWeek} in any 7 days`);
  if (availability) parts.push(`hours in ${availability.timezone.replaceAll('_', ' ')}`);
  return <p className="summary">{parts.join(' · ')}</p>;
}
