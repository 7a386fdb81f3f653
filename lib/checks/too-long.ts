import { countWords, isWord, keptRanges } from '../analysis/quoted';
import type { Evidence } from './finding';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';

/**
 * `too-long` (docs/interfaces.md, "Findings"; warning): more words than the policy's `email.maxWords`, counted
 * after quoted reply text and the signature are removed. The evidence marks where the limit is
 * passed. Client role only: in the therapist role the policy's limit is for the clients' mail.
 */
export const tooLongCheck: Check = ({ draft, counterpart }) => {
  // The limit is for mail to the therapist: a therapist's reply to a client is not held to it.
  if (counterpart.kind === 'client') return [];
  const max = counterpart.policy?.email.maxWords;
  if (!max) return [];
  const ranges = keptRanges(draft.body);
  const words = ranges.reduce((sum, [start, end]) => sum + countWords(draft.body.slice(start, end)), 0);
  if (words <= max) return [];
  const who = counterpartLabel(counterpart);
  const evidence = wordAfter(draft.body, ranges, max);
  const message =
    `This message is ${words} words, and ${who} asks for emails of at most ${max} words. ` +
    `Keep it to what they need to know now, and bring the rest to your next session or ask for a call.`;
  return [
    {
      id: 'too-long',
      severity: 'warning',
      message,
      ...(labelIsOwn(counterpart)
        ? { messageKey: 'finding_msg_too_long' as const, messageArgs: [String(words), who, String(max)] }
        : {}),
      ...(evidence && { evidence: [evidence] }),
    },
  ];
};

/** The (n+1)th word of the kept text to the end of its line: where the limit is passed. */
function wordAfter(body: string, ranges: Array<[number, number]>, n: number): Evidence | undefined {
  let seen = 0;
  for (const [from, to] of ranges) {
    const tokens = /\S+/gu;
    const piece = body.slice(from, to);
    for (let m = tokens.exec(piece); m; m = tokens.exec(piece)) {
      if (!isWord(m[0])) continue;
      if (++seen <= n) continue;
      const start = from + m.index;
      const lineEnd = piece.slice(m.index).search(/[\r\n]/);
      let end = Math.min(lineEnd === -1 ? to : start + lineEnd, start + 200);
      while (end > start + m[0].length && /\s/.test(body[end - 1]!)) end--;
      return { field: 'body', text: body.slice(start, end), start, end };
    }
  }
  return undefined;
}
