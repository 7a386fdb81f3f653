import { t } from '../../lib/i18n';
import type { ContactPolicy } from '../../lib/policy/contact-policy';
import { pageLocale } from './dates';
import { ENCRYPTION_CHOICES } from './EncryptionField';

import { purposeTitle } from './vocabulary';

/** One line on what a policy asks: purposes, encryption, limits. */
export function PolicySummary({ policy }: { policy: ContactPolicy }) {
  const { email, availability } = policy;
  const parts = [
    email.purposes.length > 0
      ? t('options_summary_for', email.purposes.map((p) => purposeTitle(p)).join(', '))
      : t('options_summary_for_notes'),
    t('options_summary_encryption', ENCRYPTION_CHOICES[email.encryption]().title.toLocaleLowerCase(pageLocale())),
  ];
  if (email.maxWords) parts.push(t('options_summary_words', email.maxWords));
  if (email.maxPerWeek) parts.push(t('options_summary_per_week', email.maxPerWeek));
  if (availability) parts.push(t('options_summary_hours', availability.timezone.replaceAll('_', ' ')));
  return <p className="summary">{parts.join(' · ')}</p>;
}
