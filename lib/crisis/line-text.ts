import type { CrisisLineView } from '../checks/finding';
import { t, type MessageKey } from '../i18n';
import { FALLBACK_GUIDANCE, FALLBACK_GUIDANCE_KEY, GENERAL_GUIDANCE, GENERAL_GUIDANCE_KEY } from './line-words';

/**
 * A crisis line's words in the user's language (docs/i18n.md, "Crisis lines"), for the dialog,
 * its in-page fallback and the notice after sending: the line's catalogue keys when it has them,
 * else (or when the lookup finds nothing) the English the finding carries.
 */
function say(key: string | undefined, english: string): string {
  if (!key) return english;
  try {
    // Any key: one the catalogue lacks comes back as itself, and the English shows.
    const text = t(key as MessageKey);
    // A lookup that found nothing answers with the key itself (lib/i18n): English is better.
    return text && text !== key ? text : english;
  } catch {
    return english;
  }
}

/** "What it offers. When it is open." */
export function crisisLineDetail(
  line: Pick<CrisisLineView, 'description' | 'descriptionKey' | 'hours' | 'hoursKey'>,
): string {
  return `${say(line.descriptionKey, line.description)} ${say(line.hoursKey, line.hours)}`;
}

/** The general guidance in the user's language; any other guidance as written. */
export function crisisGuidance(text: string): string {
  if (text === FALLBACK_GUIDANCE) return say(FALLBACK_GUIDANCE_KEY, text);
  if (text === GENERAL_GUIDANCE) return say(GENERAL_GUIDANCE_KEY, text);
  return text;
}
