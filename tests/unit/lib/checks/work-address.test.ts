import { describe, expect, it } from 'vitest';
import { evaluateDraft } from '../../../../lib/checks';
import { findingSchema } from '../../../../lib/checks/finding';
import { workAddressCheck } from '../../../../lib/checks/work-address';
import { draft, settingsWith, therapist } from '../../support/builders';
import { input } from '../../support/text-check-input';

describe('work-address', () => {
  it('finds nothing in an ordinary draft', () => {
    expect(workAddressCheck(input({}))).toEqual([]);
    expect(workAddressCheck(input({}, {}, { workAddresses: ['@bigcorp.example'] }))).toEqual([]);
  });

  it('warns when the draft is from an address the user marked as work or school', () => {
    const findings = workAddressCheck(
      input({}, {}, { draft: draft({ from: 'Jordan <Jordan@BigCorp.example>' }), workAddresses: ['@bigcorp.example'] }),
    );
    expect(findings).toHaveLength(1);
    expect(findingSchema.parse(findings[0])).toMatchObject({ id: 'work-address', severity: 'warning' });
    expect(findings[0]!.message).toMatch(/jordan@bigcorp\.example.*employer or school can usually read that mailbox/);
  });

  it('a full address matches only itself', () => {
    const from = (f: string) =>
      workAddressCheck(input({}, {}, { draft: draft({ from: f }), workAddresses: ['jordan@school.example'] }));
    expect(from('jordan@school.example')).toHaveLength(1);
    expect(from('jordan@gmail.example')).toEqual([]);
  });

  it('reads the work addresses from the settings', () => {
    const settings = settingsWith([therapist()], { workAddresses: ['@bigcorp.example'] });
    const ids = evaluateDraft(draft({ from: 'me@bigcorp.example' }), settings, { now: new Date() }).map((f) => f.id);
    expect(ids).toContain('work-address');
    const personal = evaluateDraft(draft({ from: 'me@gmail.example' }), settings, { now: new Date() });
    expect(personal.map((f) => f.id)).not.toContain('work-address');
  });
});
