import { DAYS } from '../policy/contact-policy';
import { DAY_NAMES } from '../policy/vocabulary';
import type { Check } from './context';
import { counterpartLabel } from './context';
import type { Finding } from './finding';
import type { Availability, Closed } from './reading-hours';
import { closedReason, isoOf, nextOpening, parseHours } from './reading-hours';
import type { ZonedTime } from './time';
import { addDays, clock, dayLabel, isKnownTimeZone, MONTHS, WEEKDAYS, zonedTime, zonedToInstant } from './time';

/**
 * `outside-hours` (docs/interfaces.md, "Findings"; info): the draft is written outside the hours
 * the policy lists, read in the policy's own time zone. Days email is not read at all
 * (`notReadOn`, `closedDates`, an announced absence `away`) are closed whatever the hours say.
 * Says when email is read again, in the user's time as well when it differs, how soon the
 * therapist says they reply, and during an absence who covers for them. No availability: nothing.
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
  const local = zonedTime(now, zone);
  const closedToday = closedReason(availability, local, local.weekday);
  const away = closedToday === 'away' ? awayText(availability, own, who) : '';
  if (ranges.every((day) => day.length === 0)) {
    return [
      finding(
        (away ? `${away} ` : '') +
          (own
            ? 'Your policy lists no hours for email, so clients cannot tell when to expect a reply.'
            : `${who} does not list any hours for email, so a reply may take a while.${replies}`),
      ),
    ];
  }

  const today = ranges[local.weekday]!;
  if (!closedToday && today.some((r) => r.start <= local.minutes && local.minutes < r.end)) return [];

  const opening = nextOpening(ranges, local, availability);
  const why = closedToday ? `${closedText(closedToday, availability, local, own, who)} ` : '';
  if (!opening) {
    return [
      finding(
        `${why}${own ? 'Your policy lists no day in the coming year when you read email.' : `${who}'s policy lists no day in the coming year when they read email.${replies}`}`,
      ),
    ];
  }
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
        `${why || `You are writing outside your own hours for email (it is ${nowThere} in ${zone}). `}Your hours start again ${when}. ` +
          `Sending now is fine; if you would rather not set an expectation of replies out of hours, schedule it to go then.`,
      ),
    ];
  }

  const when = sameClock ? theirWhen : `${theirWhen} their time — ${yourWhen} your time`;
  const start = why || `It is ${nowThere} for ${who}, outside the hours they list for email. `;
  return [
    finding(
      `${start}${why ? 'Their email is read again' : 'Their hours start again'} ${when}.${replies} ` +
        `Sending now is fine; just don't expect an answer before then.`,
    ),
  ];
};

/** "Monday 4 January" for an ISO date. */
function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]}`;
}

/** "Maya Lee is away until Monday 4 January. While they are away, Dr. Sam Ortiz covers: …" */
function awayText(availability: Availability, own: boolean, who: string): string {
  const away = availability.away!;
  const until = dateText(away.until);
  if (own) return `You are away until ${until}.`;
  const backup = away.backup;
  if (!backup) return `${who} is away until ${until}.`;
  const reach = [backup.email, backup.phone].filter(Boolean).join(', ');
  return `${who} is away until ${until}. While they are away, ${backup.name} covers for them${reach ? `: ${reach}` : ''}.`;
}

function closedText(reason: Closed, availability: Availability, local: ZonedTime, own: boolean, who: string): string {
  if (reason === 'away') return awayText(availability, own, who);
  const subject = own ? 'You do' : `${who} does`;
  if (reason === 'closed-date') return `${subject} not read email on ${dateText(isoOf(local))}.`;
  const days = DAYS.filter((d) => availability.notReadOn?.includes(d)).map((d) => `${DAY_NAMES[d]}s`);
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} or ${days.at(-1)}` : days[0]!;
  return `${subject} not read email on ${list}.`;
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
