import { describe, expect, it } from 'vitest';
import { policyChanges } from '../../../../lib/policy/policy-diff';
import { basicPolicy } from '../../../../lib/policy/settings';

describe('policyChanges: what changed, field by field, in plain words', () => {
  const before = basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']);

  it('nothing for the same policy', () => {
    expect(policyChanges(before, structuredClone(before))).toEqual([]);
  });

  it('names purposes added and removed, and each changed, new or removed field', () => {
    const after = structuredClone(before);
    after.email.purposes = ['scheduling', 'support'];
    after.email.encryption = 'required';
    after.email.channels = { clinical: { kind: 'portal', name: 'Client portal', url: 'https://portal.example.com' } };
    after.email.fees = { freeMinutes: 10, rate: 'USD 2.50 a minute', incrementMinutes: 5 };
    after.availability = {
      timezone: 'America/New_York',
      hours: { mon: ['09:00-17:00'] },
      away: { from: '2026-12-20', until: '2027-01-04', backup: { name: 'Dr. Sam Ortiz', phone: '+1 555 0101' } },
    };
    after.emergency.practicePhone = '+1 555 0100';
    const changes = policyChanges(before, after);
    expect(changes).toContain('Email is now also for: support between sessions.');
    expect(changes).toContain('Email is no longer for: admin and paperwork, brief check-ins.');
    expect(changes).toContain('Encryption: was “preferred”, now “required”.');
    expect(changes).toContain('Where therapy content goes: new, “Client portal (https://portal.example.com)”.');
    expect(changes).toContain('Fees: new, “free for 10 minutes, then USD 2.50 a minute, in steps of 5 minutes”.');
    expect(changes).toContain('Hours on Monday: new, “09:00-17:00”.');
    expect(changes).toContain('Hours on Tuesday: new, “closed”.');
    expect(changes).toContain('Time away: new, “2026-12-20 to 2027-01-04; backup Dr. Sam Ortiz, +1 555 0101”.');
    expect(changes).toContain('Practice’s urgent line: new, “+1 555 0100”.');
    expect(policyChanges(after, before)).toContain('Practice’s urgent line: removed (was “+1 555 0100”).');
  });
});
