import type { Finding, FindingId } from '../lib/checks/finding';
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';

/** The catalogue key of each finding's dialog heading (public/_locales/<lang>/messages.json). */
export const FINDING_TITLE_KEYS: Record<FindingId, MessageKey> = {
  crisis: 'finding_title_crisis',
  purpose: 'finding_title_purpose',
  encryption: 'finding_title_encryption',
  'other-recipients': 'finding_title_other_recipients',
  'outside-hours': 'finding_title_outside_hours',
  'too-long': 'finding_title_too_long',
  'too-frequent': 'finding_title_too_frequent',
  'sensitive-subject': 'finding_title_sensitive_subject',
  phi: 'finding_title_phi',
  unchecked: 'finding_title_unchecked',
  'required-cc': 'finding_title_required_cc',
  'work-address': 'finding_title_work_address',
  billable: 'finding_title_billable',
};

/** A finding's short heading, as the dialog shows it, in the user's language. */
export function findingTitle(id: FindingId): string {
  return t(FINDING_TITLE_KEYS[id]);
}

/**
 * What a finding says, in the user's language: its `messageKey` read with its `messageArgs` when
 * the check gave one, else the check's English `message` (also when the key cannot be read).
 * The in-page fallback's reading: `messageParts` need `findingWords` (components/finding-words.ts),
 * which stays out of the content script for its size (docs/i18n.md, "Finding messages").
 */
export function findingMessage(finding: Finding): string {
  // Parts the page cannot read itself: the words the background read for it, when it did.
  if (finding.messageParts) return finding.messageText || finding.message;
  if (!finding.messageKey) return finding.message;
  const words = t(finding.messageKey, ...(finding.messageArgs ?? []));
  return words && words !== finding.messageKey ? words : finding.message;
}
