import type { Day } from '../../lib/policy/contact-policy';
import { catalogueLocale } from '../../lib/i18n/locale';

/**
 * Dates, times and weekday names on the options page, through Intl in the language of the
 * catalogue the page reads (`options_locale`, docs/i18n.md), so words and dates agree.
 */
export function pageLocale(): string {
  return catalogueLocale();
}

function format(iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(pageLocale(), options).format(date);
}

/** "1 December 2026" (in English). */
export function longDay(iso: string): string {
  return format(iso, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "1 December 2026 at 09:30" (in English). */
export function dayAndTime(iso: string): string {
  return format(iso, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "2026-12-01" as a date in the calendar, not a moment (no time zone shift). */
export function calendarDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime())
    ? isoDate
    : new Intl.DateTimeFormat(pageLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

// 2024-01-01 was a Monday; noon UTC is the same day in every time zone.
const MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_INDEX: Record<Day, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** "mon" -> "Monday" ("Montag" in German). */
export function weekdayName(day: Day): string {
  const date = new Date(MONDAY + DAY_INDEX[day] * 86_400_000);
  return new Intl.DateTimeFormat(pageLocale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
}
