import type { Day } from '../lib/policy/contact-policy';
import { DAYS } from '../lib/policy/contact-policy';
import type { HoursRun } from '../lib/policy/badge-view';

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
