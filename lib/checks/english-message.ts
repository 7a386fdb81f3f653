import { englishTranslator } from '../i18n/english';
import type { MessagePart } from './finding';
import { renderParts } from './message-parts';

/** English's language tag, as its catalogue gives it (`options_locale`). */
const ENGLISH = englishTranslator('options_locale', []);

/**
 * The English `message` of a finding given as `messageParts`: exactly what the English catalogue
 * says for them (docs/i18n.md, "Finding messages"), so the command line and the dialog in English
 * cannot differ. A check gives only keys the catalogue has (tests/unit/lib/checks/finding-messages.test.ts).
 */
export function englishMessage(parts: readonly MessagePart[]): string {
  return renderParts(parts, englishTranslator, ENGLISH) ?? parts.map((p) => p.key).join(' ');
}

/** A finding's words: the English `message` and the `messageParts` it was read from. */
export function fromParts(...parts: MessagePart[]): { message: string; messageParts: MessagePart[] } {
  return { message: englishMessage(parts), messageParts: parts };
}
