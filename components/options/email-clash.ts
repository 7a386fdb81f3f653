import { t } from '../../lib/i18n';
import type { ContactPolicy, PolicyProblem } from '../../lib/policy/contact-policy';

/**
 * Addresses of `policy` someone else already has: each is a problem at its field path, so the form
 * shows it next to the address.
 */
export function emailClashes(
  policy: ContactPolicy,
  others: readonly { id: string; name: string; emails: readonly string[] }[],
  ownId: string | undefined,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  policy.therapist.emails.forEach((email, i) => {
    const other = others.find((o) => o.id !== ownId && o.emails.includes(email));
    if (other)
      problems.push({
        path: `therapist.emails.${i}`,
        message: t('options_already_listed_for', email, other.name || other.emails[0] || ''),
      });
  });
  return problems;
}
