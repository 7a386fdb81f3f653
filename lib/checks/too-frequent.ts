import type { Check } from './context';
import { counterpartLabel } from './context';
import { clock, isKnownTimeZone, MONTHS, WEEKDAYS, zonedTime } from './time';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * `too-frequent` (docs/interfaces.md, "Findings"; warning): the policy's `email.maxPerWeek`
 * messages were already sent to this therapist in the last 7 days (rolling). The send times come
 * from the background's send log (`sentTimes`, ISO). Says when the user can write again within the
 * limit.
 */
export const tooFrequentCheck: Check = (input) => {
  const { counterpart, now } = input;
  // The limit is for mail to the therapist: a therapist's replies to a client are not counted.
  if (counterpart.kind === 'client') return [];
  const max = counterpart.policy?.email.maxPerWeek;
  if (!max) return [];
  const sent = input.sentTimes ?? [];
  const nowMs = now.getTime();
  const recent = sent
    .map((iso) => Date.parse(iso))
    .filter((t) => Number.isFinite(t) && t > nowMs - WEEK && t <= nowMs)
    .sort((a, b) => a - b);
  if (recent.length < max) return [];

  // Writing again keeps to the limit once all but max - 1 of these are over a week old.
  const freeAt = recent[recent.length - max]! + WEEK;
  const requested = input.userTimeZone;
  const zone = isKnownTimeZone(requested) ? requested : (counterpart.policy?.availability?.timezone ?? 'UTC');
  const when = formatMoment(freeAt, isKnownTimeZone(zone) ? zone : 'UTC');
  const who = counterpartLabel(counterpart);
  const count = recent.length === 1 ? 'one message' : `${recent.length} messages`;
  const limit = max === 1 ? 'one email a week' : `at most ${max} emails a week`;
  return [
    {
      id: 'too-frequent',
      severity: 'warning',
      message:
        `You have already sent ${count} to ${who} in the last 7 days, and they ask for ${limit}. ` +
        `You can write again from ${when}. If this can wait, keep it for then or for your next session.`,
    },
  ];
};

/** "Tuesday 24 November at 15:00" in the given zone. */
function formatMoment(instant: number, zone: string): string {
  const t = zonedTime(instant, zone);
  return `${WEEKDAYS[t.weekday]} ${t.day} ${MONTHS[t.month - 1]} at ${clock(t.minutes)}`;
}
