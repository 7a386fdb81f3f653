import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../../lib/checks/context';
import { findingSchema } from '../../../../lib/checks/finding';
import { outsideHoursCheck } from '../../../../lib/checks/outside-hours';
import { zonedTime, zonedToInstant } from '../../../../lib/checks/time';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import type { Counterpart } from '../../../../lib/policy/settings';
import { draft, therapist } from '../../support/builders';

type Availability = NonNullable<ContactPolicy['availability']>;

const WEEKDAYS_9_TO_5 = {
  mon: ['09:00-17:00'],
  tue: ['09:00-17:00'],
  wed: ['09:00-17:00'],
  thu: ['09:00-17:00'],
  fri: ['09:00-17:00'],
};

function withAvailability(availability: Availability | undefined, overrides: Partial<Counterpart> = {}): Counterpart {
  const t = therapist(overrides);
  return { ...t, policy: { ...t.policy!, availability } };
}

function run(
  now: string,
  availability: Availability | undefined,
  userTimeZone?: string,
  overrides: Partial<Counterpart> = {},
) {
  const t = withAvailability(availability, overrides);
  const input: CheckInput & { userTimeZone?: string } = {
    draft: draft(),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date(now),
    ...(userTimeZone && { userTimeZone }),
  };
  const findings = outsideHoursCheck(input);
  for (const f of findings) {
    expect(findingSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({ id: 'outside-hours', severity: 'info' });
  }
  return findings;
}

const message = (...args: Parameters<typeof run>) => {
  const findings = run(...args);
  expect(findings).toHaveLength(1);
  return findings[0]!.message;
};

const NEW_YORK: Availability = {
  timezone: 'America/New_York',
  hours: WEEKDAYS_9_TO_5,
  responseTime: 'within one business day',
};

describe('outside-hours check', () => {
  it('finds nothing when the policy has no availability', () => {
    expect(run('2026-11-21T15:00:00Z', undefined)).toEqual([]);
  });

  it('finds nothing inside the hours', () => {
    expect(run('2026-11-23T10:00:00-05:00', NEW_YORK)).toEqual([]);
    expect(run('2026-11-23T09:00:00-05:00', NEW_YORK)).toEqual([]);
    expect(run('2026-11-23T16:59:00-05:00', NEW_YORK)).toEqual([]);
  });

  it("says when the hours start again across a weekend, in the user's time too, and how soon they reply", () => {
    // Saturday 10:00 in New York; the user is in Berlin.
    expect(message('2026-11-21T15:00:00Z', NEW_YORK, 'Europe/Berlin')).toBe(
      'It is Saturday 10:00 for Maya Lee, outside the hours they list for email. ' +
        'Their hours start again Monday at 09:00 their time — 15:00 your time. They reply within one business day. ' +
        "Sending now is fine; just don't expect an answer before then.",
    );
  });

  it("uses the therapist's zone when the user's is unknown or absent, and then says it once", () => {
    for (const zone of [undefined, 'Not/AZone']) {
      const text = message('2026-11-20T17:00:00-05:00', NEW_YORK, zone);
      expect(text).toContain('Their hours start again Monday at 09:00.');
      expect(text).not.toContain('your time');
    }
  });

  it('treats the end of a range as closed', () => {
    expect(message('2026-11-23T17:00:00-05:00', NEW_YORK)).toContain('Their hours start again tomorrow at 09:00.');
  });

  it('finds the later range of a split day', () => {
    const split: Availability = { timezone: 'America/New_York', hours: { tue: ['09:00-12:00', '13:00-17:00'] } };
    expect(run('2026-11-24T11:59:00-05:00', split)).toEqual([]);
    expect(message('2026-11-24T12:00:00-05:00', split)).toContain('Their hours start again today at 13:00.');
    expect(message('2026-11-24T12:30:00-05:00', split)).toContain('today at 13:00');
    expect(run('2026-11-24T13:00:00-05:00', split)).toEqual([]);
    // After the last range on the only open day: a week ahead.
    expect(message('2026-11-24T17:30:00-05:00', split)).toContain(
      'Their hours start again Tuesday 1 December at 09:00.',
    );
  });

  it('reads 24:00 as the end of the day, and a range from 00:00 as the next day open', () => {
    const late: Availability = {
      timezone: 'Europe/London',
      hours: { fri: ['18:00-24:00'], sat: ['00:00-02:00'], sun: ['00:00-24:00'] },
    };
    expect(run('2026-11-27T23:59:00Z', late)).toEqual([]);
    expect(run('2026-11-28T00:00:00Z', late)).toEqual([]);
    expect(run('2026-11-28T01:59:00Z', late)).toEqual([]);
    expect(message('2026-11-28T02:00:00Z', late)).toContain('Their hours start again tomorrow at 00:00.');
    expect(run('2026-11-29T23:59:00Z', late)).toEqual([]);
    expect(message('2026-11-30T00:00:00Z', late)).toContain('Their hours start again Friday at 18:00.');
  });

  describe('across daylight saving changes', () => {
    it('America/New_York in March: hours read in EDT after the change', () => {
      // Clocks go forward on Sunday 8 March 2026; Monday 09:00 EDT is 13:00 UTC (it was 14:00 a week earlier).
      expect(message('2026-03-06T23:00:00Z', NEW_YORK, 'UTC')).toContain(
        'Their hours start again Monday at 09:00 their time — 13:00 your time.',
      );
      expect(message('2026-02-27T23:00:00Z', NEW_YORK, 'UTC')).toContain(
        'Monday at 09:00 their time — 14:00 your time.',
      );
      expect(run('2026-03-09T13:30:00Z', NEW_YORK)).toEqual([]); // 9:30 EDT
      expect(message('2026-03-09T12:30:00Z', NEW_YORK)).toContain('It is Monday 08:30 for Maya Lee'); // 8:30 EDT
    });

    it('America/New_York in November: hours read in EST after the change', () => {
      // Clocks go back on Sunday 1 November 2026; Monday 09:00 EST is 14:00 UTC.
      expect(message('2026-10-30T22:00:00Z', NEW_YORK, 'UTC')).toContain(
        'Their hours start again Monday at 09:00 their time — 14:00 your time.',
      );
      expect(message('2026-11-02T13:30:00Z', NEW_YORK)).toContain('It is Monday 08:30'); // 8:30 EST
      expect(run('2026-11-02T14:30:00Z', NEW_YORK)).toEqual([]); // 9:30 EST
    });

    it('Europe/London, with a user whose own change comes a week later', () => {
      const london: Availability = { timezone: 'Europe/London', hours: WEEKDAYS_9_TO_5 };
      // BST: 8:30 UTC is 9:30 in London in summer, 8:30 in winter.
      expect(run('2026-07-06T08:30:00Z', london)).toEqual([]);
      expect(message('2026-11-02T08:30:00Z', london)).toContain('It is Monday 08:30');
      // London goes back on 25 October, New York on 1 November: Monday 26 October 9:00 GMT is 5:00 in New York.
      expect(message('2026-10-23T16:00:00Z', london, 'America/New_York')).toContain(
        'Their hours start again Monday at 09:00 their time — 05:00 your time.',
      );
      expect(message('2026-10-23T16:00:00Z', london, 'Europe/Berlin')).toContain(
        'Monday at 09:00 their time — 10:00 your time.',
      );
    });

    it('an opening in the hour skipped by clocks going forward moves forward by the gap', () => {
      const early: Availability = { timezone: 'America/New_York', hours: { sun: ['02:30-04:00'] } };
      // Saturday 7 March 2026: on Sunday 2:30 does not exist in New York; 3:30 EDT is 7:30 UTC.
      expect(message('2026-03-07T17:00:00Z', early, 'UTC')).toContain('tomorrow at 03:30 their time — 07:30 your time');
    });
  });

  it("names the user's own day when the opening falls on another day for them", () => {
    const la: Availability = { timezone: 'America/Los_Angeles', hours: WEEKDAYS_9_TO_5 };
    // Friday 18:00 in Los Angeles is Saturday 11:00 in Tokyo; Monday 09:00 PST is Tuesday 02:00 there.
    expect(message('2026-11-21T02:00:00Z', la, 'Asia/Tokyo')).toContain(
      'Their hours start again Monday at 09:00 their time — Tuesday at 02:00 your time.',
    );
  });

  it('says so when every day is closed', () => {
    const none: Availability = { timezone: 'America/New_York', hours: { mon: [] }, responseTime: 'within a week' };
    expect(message('2026-11-23T10:00:00-05:00', none)).toBe(
      'Maya Lee does not list any hours for email, so a reply may take a while. They reply within a week.',
    );
  });

  it('shows a reply time that is not a phrase as the therapist wrote it', () => {
    const text = message('2026-11-21T15:00:00Z', {
      ...NEW_YORK,
      responseTime: 'I answer email on Tuesdays and Fridays',
    });
    expect(text).toContain('About replies, they say: “I answer email on Tuesdays and Fridays.”');
    expect(message('2026-11-21T15:00:00Z', { ...NEW_YORK, responseTime: 'Within 48 hours.' })).toContain(
      'They reply within 48 hours.',
    );
    expect(message('2026-11-21T15:00:00Z', { ...NEW_YORK, responseTime: undefined })).not.toContain('reply');
  });

  it("in the therapist role speaks of the user's own hours", () => {
    const text = message('2026-11-21T15:00:00Z', NEW_YORK, 'Europe/Berlin', { kind: 'client', name: 'Jordan' });
    expect(text).toContain('outside your own hours for email (it is Saturday 10:00 in America/New_York)');
    expect(text).toContain('Your hours start again Monday at 09:00 in America/New_York (15:00 where you are).');
    expect(text).not.toContain('one business day');
  });

  it('fires exactly when the therapist-local time is outside every range (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        (now, zone, userZone) => {
          const availability: Availability = { timezone: zone, hours: WEEKDAYS_9_TO_5 };
          const local = zonedTime(now, zone);
          const open = local.weekday < 5 && local.minutes >= 540 && local.minutes < 1020;
          const findings = run(now.toISOString(), availability, userZone);
          expect(findings.length).toBe(open ? 0 : 1);
          if (!open)
            expect(findings[0]!.message).toMatch(
              /Their hours start again (today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday) at 09:00/,
            );
        },
      ),
    );
  });
});

describe('time helpers', () => {
  it('round-trip local time to instant and back, DST included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo', 'America/St_Johns'),
        (ms, zone) => {
          const instant = Math.floor(ms / 60_000) * 60_000;
          const t = zonedTime(instant, zone);
          const back = zonedToInstant(t.year, t.month, t.day, t.minutes, zone);
          // A time that happens twice maps to its first occurrence.
          expect(back === instant || (back < instant && instant - back <= 60 * 60_000)).toBe(true);
          expect(zonedTime(back, zone)).toEqual(t);
        },
      ),
    );
  });
});
