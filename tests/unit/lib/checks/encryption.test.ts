import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../../lib/checks/context';
import { encryptionCheck } from '../../../../lib/checks/encryption';
import type { Draft } from '../../../../lib/draft';
import type { EncryptionPolicy } from '../../../../lib/policy/settings';
import { draft, therapist } from '../../support/builders';

const ACCEPTED = { acceptedAt: '2026-03-14T09:30:00.000Z' };

function run(encryption: Draft['encryption'], policy: EncryptionPolicy, acceptance?: { acceptedAt: string }) {
  const t = therapist({ encryption: policy });
  const input: CheckInput = {
    draft: draft({ encryption }),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance,
    now: new Date('2026-11-23T15:00:00Z'),
  };
  return encryptionCheck(input);
}

describe('encryption check', () => {
  it.each(['required', 'preferred', 'not-required'] as const)(
    'finds nothing for an e2e draft (policy %s)',
    (policy) => {
      expect(run('e2e', policy)).toEqual([]);
      expect(run('e2e', policy, ACCEPTED)).toEqual([]);
    },
  );

  it.each([
    ['required', undefined],
    ['preferred', undefined],
    ['preferred', ACCEPTED],
    ['not-required', undefined],
    ['not-required', ACCEPTED],
  ] as const)('always warns when a recipient cannot get TLS (policy %s, acceptance %j)', (policy, acceptance) => {
    const findings = run('none', policy, acceptance);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'encryption', severity: 'warning' });
    expect(findings[0]!.acceptFor).toBeUndefined();
  });

  it.each(['tls', 'unknown'] as const)('warns when encryption is required and the draft is %s', (state) => {
    const findings = run(state, 'required', ACCEPTED);
    expect(findings).toEqual([expect.objectContaining({ id: 'encryption', severity: 'warning' })]);
    expect(findings[0]!.message).toContain('Maya Lee');
    expect(findings[0]!.acceptFor).toBeUndefined();
  });

  it('warns when encryption is preferred and not yet accepted, offering acceptance for this therapist', () => {
    const findings = run('tls', 'preferred');
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'encryption',
        severity: 'warning',
        acceptFor: { counterpartId: 't-maya', name: 'Maya Lee' },
      }),
    ]);
  });

  it('is only info, with the date, once plain email was accepted for a preferring therapist', () => {
    const findings = run('tls', 'preferred', ACCEPTED);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'encryption', severity: 'info' });
    expect(findings[0]!.message).toContain('2026-03-14');
    expect(findings[0]!.acceptFor).toBeUndefined();
  });

  it('is only info when the therapist does not require encryption', () => {
    expect(run('tls', 'not-required')).toEqual([expect.objectContaining({ id: 'encryption', severity: 'info' })]);
    expect(run('unknown', 'not-required')).toEqual([expect.objectContaining({ id: 'encryption', severity: 'info' })]);
  });

  it('names the therapist by first address when they have no name', () => {
    const t = therapist({ name: '', encryption: 'preferred' });
    const [finding] = encryptionCheck({
      draft: draft(),
      counterpart: t,
      listedEntries: t.emails,
      listedNames: [t.name],
      acceptance: undefined,
      now: new Date(),
    });
    expect(finding!.acceptFor).toEqual({ counterpartId: 't-maya', name: 'maya@calmpractice.example' });
  });
});
