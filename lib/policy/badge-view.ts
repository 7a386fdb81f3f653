import { nextReading } from '../checks/reading-hours';
import { isKnownTimeZone, zonedTime } from '../checks/time';
import type { Day, Purpose } from './contact-policy';
import { DAYS } from './contact-policy';
import type { Counterpart } from './settings';

/**
 * What the compose badge shows of the policy that applies to a message (issue 14, item 1): whose
 * policy it is, what email is for, the hours, when to expect a reply, the secure channel. Pure:
 * the badge's frame reads the settings, this picks out what it draws; the words come from the
 * catalogue in the component.
 */
export interface BadgeView {
  /** A therapist's own policy (client role), or the user's own policy for a client (therapist role). */
  kind: Counterpart['kind'];
  name: string;
  /** False when there is no policy to show (a client while the user has no policy of their own). */
  hasPolicy: boolean;
  purposes: Purpose[];
  /** Runs of consecutive days with the same hours, Monday first; closed days left out. Null: no hours given. */
  hours: HoursRun[] | null;
  timeZone?: string;
  /**
   * The user's own time zone, only when its clocks differ from the policy's now: the badge then
   * says the hours and the next reading time in the user's time as well.
   */
  userTimeZone?: string;
  /** The instant (ms) `nextRead` and the user's time were computed from. */
  at?: number;
  /** When email is next read, from `now` (lib/checks/reading-hours.ts): 'now', 'never' or an instant in ms. */
  nextRead?: 'now' | 'never' | number;
  /** `availability.responseTime`, as the therapist wrote it. */
  responseTime?: string;
  secureChannel?: { name: string; url: string };
}

export interface HoursRun {
  from: Day;
  /** The last day of the run (the same as `from` for a single day). */
  to: Day;
  /** `"HH:MM-HH:MM"` ranges as the policy writes them. */
  ranges: string[];
}

export interface BadgeClock {
  now: Date | number;
  /** The user's IANA time zone (the frame's `Intl.DateTimeFormat().resolvedOptions().timeZone`). */
  userTimeZone?: string;
}

export function badgeView(counterpart: Counterpart, clock?: BadgeClock): BadgeView {
  const policy = counterpart.policy;
  const view: BadgeView = {
    kind: counterpart.kind,
    name: counterpart.name || counterpart.emails[0] || '',
    hasPolicy: policy !== undefined,
    purposes: policy ? [...policy.email.purposes] : [],
    hours: null,
  };
  if (!policy) return view;
  const availability = policy.availability;
  if (availability) {
    view.hours = hoursRuns(availability.hours, availability.notReadOn ?? []);
    view.timeZone = availability.timezone;
    if (availability.responseTime) view.responseTime = availability.responseTime;
    if (clock) {
      view.at = +clock.now;
      const next = nextReading(availability, clock.now);
      if (next !== undefined) view.nextRead = next;
      const mine = clock.userTimeZone;
      if (next !== undefined && isKnownTimeZone(mine) && differs(clock.now, availability.timezone, mine))
        view.userTimeZone = mine;
    }
  }
  // A therapist's channel for the client; the therapist role's own channel is for clients to use.
  if (counterpart.kind === 'therapist' && policy.email.secureChannel) {
    view.secureChannel = { name: policy.email.secureChannel.name, url: policy.email.secureChannel.url };
  }
  return view;
}

/** Groups consecutive days with identical ranges; a day in `notReadOn` is closed whatever its hours. */
export function hoursRuns(hours: Partial<Record<Day, readonly string[]>>, notReadOn: readonly Day[] = []): HoursRun[] {
  const runs: HoursRun[] = [];
  for (const day of DAYS) {
    const ranges = notReadOn.includes(day) ? [] : [...(hours[day] ?? [])];
    if (ranges.length === 0) continue;
    const last = runs.at(-1);
    const previous = DAYS[DAYS.indexOf(day) - 1];
    if (last && last.to === previous && last.ranges.join() === ranges.join()) last.to = day;
    else runs.push({ from: day, to: day, ranges });
  }
  return runs;
}

/** Do clocks in the two zones show a different date or time at this instant? */
function differs(now: Date | number, a: string, b: string): boolean {
  const x = zonedTime(now, a);
  const y = zonedTime(now, b);
  return x.minutes !== y.minutes || x.day !== y.day;
}
