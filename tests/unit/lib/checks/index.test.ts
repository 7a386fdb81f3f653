import { describe, expect, it } from 'vitest';
import { evaluateDraft } from '../../../../lib/checks';
import { findingSchema } from '../../../../lib/checks/finding';
import { draft, settingsWith, therapist } from '../../support/builders';

const NOW = { now: new Date('2026-11-23T15:00:00Z') };

describe('evaluateDraft', () => {
  it('gives no findings for mail to nobody listed', () => {
    const settings = settingsWith([therapist()]);
    expect(
      evaluateDraft(draft({ to: ['friend@other.example'], cc: ['x@sub.calmpractice.example'] }), settings, NOW),
    ).toEqual([]);
    expect(evaluateDraft(draft({ encryption: 'none', to: ['friend@other.example'] }), settings, NOW)).toEqual([]);
  });

  it('gives no findings when nobody is listed at all', () => {
    expect(evaluateDraft(draft(), settingsWith([]), NOW)).toEqual([]);
  });

  it('checks mail to a listed therapist', () => {
    const findings = evaluateDraft(draft({ cc: ['sam@other.example'] }), settingsWith([therapist()]), NOW);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['encryption', 'warning'],
      ['other-recipients', 'warning'],
    ]);
    for (const f of findings) expect(findingSchema.safeParse(f).success).toBe(true);
  });

  it('finds a therapist listed by @domain, and in Bcc', () => {
    const t = therapist({ emails: ['@calmpractice.example'] });
    const findings = evaluateDraft(
      draft({ to: [], bcc: ['Front Desk <desk@CalmPractice.example>'] }),
      settingsWith([t]),
      NOW,
    );
    expect(findings.map((f) => f.id)).toContain('encryption');
  });

  it('matches a recipient shown by name only', () => {
    const findings = evaluateDraft(draft({ to: ['maya lee'] }), settingsWith([therapist()]), NOW);
    expect(findings.map((f) => f.id)).toEqual(['encryption']);
  });

  it('uses the stored acceptance of the therapist the draft is to', () => {
    const settings = settingsWith([therapist()], {
      acceptances: { 't-maya': { acceptedAt: '2026-01-02T03:04:05.000Z' } },
    });
    const [finding] = evaluateDraft(draft(), settings, NOW);
    expect(finding).toMatchObject({ id: 'encryption', severity: 'info' });
    expect(finding!.message).toContain('2026-01-02');
  });
});
