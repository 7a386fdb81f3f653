import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../../lib/checks/context';
import { findingSchema } from '../../../../lib/checks/finding';
import { outsideHoursCheck } from '../../../../lib/checks/outside-hours';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import { draft, therapist } from '../../support/builders';

/** `outside-hours` with days email is not read: notReadOn, closedDates, away with a backup. */
type Availability = NonNullable<ContactPolicy['availability']>;
const EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['09:00-17:00']]),
) as Availability['hours'];

function run(now: string, extra: Partial<Availability>, userTimeZone = 'America/New_York', kind?: 'client') {
  const t = therapist(kind ? { kind } : {});
  t.policy = { ...t.policy!, availability: { timezone: 'America/New_York', hours: EVERY_DAY, ...extra } };
  const i: CheckInput = {
    draft: draft(),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date(now),
    userTimeZone,
  };
  const findings = outsideHoursCheck(i);
  findings.forEach((f) => expect(findingSchema.parse(f)).toMatchObject({ id: 'outside-hours', severity: 'info' }));
  return findings;
}

// 2026-12-05 is a Saturday; 11:00 in New York is inside the 09:00-17:00 hours.
const SATURDAY_11 = '2026-12-05T11:00:00-05:00';

describe('days email is not read', () => {
  it('weekend not read: Saturday within the hours is closed, read again Monday', () => {
    expect(run(SATURDAY_11, {})).toEqual([]);
    const [f] = run(SATURDAY_11, { notReadOn: ['sat', 'sun'] });
    expect(f!.message).toMatch(
      /^Maya Lee does not read email on Saturdays or Sundays\. Their email is read again Monday at 09:00\./,
    );
  });

  it('says when in the user\u2019s own time zone', () => {
    const [f] = run(SATURDAY_11, { notReadOn: ['sat', 'sun'] }, 'Europe/London');
    expect(f!.message).toMatch(/Monday at 09:00 their time — 14:00 your time/);
  });

  it('a closed date (a holiday) is closed, and so skipped for the next reading day', () => {
    const [f] = run('2026-12-24T10:00:00-05:00', { closedDates: ['2026-12-24', '2026-12-25'] });
    expect(f!.message).toMatch(
      /does not read email on Thursday 24 December\. Their email is read again Saturday at 09:00/,
    );
  });

  it('away with a backup: names the backup and when email is read again', () => {
    const away = {
      from: '2026-12-20',
      until: '2027-01-04',
      backup: { name: 'Dr. Sam Ortiz', email: 'sam@calmpractice.example', phone: '+1 555 0101' },
    };
    const [f] = run('2026-12-22T10:00:00-05:00', { away });
    expect(f!.message).toMatch(
      /^Maya Lee is away until Monday 4 January\. While they are away, Dr\. Sam Ortiz covers for them: sam@calmpractice\.example, \+1 555 0101\. Their email is read again Tuesday 5 January at 09:00\./,
    );
  });

  it('away without a backup, and a day before the absence is open', () => {
    const away = { from: '2026-12-20', until: '2026-12-21' };
    expect(run('2026-12-20T10:00:00-05:00', { away })[0]!.message).toMatch(
      /^Maya Lee is away until Monday 21 December\. Their/,
    );
    expect(run('2026-12-19T10:00:00-05:00', { away })).toEqual([]);
  });

  it('outside the hours on the evening before a closed day: the next reading day is after it', () => {
    const [f] = run('2026-12-04T20:00:00-05:00', { notReadOn: ['sat', 'sun'] });
    expect(f!.message).toMatch(/Their hours start again Monday at 09:00/);
  });

  it('nothing read in the coming year says so', () => {
    const [f] = run(SATURDAY_11, { notReadOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
    expect(f!.message).toMatch(/lists no day in the coming year/);
  });

  it('the therapist role: your own absence', () => {
    const [f] = run(
      '2026-12-22T10:00:00-05:00',
      { away: { from: '2026-12-20', until: '2027-01-04' } },
      undefined,
      'client',
    );
    expect(f!.message).toMatch(/^You are away until Monday 4 January\. Your hours start again/);
  });
});
