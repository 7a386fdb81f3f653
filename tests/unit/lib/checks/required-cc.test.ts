import { describe, expect, it } from 'vitest';
import { evaluateDraft } from '../../../../lib/checks';
import { findingSchema } from '../../../../lib/checks/finding';
import { requiredCcCheck } from '../../../../lib/checks/required-cc';
import { draft, settingsWith, therapist } from '../../support/builders';
import { input } from '../../support/text-check-input';

/** Couples work: the partner must be on every mail (docs/interfaces.md, `email.requiredCc`). */
function couples(d: Parameters<typeof draft>[0]) {
  const i = input({}, {}, { draft: draft(d) });
  i.counterpart.policy!.email.requiredCc = ['alex.partner@example.net'];
  return i;
}

describe('required-cc', () => {
  it('finds nothing in an ordinary draft (no required Cc in the policy)', () => {
    expect(requiredCcCheck(input({}))).toEqual([]);
  });

  it('warns when the partner is missing, naming them', () => {
    const findings = requiredCcCheck(couples({}));
    expect(findings).toHaveLength(1);
    expect(findingSchema.parse(findings[0])).toMatchObject({
      id: 'required-cc',
      severity: 'warning',
      recipients: ['alex.partner@example.net'],
    });
    expect(findings[0]!.message).toMatch(/^Your partner is not on this message: alex\.partner@example\.net/);
  });

  it('nothing when the partner is in To or Cc, any case, with a display name', () => {
    expect(requiredCcCheck(couples({ cc: ['Alex <Alex.Partner@Example.net>'] }))).toEqual([]);
    expect(requiredCcCheck(couples({ to: ['maya@calmpractice.example', 'alex.partner@example.net'] }))).toEqual([]);
  });

  it('a Bcc does not count, and says why', () => {
    const [f] = requiredCcCheck(couples({ bcc: ['alex.partner@example.net'] }));
    expect(f!.message).toMatch(/A Bcc does not count/);
  });

  it('a name-only recipient may be the partner: the message says so', () => {
    const [f] = requiredCcCheck(couples({ cc: ['Alex Partner'] }));
    expect(f!.message).toMatch(/show only a name/);
  });

  it('a present partner is not "another recipient"', () => {
    const t = therapist();
    t.policy!.email.requiredCc = ['alex.partner@example.net'];
    const settings = settingsWith([t]);
    const findings = evaluateDraft(draft({ cc: ['alex.partner@example.net'] }), settings, { now: new Date() });
    expect(findings.map((f) => f.id)).not.toContain('other-recipients');
    expect(findings.map((f) => f.id)).not.toContain('required-cc');
    const missing = evaluateDraft(draft(), settings, { now: new Date() });
    expect(missing.map((f) => f.id)).toContain('required-cc');
  });
});
