import type { Finding, MessagePart } from '../lib/checks/finding';
import { renderParts } from '../lib/checks/message-parts';
import { t } from '../lib/i18n';
import { catalogueLocale } from '../lib/i18n/locale';
import { findingMessage } from './finding-titles';

/** `parts` in the user's language, else the English `fallback` (docs/i18n.md, "Finding messages"). */
export function partsOr(parts: readonly MessagePart[] | undefined, fallback: string): string {
  return (parts && renderParts(parts, (key, subs) => t(key, ...subs), catalogueLocale())) || fallback;
}

/**
 * What a finding says in the extension frame (the dialog, the badge), in the user's language:
 * its `messageParts` when the check gave them and they can all be read, else `findingMessage`
 * (its `messageKey`, else the English `message`).
 */
export function findingWords(finding: Finding): string {
  return finding.messageParts ? partsOr(finding.messageParts, finding.message) : findingMessage(finding);
}
