import type { Day } from '../policy/contact-policy';
import { DAYS } from '../policy/contact-policy';
import type { Check } from './context';
import { fromParts } from './english-message';
import type { Finding, MessageArg, MessagePart, PhraseKey } from './finding';
import type { Availability, Closed } from './reading-hours';
import { closedReason, isoOf, nextOpening, parseHours } from './reading-hours';
import type { ZonedTime } from './time';
import { addDays, daysBetween, isKnownTimeZone, zonedTime, zonedToInstant } from './time';

/**
 * `outside-hours` (docs/interfaces.md, "Findings"; info): the draft is written outside the hours
 * the policy lists, read in the policy's own time zone. Days email is not read at all
 * (`notReadOn`, `closedDates`, an announced absence `away`) are closed whatever the hours say.
 * Says when email is read again, in the user's time as well when it differs, how soon the
 * therapist says they reply, and during an absence who covers for them. No availability: nothing.
 * Its words are sentences of the catalogue whose days and times Intl writes in the user's language
 * (docs/i18n.md, "Finding messages"); the English `message` is their English reading.
 */
export const outsideHoursCheck: Check = (input) => {
  const { counterpart, now } = input;
  const availability = counterpart.policy?.availability;
  if (!availability || !isKnownTimeZone(availability.timezone)) return [];
  const zone = availability.timezone;
  const requested = input.userTimeZone;
  const userZone = isKnownTimeZone(requested) ? requested : zone;
  const own = counterpart.kind === 'client';
  const named = counterpart.name || counterpart.emails[0];
  // The therapist at the start of a sentence and inside one (public/_locales/en/messages.json).
  const who: Who = {
    subject: named || { phrase: 'phrase_hours_your_therapist' },
    object: named || { phrase: 'phrase_your_therapist' },
  };
  const replies = own ? [] : replyTime(availability.responseTime);

  const ranges = parseHours(availability.hours);
  const local = zonedTime(now, zone);
  const closedToday = closedReason(availability, local, local.weekday);
  const away = closedToday === 'away' ? awayParts(availability, own, who) : [];
  if (ranges.every((day) => day.length === 0)) {
    return [
      finding(
        ...away,
        own ? { key: 'finding_msg_hours_none_own' } : { key: 'finding_msg_hours_none', args: [who.subject] },
        ...replies,
      ),
    ];
  }

  const today = ranges[local.weekday]!;
  if (!closedToday && today.some((r) => r.start <= local.minutes && local.minutes < r.end)) return [];

  const opening = nextOpening(ranges, local, availability);
  const why = closedToday ? closedParts(closedToday, availability, now, zone, own, who) : [];
  if (!opening) {
    return [
      finding(
        ...why,
        own ? { key: 'finding_msg_hours_no_day_own' } : { key: 'finding_msg_hours_no_day', args: [who.subject] },
        ...replies,
      ),
    ];
  }
  const date = addDays(local, opening.days);
  const instant = zonedToInstant(date.year, date.month, date.day, opening.start, zone);
  const theirs = when(local, instant, zone);
  const yours = when(zonedTime(now, userZone), instant, userZone);
  const sameDay = yours.label === theirs.label;
  const sameClock = sameDay && yours.minutes === theirs.minutes;
  const nowThere: MessageArg = { instant: now.toISOString(), zone, style: 'weekday-time' };

  if (own) {
    const opens: MessagePart = sameClock
      ? { key: 'finding_msg_hours_own_start', args: [theirs.day, theirs.time] }
      : sameDay
        ? { key: 'finding_msg_hours_own_start_yours_time', args: [theirs.day, theirs.time, zone, yours.time] }
        : {
            key: 'finding_msg_hours_own_start_yours_day',
            args: [theirs.day, theirs.time, zone, yours.day, yours.time],
          };
    return [
      finding(
        ...(why.length > 0
          ? why
          : [{ key: 'finding_msg_hours_own_outside', args: [nowThere, zone] } satisfies MessagePart]),
        opens,
        { key: 'finding_msg_hours_own_sending' },
      ),
    ];
  }

  const lead = why.length > 0 ? 'finding_msg_hours_read_again' : 'finding_msg_hours_start';
  const opens: MessagePart = sameClock
    ? { key: lead, args: [theirs.day, theirs.time] }
    : sameDay
      ? { key: `${lead}_yours_time`, args: [theirs.day, theirs.time, yours.time] }
      : { key: `${lead}_yours_day`, args: [theirs.day, theirs.time, yours.day, yours.time] };
  return [
    finding(
      ...(why.length > 0
        ? why
        : [{ key: 'finding_msg_hours_outside', args: [nowThere, who.object] } satisfies MessagePart]),
      opens,
      ...replies,
      { key: 'finding_msg_hours_sending' },
    ),
  ];
};

