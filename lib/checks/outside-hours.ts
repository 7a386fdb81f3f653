import type { Day } from '../policy/contact-policy';
import { DAYS, parseTimeRange } from '../policy/contact-policy';
import type { Check } from './context';
import { counterpartLabel } from './context';
import type { Finding } from './finding';
import type { ZonedTime } from './time';
import { addDays, clock, dayLabel, isKnownTimeZone, WEEKDAYS, zonedTime, zonedToInstant } from './time';

type Hours = Partial<Record<Day, readonly string[] | undefined>>;

/**
 * `outside-hours` (docs/interfaces.md, "Findings"; info): the draft is written outside the hours
 * the policy lists, read in the policy's own time zone. Says when the hours start again, in the
 * user's time as well when it differs, and how soon the therapist says they reply. No availability:
 * nothing.
 */
export const outsideHoursCheck: Check = (input) => {
  const { counterpart, now } = input;
  const availability = counterpart.policy?.availability;
  if (!availability || !isKnownTimeZone(availability.timezone)) return [];
  const zone = availability.timezone;
  const requested = input.userTimeZone;
  const userZone = isKnownTimeZone(requested) ? requested : zone;
  const own = counterpart.kind === 'client';
  const who = counterpartLabel(counterpart);
  const replies = own ? '' : replyTime(availability.responseTime);

  const ranges = parseHours(availability.hours);
  if (ranges.every((day) => day.length === 0)) {
    return [
      finding(
        own
          ? 'Your policy lists no hours for email, so clients cannot tell when to expect a reply.'
          : `${who} does not list any hours for email, so a reply may take a while.${replies}`,
      ),
    ];
  }

  const local = zonedTime(now, zone);
  const today = ranges[local.weekday]!;
  if (today.some((r) => r.start <= local.minutes && local.minutes < r.end)) return [];

  const opening = nextOpening(ranges, local);
  const date = addDays(local, opening.days);
  const instant = zonedToInstant(date.year, date.month, date.day, opening.start, zone);
  const theirs = zonedTime(instant, zone);
  const theirDay = dayLabel(local, theirs);
  const theirWhen = `${theirDay} at ${clock(theirs.minutes)}`;
  const yours = zonedTime(instant, userZone);
  const yourDay = dayLabel(zonedTime(now, userZone), yours);
  const yourWhen = `${yourDay === theirDay ? '' : `${yourDay} at `}${clock(yours.minutes)}`;
  const sameClock = yourDay === theirDay && yours.minutes === theirs.minutes;
  const nowThere = `${WEEKDAYS[local.weekday]} ${clock(local.minutes)}`;

  if (own) {
    const when = sameClock ? theirWhen : `${theirWhen} in ${zone} (${yourWhen} where you are)`;
    return [
      finding(
        `You are writing outside your own hours for email (it is ${nowThere} in ${zone}). Your hours start again ${when}. ` +
          `Sending now is fine; if you would rather not set an expectation of replies out of hours, schedule it to go then.`,
      ),
    ];
  }

  const when = sameClock ? theirWhen : `${theirWhen} their time — ${yourWhen} your time`;
  return [
    finding(
      `It is ${nowThere} for ${who}, outside the hours they list for email. Their hours start again ${when}.${replies} ` +
        `Sending now is fine; just don't expect an answer before then.`,
    ),
  ];
};

interface Range {
  start: number;
  end: number;
}

/** Ranges per weekday, Monday first, sorted by start. */
function parseHours(hours: Hours): Range[][] {
  return DAYS.map((day) =>
    (hours[day] ?? [])
      .map((text) => parseTimeRange(text))
      .filter((r): r is Range => r !== undefined && r.end > r.start)
      .sort((a, b) => a.start - b.start),
  );
}

/** The next start of a range after `local`: days ahead (0 = today, up to 7) and its minute. */
function nextOpening(ranges: Range[][], local: ZonedTime): { days: number; start: number } {
  for (let days = 0; days <= 7; days++) {
    const day = ranges[(local.weekday + days) % 7]!;
    const range = day.find((r) => days > 0 || r.start > local.minutes);
    if (range) return { days, start: range.start };
  }
  // Unreachable: some day has a range (checked by the caller), and day 7 is today again.
  return { days: 7, start: 0 };
}

/** " They reply within one business day." from the policy's words, shown as written. */
function replyTime(text: string | undefined): string {
  const words = text?.trim();
  if (!words) return '';
  const end = /[.!?]$/.test(words) ? '' : '.';
  const first = /^\S+/.exec(words)![0];
  if (REPLY_PHRASE.test(first)) return ` They reply ${first.toLowerCase()}${words.slice(first.length)}${end}`;
  return ` About replies, they say: “${words}${end}”`;
}

/** First words that read on from "They reply …": "within one business day", "the same day". */
const REPLY_PHRASE =
  /^(within|in|by|on|usually|normally|typically|generally|mostly|often|the|same|next|up|during|as|between|after|before)$/i;

function finding(message: string): Finding {
  return { id: 'outside-hours', severity: 'info', message };
}
