import { z } from 'zod/mini';
import type { FindingId } from '../checks/finding';

/**
 * "Not again for this one": the user asked not to be warned about one check for one therapist
 * (or client), for 7 days or until they withdraw it. `crisis` is never among them (its lines
 * always show), nor `unchecked` (a check that could not run always says so), nor `encryption`,
 * which has its own acceptance with the rules of docs/interfaces.md.
 */
export const SUPPRESSIBLE = [
  'purpose',
  'other-recipients',
  'too-long',
  'too-frequent',
  'sensitive-subject',
  'phi',
] as const satisfies readonly FindingId[];
export type SuppressibleId = (typeof SUPPRESSIBLE)[number];

export const SUPPRESS_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const time = z.iso.datetime({ offset: true });

export const suppressionSchema = z.object({
  personId: z.string().check(z.minLength(1), z.maxLength(100)),
  check: z.enum(SUPPRESSIBLE),
  since: time,
  /** Absent: until the user changes their mind. */
  until: z.optional(time),
});
export type Suppression = z.output<typeof suppressionSchema>;

export function isSuppressible(id: string): id is SuppressibleId {
  return (SUPPRESSIBLE as readonly string[]).includes(id);
}

/** In force at `now`: no end, or an end still ahead. */
export function isActive(s: Suppression, now: Date): boolean {
  return s.until === undefined || Date.parse(s.until) > now.getTime();
}

/** The suppression in force for this person and check, if any. */
export function suppressionFor(
  list: readonly Suppression[],
  personId: string,
  check: string,
  now: Date,
): Suppression | undefined {
  return list.find((s) => s.personId === personId && s.check === check && isActive(s, now));
}

/** Those in force, soonest ending last (no end last of all). */
export function activeSuppressions(list: readonly Suppression[], now: Date): Suppression[] {
  return list.filter((s) => isActive(s, now));
}

/**
 * Adds one, replacing any for the same person and check; those that have ended are dropped, so
 * the list never grows past what is in force.
 */
export function addSuppression(
  list: readonly Suppression[],
  entry: { personId: string; check: SuppressibleId; days: number | null },
  now: Date,
): Suppression[] {
  const kept = list.filter((s) => isActive(s, now) && !(s.personId === entry.personId && s.check === entry.check));
  const next: Suppression = {
    personId: entry.personId,
    check: entry.check,
    since: now.toISOString(),
    ...(entry.days === null ? {} : { until: new Date(now.getTime() + entry.days * DAY_MS).toISOString() }),
  };
  return [...kept, next];
}

export function withoutSuppression(list: readonly Suppression[], personId: string, check: string): Suppression[] {
  return list.filter((s) => !(s.personId === personId && s.check === check));
}

export function withoutPerson(list: readonly Suppression[], personId: string): Suppression[] {
  return list.filter((s) => s.personId !== personId);
}
