import type { CheckInput } from '../../../lib/checks/context';
import type { Finding } from '../../../lib/checks/finding';
import { outsideHoursCheck } from '../../../lib/checks/outside-hours';
import { tooFrequentCheck } from '../../../lib/checks/too-frequent';
import type { ContactPolicy } from '../../../lib/policy/contact-policy';
import type { Counterpart } from '../../../lib/policy/settings';
import { draft, therapist } from './builders';

/**
 * Every variant of the `outside-hours` and `too-frequent` findings (docs/i18n.md, "Finding
 * messages"), for the tests that read their parts: in English against the message, in German for
 * English words left.
 */
type Availability = NonNullable<ContactPolicy['availability']>;
type Who = 'named' | 'nameless' | 'own';

const NINE_TO_FIVE = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['09:00-17:00']]),
) as Availability['hours'];
const WEEKDAYS_ONLY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-17:00']]),
) as Availability['hours'];

function counterpart(who: Who, extra: Partial<ContactPolicy> = {}): Counterpart {
  const t = therapist(who === 'own' ? { kind: 'client', name: 'Jordan' } : {});
  const policy = { ...t.policy!, ...extra };
  return who === 'nameless' ? { ...t, name: '', emails: [], policy } : { ...t, policy };
}

function run(check: typeof outsideHoursCheck, c: Counterpart, now: string, userTimeZone: string, sentTimes?: string[]) {
  const input: CheckInput = {
    draft: draft(),
    counterpart: c,
    listedEntries: c.emails,
    listedNames: [c.name],
    acceptance: undefined,
    now: new Date(now),
    userTimeZone,
    ...(sentTimes && { sentTimes }),
  };
  return check(input);
}

function hours(who: Who, now: string, userZone: string, availability: Partial<Availability>): Finding[] {
  const c = counterpart(who, {
    availability: { timezone: 'America/New_York', hours: WEEKDAYS_ONLY, ...availability },
  });
  return run(outsideHoursCheck, c, now, userZone);
}

// New York times (EST, -05:00). 2026-11-21 is a Saturday, 2026-12-24 a Thursday.
const SATURDAY_10 = '2026-11-21T10:00:00-05:00';
const MONDAY_17 = '2026-11-23T17:00:00-05:00';
const MONDAY_8 = '2026-11-23T08:30:00-05:00';
const FRIDAY_18 = '2026-11-20T18:00:00-05:00';
const REPLY = 'within one business day';
const BACKUP = { name: 'Dr. Sam Ortiz', email: 'sam@calmpractice.example', phone: '+1 555 0101' };
const AWAY = { from: '2026-12-20', until: '2027-01-04' };

/** Each sentence and phrase of `outside-hours`, in each role, with and without a name. */
export function outsideHoursFindings(): Finding[] {
  const out: Finding[] = [];
  for (const who of ['named', 'nameless', 'own'] as const) {
    // Outside the hours: the same clock, the same day elsewhere, another day elsewhere; today,
    // tomorrow, a weekday, a date more than a week ahead.
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo'])
      out.push(...hours(who, SATURDAY_10, zone, { responseTime: REPLY }));
    out.push(...hours(who, MONDAY_17, 'America/New_York', {}));
    out.push(...hours(who, MONDAY_8, 'America/New_York', { responseTime: 'I answer on Tuesdays and Fridays' }));
    out.push(...hours(who, '2026-11-24T17:30:00-05:00', 'America/New_York', { hours: { tue: ['09:00-17:00'] } }));
    out.push(...hours(who, FRIDAY_18, 'Asia/Tokyo', { responseTime: REPLY }));
    // No hours at all, with and without an absence.
    out.push(...hours(who, SATURDAY_10, 'America/New_York', { hours: {}, responseTime: REPLY }));
    out.push(
      ...hours(who, '2026-12-22T10:00:00-05:00', 'America/New_York', { hours: {}, away: { ...AWAY, backup: BACKUP } }),
    );
    // Days email is not read: weekdays (each of the seven), a closed date, an absence.
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Tokyo'])
      out.push(...hours(who, '2026-12-05T11:00:00-05:00', zone, { hours: NINE_TO_FIVE, notReadOn: ['sat', 'sun'] }));
    out.push(
      ...hours(who, '2026-12-05T11:00:00-05:00', 'America/New_York', {
        hours: NINE_TO_FIVE,
        notReadOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        responseTime: REPLY,
      }),
    );
    out.push(...hours(who, '2026-12-24T10:00:00-05:00', 'Europe/Paris', { closedDates: ['2026-12-24', '2026-12-25'] }));
    for (const backup of [undefined, { name: BACKUP.name }, BACKUP])
      out.push(...hours(who, '2026-12-22T10:00:00-05:00', 'America/New_York', { away: { ...AWAY, backup } }));
  }
  return out;
}

/** Each sentence of `too-frequent`: one of one, several of one, several of several; named and not. */
export function tooFrequentFindings(): Finding[] {
  const out: Finding[] = [];
  for (const who of ['named', 'nameless'] as const)
    for (const [maxPerWeek, sent] of [
      [1, ['2026-11-22T10:00:00Z']],
      [1, ['2026-11-20T10:00:00Z', '2026-11-22T10:00:00Z']],
      [2, ['2026-11-17T10:00:00Z', '2026-11-18T10:00:00Z', '2026-11-21T10:00:00Z']],
    ] as const) {
      const t = counterpart(who);
      const c = { ...t, policy: { ...t.policy!, email: { ...t.policy!.email, maxPerWeek } } };
      out.push(...run(tooFrequentCheck, c, '2026-11-23T15:00:00Z', 'Europe/London', [...sent]));
    }
  return out;
}