/** How the therapist is named: at the start of a sentence, and inside one. */
interface Who {
  subject: MessageArg;
  object: MessageArg;
}

/**
 * The day and time of `instant` in `zone`, written by Intl in the reader's language (docs/i18n.md,
 * "Finding messages"): "today", "tomorrow", the weekday within the week, else weekday and date.
 * `label` tells two such days apart, `minutes` two times.
 */
function when(now: ZonedTime, instant: number, zone: string) {
  const then = zonedTime(instant, zone);
  const days = daysBetween(now, then);
  const iso = new Date(instant).toISOString();
  const day: MessageArg =
    days === 0
      ? { phrase: 'phrase_day_today' }
      : days === 1
        ? { phrase: 'phrase_day_tomorrow' }
        : { instant: iso, zone, style: days < 7 ? 'weekday' : 'day' };
  const time: MessageArg = { instant: iso, zone, style: 'time' };
  return { day, time, minutes: then.minutes, label: `${Math.min(days, 7)} ${isoOf(then)}` };
}

/** An ISO date as an instant Intl writes as that date ("Monday 4 January"): its noon in UTC. */
function dateArg(iso: string): MessageArg {
  return { instant: `${iso}T12:00:00Z`, zone: 'UTC', style: 'day' };
}

/** "Maya Lee is away until Monday 4 January. While they are away, Dr. Sam Ortiz covers for them: …" */
function awayParts(availability: Availability, own: boolean, who: Who): MessagePart[] {
  const away = availability.away!;
  const until = dateArg(away.until);
  if (own) return [{ key: 'finding_msg_hours_away_own', args: [until] }];
  const parts: MessagePart[] = [{ key: 'finding_msg_hours_away', args: [who.subject, until] }];
  const backup = away.backup;
  if (!backup) return parts;
  const reach = [backup.email, backup.phone].filter(Boolean).join(', ');
  parts.push(
    reach
      ? { key: 'finding_msg_hours_backup_reach', args: [backup.name, reach] }
      : { key: 'finding_msg_hours_backup', args: [backup.name] },
  );
  return parts;
}

/** Each weekday as it reads after "does not read email on" ("Saturdays"). */
const EVERY: Record<Day, PhraseKey> = {
  mon: 'phrase_day_mondays',
  tue: 'phrase_day_tuesdays',
  wed: 'phrase_day_wednesdays',
  thu: 'phrase_day_thursdays',
  fri: 'phrase_day_fridays',
  sat: 'phrase_day_saturdays',
  sun: 'phrase_day_sundays',
};

function closedParts(
  reason: Closed,
  availability: Availability,
  now: Date,
  zone: string,
  own: boolean,
  who: Who,
): MessagePart[] {
  if (reason === 'away') return awayParts(availability, own, who);
  if (reason === 'closed-date') {
    const today: MessageArg = { instant: now.toISOString(), zone, style: 'day' };
    return [
      own
        ? { key: 'finding_msg_hours_closed_date_own', args: [today] }
        : { key: 'finding_msg_hours_closed_date', args: [who.subject, today] },
    ];
  }
  const days: MessageArg = {
    list: DAYS.filter((d) => availability.notReadOn?.includes(d)).map((d) => ({ phrase: EVERY[d] })),
    type: 'or',
  };
  return [
    own
      ? { key: 'finding_msg_hours_not_read_own', args: [days] }
      : { key: 'finding_msg_hours_not_read', args: [who.subject, days] },
  ];
}

/**
 * "They reply within one business day." from the policy's words, shown as written: the therapist's
 * own words are one plain string, never translated (docs/i18n.md, "Finding messages").
 */
function replyTime(text: string | undefined): MessagePart[] {
  const words = text?.trim();
  if (!words) return [];
  const end = /[.!?]$/.test(words) ? '' : '.';
  const first = /^\S+/.exec(words)![0];
  if (REPLY_PHRASE.test(first))
    return [{ key: 'finding_msg_hours_reply', args: [`${first.toLowerCase()}${words.slice(first.length)}${end}`] }];
  return [{ key: 'finding_msg_hours_reply_quoted', args: [`${words}${end}`] }];
}

/** First words that read on from "They reply …": "within one business day", "the same day". */
const REPLY_PHRASE =
  /^(within|in|by|on|usually|normally|typically|generally|mostly|often|the|same|next|up|during|as|between|after|before)$/i;

function finding(...parts: MessagePart[]): Finding {
  return { id: 'outside-hours', severity: 'info', ...fromParts(...parts) };
}
