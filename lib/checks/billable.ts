import { countWords, keptRanges } from '../analysis/quoted';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';
import { fromParts } from './english-message';
import type { MessagePart } from './finding';

/** The reading speed the estimate assumes (docs/interfaces.md, "Findings"). */
export const WORDS_PER_MINUTE = 200;

/** Minutes to read the draft's own words (quoted reply and signature removed), unrounded. */
export function readingMinutes(body: string): number {
  const words = keptRanges(body).reduce((sum, [start, end]) => sum + countWords(body.slice(start, end)), 0);
  return words / WORDS_PER_MINUTE;
}

/**
 * `billable` (docs/interfaces.md, "Findings"; info): the estimated time to read the draft is
 * more than the free minutes of the policy's `email.fees`. It states the estimate and the rate as
 * the therapist wrote it, and leaves the choice to the writer: being billed is no fault.
 */
export const billableCheck: Check = ({ draft, counterpart }) => {
  const fees = counterpart.kind === 'therapist' ? counterpart.policy?.email.fees : undefined;
  if (!fees) return [];
  const minutes = readingMinutes(draft.body);
  if (minutes <= fees.freeMinutes) return [];
  const about = Math.max(1, Math.round(minutes));
  const who = counterpartLabel(counterpart);
  const inMinutes = (n: number) => ({ number: n, unit: 'minute' as const });
  const step = fees.incrementMinutes ? inMinutes(fees.incrementMinutes) : undefined;
  const policy: MessagePart =
    fees.freeMinutes === 0
      ? step
        ? { key: 'finding_msg_billable_all_steps', args: [who, fees.rate, step] }
        : { key: 'finding_msg_billable_all', args: [who, fees.rate] }
      : step
        ? { key: 'finding_msg_billable_after_steps', args: [who, inMinutes(fees.freeMinutes), fees.rate, step] }
        : { key: 'finding_msg_billable_after', args: [who, inMinutes(fees.freeMinutes), fees.rate] };
  const { message, messageParts } = fromParts(
    { key: 'finding_msg_billable_estimate', args: [inMinutes(about), { number: WORDS_PER_MINUTE }] },
    policy,
  );
  // The English stand-in for a person with neither name nor address stays English (docs/i18n.md).
  return [{ id: 'billable', severity: 'info', message, ...(labelIsOwn(counterpart) ? { messageParts } : {}) }];
};
