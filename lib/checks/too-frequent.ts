import type { Check } from './context';
import { fromParts } from './english-message';
import type { MessageArg, MessagePart } from './finding';
import { isKnownTimeZone } from './time';

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
  const when: MessageArg = {
    instant: new Date(freeAt).toISOString(),
    zone: isKnownTimeZone(zone) ? zone : 'UTC',
    style: 'day-time',
  };
  const who: MessageArg = counterpart.name || counterpart.emails[0] || { phrase: 'phrase_your_therapist' };
  const n = recent.length;
  const already: MessagePart =
    n === 1
      ? { key: 'finding_msg_frequent_one', args: [who] }
      : max === 1
        ? { key: 'finding_msg_frequent_many_one', args: [{ number: n }, who] }
        : { key: 'finding_msg_frequent_many', args: [{ number: n }, who, { number: max }] };
  return [
    {
      id: 'too-frequent',
      severity: 'warning',
      // Its words as sentences of the catalogue, the date and time by Intl (docs/i18n.md, "Finding messages").
      ...fromParts(already, { key: 'finding_msg_frequent_again', args: [when] }, { key: 'finding_msg_frequent_wait' }),
    },
  ];
};
