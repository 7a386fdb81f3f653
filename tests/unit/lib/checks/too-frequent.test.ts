import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../../lib/checks/context';
import { findingSchema } from '../../../../lib/checks/finding';
import { tooFrequentCheck } from '../../../../lib/checks/too-frequent';
import type { Counterpart } from '../../../../lib/policy/settings';
import { draft, therapist } from '../../support/builders';

const NOW = '2026-11-23T15:00:00Z'; // Monday

function withMax(maxPerWeek: number | undefined, overrides: Partial<Counterpart> = {}): Counterpart {
  const t = therapist(overrides);
  return { ...t, policy: { ...t.policy!, email: { ...t.policy!.email, maxPerWeek } } };
}

function run(
  sentTimes: readonly string[] | undefined,
  maxPerWeek: number | null = 2,
  extra: { userTimeZone?: string; now?: string } = {},
  overrides: Partial<Counterpart> = {},
) {
  const t = withMax(maxPerWeek ?? undefined, overrides);
  const input: CheckInput & { sentTimes?: readonly string[]; userTimeZone?: string } = {
    draft: draft(),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date(extra.now ?? NOW),
    ...(sentTimes && { sentTimes }),
    ...(extra.userTimeZone && { userTimeZone: extra.userTimeZone }),
  };
  const findings = tooFrequentCheck(input);
  for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
  return findings;
}

describe('too-frequent check', () => {
  it('finds nothing without a limit or without sent times', () => {
    expect(run(['2026-11-22T10:00:00Z', '2026-11-23T10:00:00Z'], null)).toEqual([]);
    expect(run(undefined)).toEqual([]);
  });

  it('finds nothing at maxPerWeek - 1 messages', () => {
    expect(run(['2026-11-20T10:00:00Z'])).toEqual([]);
  });

  it('warns at maxPerWeek messages, saying how many and when the oldest drops out', () => {
    const findings = run(['2026-11-20T10:00:00Z', '2026-11-17T10:00:00Z'], 2, { userTimeZone: 'Europe/London' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'too-frequent', severity: 'warning' });
    expect(findings[0]!.message).toBe(
      'You have already sent 2 messages to Maya Lee in the last 7 days, and they ask for at most 2 emails a week. ' +
        'You can write again from Tuesday 24 November at 10:00. If this can wait, keep it for then or for your next session.',
    );
  });

  it("gives the time in the user's zone, else the therapist's, else UTC", () => {
    const sent = ['2026-11-17T10:00:00Z'];
    expect(run(sent, 1, { userTimeZone: 'Asia/Tokyo' })[0]!.message).toContain('from Tuesday 24 November at 19:00');
    expect(run(sent, 1)[0]!.message).toContain('from Tuesday 24 November at 10:00');
    const t = therapist();
    const inNewYork = {
      ...t.policy!,
      email: { ...t.policy!.email, maxPerWeek: 1 },
      availability: { timezone: 'America/New_York', hours: {} },
    };
    const findings = tooFrequentCheck({
      draft: draft(),
      counterpart: { ...t, policy: inNewYork },
      listedEntries: t.emails,
      listedNames: [t.name],
      acceptance: undefined,
      now: new Date(NOW),
      sentTimes: sent,
    } as CheckInput);
    expect(findings[0]!.message).toContain('from Tuesday 24 November at 05:00');
  });

  it('speaks of one message and one email a week for a limit of 1', () => {
    expect(run(['2026-11-22T10:00:00Z'], 1)[0]!.message).toContain(
      'already sent one message to Maya Lee in the last 7 days, and they ask for one email a week',
    );
  });

  it('ignores times older than 7 days, in the future, or unreadable', () => {
    expect(run(['2026-11-10T10:00:00Z', '2026-11-16T14:59:00Z', '2026-11-20T10:00:00Z'])).toEqual([]);
    // Exactly 7 days ago has just dropped out of the window.
    expect(run(['2026-11-16T15:00:00Z', '2026-11-20T10:00:00Z'])).toEqual([]);
    expect(run(['2026-11-16T15:00:01Z', '2026-11-20T10:00:00Z'])).toHaveLength(1);
    expect(run(['2026-11-30T10:00:00Z', 'yesterday', '', '2026-11-20T10:00:00Z'])).toEqual([]);
  });

  it('when over the limit, says when enough have dropped out to write again', () => {
    const sent = ['2026-11-17T10:00:00Z', '2026-11-18T10:00:00Z', '2026-11-21T10:00:00Z'];
    const [finding] = run(sent, 2);
    expect(finding!.message).toContain('already sent 3 messages');
    expect(finding!.message).toContain('from Wednesday 25 November at 10:00');
  });

  it("does not count a therapist's replies to a client", () => {
    expect(run(['2026-11-20T10:00:00Z', '2026-11-22T10:00:00Z'], 2, {}, { kind: 'client', name: 'Jordan' })).toEqual(
      [],
    );
  });
});
