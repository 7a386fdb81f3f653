import { describe, expect, it } from 'vitest';
import type { Analysis, RiskHit } from '../../lib/analysis/types';
import { crisisCheck } from '../../lib/checks/crisis';
import type { CheckInput } from '../../lib/checks/context';
import { phiCheck } from '../../lib/checks/phi';
import { purposeCheck } from '../../lib/checks/purpose';
import { sensitiveSubjectCheck } from '../../lib/checks/sensitive-subject';
import { findingSchema } from '../../lib/checks/finding';
import { draft, therapist } from './fixtures';

/** The checks that read the text analysis, fed hand-made analyses (the analysis has its own tests). */
const none: Analysis = { purposes: [], risk: [], health: [] };
const span = (text: string, start = 0) => ({ text, start, end: start + text.length });
const risk = (level: RiskHit['level'], kind: RiskHit['kind'] = 'wish-to-die'): RiskHit => ({ kind, level, evidence: span('I want to die') });

function input(body: Partial<Analysis>, subject: Partial<Analysis> = {}, extra: Partial<CheckInput> = {}): CheckInput {
  const t = therapist();
  return {
    draft: draft(),
    therapist: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date('2026-11-23T15:00:00Z'),
    analysis: { body: { ...none, ...body }, subject: { ...none, ...subject } },
    ...extra,
  };
}

describe('crisis', () => {
  it('is critical for current risk, with the crisis lines of the therapist’s region and their note', () => {
    const i = input({ risk: [risk('current', 'method')] });
    i.therapist.policy!.emergency = { region: 'GB', note: 'I do not read email at night.' };
    const [f] = crisisCheck(i);
    expect(findingSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({ id: 'crisis', severity: 'critical', evidence: [{ field: 'body', text: 'I want to die' }] });
    expect(f!.crisis!.region).toBe('GB');
    expect(f!.crisis!.lines.map((l) => l.name).join(' ')).toMatch(/Samaritans/);
    expect(f!.crisis!.therapistNote).toBe('I do not read email at night.');
    expect(f!.message).toMatch(/still send/);
  });

  it('the user’s own region wins over the therapist’s', () => {
    const [f] = crisisCheck(input({ risk: [risk('current')] }, {}, { userRegion: 'AU' }));
    expect(f!.crisis!.region).toBe('AU');
  });

  it('lowered mentions only: info, still with the lines (resources are never hidden)', () => {
    const [f] = crisisCheck(input({ risk: [risk('lowered')] }));
    expect(f).toMatchObject({ id: 'crisis', severity: 'info' });
    expect(f!.crisis!.lines.length).toBeGreaterThan(0);
  });

  it('no risk words, no finding; and a reply to a client is not a crisis check', () => {
    expect(crisisCheck(input({}))).toEqual([]);
    expect(crisisCheck(input({ risk: [risk('current')] }, {}, { therapist: therapist({ kind: 'client' }) }))).toEqual([]);
  });
});

describe('purpose', () => {
  it('warns for purposes outside the policy and lists every detected purpose', () => {
    const [f] = purposeCheck(
      input({ purposes: [{ purpose: 'scheduling', evidence: [span('move Thursday')] }, { purpose: 'clinical', evidence: [span('my panic attacks')] }] }),
    );
    expect(f).toMatchObject({ id: 'purpose', severity: 'warning', evidence: [{ text: 'my panic attacks' }] });
    expect(f!.message).toMatch(/scheduling, therapy content/);
  });

  it('nothing when every purpose is allowed, or none is detected', () => {
    expect(purposeCheck(input({ purposes: [{ purpose: 'scheduling', evidence: [] }] }))).toEqual([]);
    expect(purposeCheck(input({}))).toEqual([]);
  });

  it('points to the secure channel when the policy names one', () => {
    const i = input({ purposes: [{ purpose: 'clinical', evidence: [] }] });
    i.therapist.policy!.email.secureChannel = { name: 'Client portal', url: 'https://portal.example.com' };
    expect(purposeCheck(i)[0]!.message).toMatch(/Client portal \(https:\/\/portal\.example\.com\)/);
  });
});

describe('sensitive-subject', () => {
  it('warns when the subject carries risk, health or clinical content; a plain subject is fine', () => {
    expect(sensitiveSubjectCheck(input({}, { health: [{ category: 'diagnosis', evidence: span('PTSD') }] }))[0]).toMatchObject({
      id: 'sensitive-subject',
      evidence: [{ field: 'subject', text: 'PTSD' }],
    });
    expect(sensitiveSubjectCheck(input({}, { risk: [risk('current')] }))).toHaveLength(1);
    expect(sensitiveSubjectCheck(input({ health: [{ category: 'diagnosis', evidence: span('PTSD') }] }))).toEqual([]);
  });
});

describe('phi (therapist role)', () => {
  const client = () => therapist({ kind: 'client', id: 'c1', name: 'Jordan' });
  it('warns for health details in a reply that is not end-to-end encrypted', () => {
    const [f] = phiCheck(input({ health: [{ category: 'medication', evidence: span('sertraline 50 mg') }] }, {}, { therapist: client() }));
    expect(f).toMatchObject({ id: 'phi', severity: 'warning', evidence: [{ text: 'sertraline 50 mg' }] });
  });
  it('nothing for an encrypted reply, a logistics-only reply, or mail to a therapist', () => {
    const health = { health: [{ category: 'diagnosis' as const, evidence: span('PTSD') }] };
    expect(phiCheck(input(health, {}, { therapist: client(), draft: draft({ encryption: 'e2e' }) }))).toEqual([]);
    expect(phiCheck(input({}, {}, { therapist: client() }))).toEqual([]);
    expect(phiCheck(input(health))).toEqual([]);
  });
});
