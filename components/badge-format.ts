import type { Day } from '../lib/policy/contact-policy';
import { DAYS } from '../lib/policy/contact-policy';
import type { HoursRun } from '../lib/policy/badge-view';
import { addDays, zonedTime, zonedToInstant } from '../lib/checks/time';

/**
 * Days and times for the compose badge, through Intl in the user's locale (docs/i18n.md): a
 * weekday from a Monday of a known week, a clock time on a UTC date so no zone shifts it.
 */
const MONDAY = Date.UTC(2024, 0, 1); // 2024-01-01 was a Monday.
const DAY_MS = 86_400_000;

export function weekdayName(day: Day, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    MONDAY + DAYS.indexOf(day) * DAY_MS,
  );
}

/** "09:00" as the locale writes a time of day ("9:00 AM", "09:00"); "24:00" ends a day. */
export function clockTime(hhmm: string, locale?: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    MONDAY + ((h ?? 0) * 60 + (m ?? 0)) * 60_000,
  );
}

/** "Monday – Friday" (or one day's name), and the day's ranges as "9:00 AM – 5:00 PM, …". */
export function runText(run: HoursRun, locale?: string): { days: string; times: string } {
  const from = weekdayName(run.from, locale);
  const days = run.from === run.to ? from : `${from} – ${weekdayName(run.to, locale)}`;
  const times = run.ranges
    .map((range) => {
      const [start = '', end = ''] = range.split('-');
      return `${clockTime(start, locale)} – ${clockTime(end, locale)}`;
    })
    .join(', ');
  return { days, times };
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * A run of the policy's hours as a clock in `userZone` shows them, on the run's next first day from
 * `now` (so this week's offsets, summer time included): "Tuesday – Saturday: 3:00 AM – 11:00 AM".
 * Days move with the start of the first range when the zones are a date apart; an end on another
 * day than its start carries its weekday ("Monday 10:00 PM – Tuesday 6:00 AM").
 */
export function runInZone(
  run: HoursRun,
  policyZone: string,
  userZone: string,
  now: Date | number,
  locale?: string,
): { days: string; times: string } {
  const local = zonedTime(now, policyZone);
  const first = DAYS.indexOf(run.from);
  const date = addDays(local, (first - local.weekday + 7) % 7);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: userZone });
  const dayAndTime = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: userZone,
  });
  let shift = 0;
  const times = run.ranges
    .map((range, i) => {
      const [start = '', end = ''] = range.split('-');
      const from = zonedToInstant(date.year, date.month, date.day, minutesOf(start), policyZone);
      const until = zonedToInstant(date.year, date.month, date.day, minutesOf(end), policyZone);
      const a = zonedTime(from, userZone);
      const b = zonedTime(until - 1, userZone);
      if (i === 0) shift = (a.weekday - first + 7) % 7;
      const sameDay = a.day === b.day;
      return sameDay
        ? `${time.format(from)} – ${time.format(until)}`
        : `${time.format(from)} – ${dayAndTime.format(until)}`;
    })
    .join(', ');
  const moved = (day: number) => DAYS[(day + shift) % 7]!;
  const last = DAYS.indexOf(run.to);
  const fromName = weekdayName(moved(first), locale);
  const days = run.from === run.to ? fromName : `${fromName} – ${weekdayName(moved(last), locale)}`;
  return { days, times };
}

/** "Thursday 3 December, 9:00 AM" as a clock in `zone` shows the instant, in the user's locale. */
export function whenText(instant: number, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(instant);
}
