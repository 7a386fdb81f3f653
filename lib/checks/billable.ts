import { countWords, keptRanges } from '../analysis/quoted';
import type { Check } from './context';
import { counterpartLabel } from './context';

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
  const step = fees.incrementMinutes ? `, in steps of ${fees.incrementMinutes} minutes` : '';
  const free =
    fees.freeMinutes === 0 ? 'bills all between-session reading' : `bills reading after ${fees.freeMinutes} minutes`;
  return [
    {
      id: 'billable',
      severity: 'info',
      message:
        `This message will take about ${about} minute${about === 1 ? '' : 's'} to read (an estimate at ${WORDS_PER_MINUTE} words a minute). ` +
        `${who}'s policy ${free}: ${fees.rate}${step}.`,
    },
  ];
};
