import { t } from '../lib/i18n';
import type { PolicyProblem } from '../lib/policy/contact-policy';
import { checkedWords, renderWords, type Said } from '../lib/policy/words';

/**
 * Words made by the pure core (a policy's problems, what changed in a policy) in the page's
 * language: `t(key, ...args)` when the words check out, else the English text they came with
 * (docs/i18n.md, "Words made by the pure core"). An unknown key or a wrong number of arguments
 * never breaks the page.
 */
export function coreText(english: string, words: unknown): string {
  const checked = checkedWords(words);
  if (!checked) return english;
  try {
    const text = renderWords(checked, (key, args) => t(key, ...args));
    // A lookup that found nothing answers with the key itself (lib/i18n): English is better.
    return text && text !== checked.key ? text : english;
  } catch {
    return english;
  }
}

/** A problem of a policy, settings or safety plan file, in the page's language. */
export function problemText(problem: Pick<PolicyProblem, 'message' | 'words'>): string {
  return coreText(problem.message, problem.words);
}

/** One "what changed" line of an imported policy, in the page's language. */
export function saidText(line: Said): string {
  return coreText(line.message, line.words);
}
