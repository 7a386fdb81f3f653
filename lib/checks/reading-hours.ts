import type { Day } from '../policy/contact-policy';
import { DAYS, parseTimeRange } from '../policy/contact-policy';
import type { Counterpart } from '../policy/settings';
import type { ZonedTime } from './time';
import { addDays, isKnownTimeZone, zonedTime, zonedToInstant } from './time';

/**
 * When a policy's email is read (docs/interfaces.md, "availability"): its hours per weekday, the
 * days it is not read at all (`notReadOn`, `closedDates`, an announced absence `away`), and the
 * next time it is read from a given instant. Shared by the `outside-hours` check and the compose
 * badge; pure, in the policy's own time zone.
 */
export type Availability = NonNullable<NonNullable<Counterpart['policy']>['availability']>;
type Hours = Partial<Record<Day, readonly string[] | undefined>>;
export type LocalDate = { year: number; month: number; day: number };
export type Closed = 'away' | 'closed-date' | 'not-read';

/** How far ahead the next reading day is looked for: past any absence a policy would announce. */
export const LOOKAHEAD_DAYS = 400;

export interface Range {
  start: number;
  end: number;
}

/** Why email is not read at all on this local date, if it is not. */
export function closedReason(availability: Availability, date: LocalDate, weekday: number): Closed | undefined {
  const iso = isoOf(date);
  const away = availability.away;
  if (away && away.from <= iso && iso <= away.until) return 'away';
  if (availability.closedDates?.includes(iso)) return 'closed-date';
  if (availability.notReadOn?.includes(DAYS[weekday]!)) return 'not-read';
  return undefined;
}

export function isoOf({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Ranges per weekday, Monday first, sorted by start. */
export function parseHours(hours: Hours): Range[][] {
  return DAYS.map((day) =>
    (hours[day] ?? [])
      .map((text) => parseTimeRange(text))
      .filter((r): r is Range => r !== undefined && r.end > r.start)
      .sort((a, b) => a.start - b.start),
  );
}

/**
 * The next start of a range after `local` on a day email is read: days ahead (0 = today) and its
 * minute; undefined when none comes within `LOOKAHEAD_DAYS`.
 */
export function nextOpening(
  ranges: Range[][],
  local: ZonedTime,
  availability: Availability,
): { days: number; start: number } | undefined {
  for (let days = 0; days <= LOOKAHEAD_DAYS; days++) {
    const weekday = (local.weekday + days) % 7;
    const range = ranges[weekday]!.find((r) => days > 0 || r.start > local.minutes);
    if (range && !closedReason(availability, addDays(local, days), weekday)) return { days, start: range.start };
  }
  return undefined;
}

/**
 * When email is next read, from `now`: `'now'` within the hours, else the instant (ms) the next
 * hours start; `'never'` when no day within `LOOKAHEAD_DAYS` is a reading day (or no hours are
 * listed); undefined for a time zone this runtime does not know.
 */
export function nextReading(availability: Availability, now: Date | number): 'now' | 'never' | number | undefined {
  const zone = availability.timezone;
  if (!isKnownTimeZone(zone)) return undefined;
  const ranges = parseHours(availability.hours);
  const local = zonedTime(now, zone);
  const closed = closedReason(availability, local, local.weekday);
  if (!closed && ranges[local.weekday]!.some((r) => r.start <= local.minutes && local.minutes < r.end)) return 'now';
  const opening = nextOpening(ranges, local, availability);
  if (!opening) return 'never';
  const date = addDays(local, opening.days);
  return zonedToInstant(date.year, date.month, date.day, opening.start, zone);
}
