import { describe, expect, it } from 'vitest';
import { evaluateDraft } from '../../../../lib/checks';
import type { Finding } from '../../../../lib/checks/finding';
import { otherRecipientsCheck } from '../../../../lib/checks/other-recipients';
import type { Draft } from '../../../../lib/draft';
import type { Counterpart as Therapist } from '../../../../lib/policy/settings';
import { draft, settingsWith, therapist } from '../../support/builders';

const MAYA = therapist({ allowedCc: ['guardian@family.example', '@school.example'] });

function others(d: Partial<Draft>, t: Therapist = MAYA, listedEntries: string[] = t.emails): Finding[] {
  return otherRecipientsCheck({
    draft: draft(d),
    counterpart: t,
    listedEntries,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date(),
  });
}

describe('other-recipients check', () => {
  it('finds nothing when only the therapist is on the message', () => {
    expect(others({ to: ['Maya Lee <Maya@CalmPractice.example>'] })).toEqual([]);
  });

  it('lists people in To, Cc and Bcc with their field', () => {
    const findings = others({
      to: ['maya@calmpractice.example', 'sam@other.example'],
      cc: ['Alex <alex@other.example>'],
      bcc: ['boss@work.example'],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'other-recipients', severity: 'warning' });
    expect(findings[0]!.recipients).toEqual([
      'sam@other.example (To)',
      'Alex <alex@other.example> (Cc)',
      'boss@work.example (Bcc)',
    ]);
    expect(findings[0]!.message).toContain('alex@other.example');
  });

  it("never counts the user's own address, in any field and any case", () => {
    expect(others({ from: 'jordan@gmail.com', cc: ['Jordan <Jordan@Gmail.com>'], bcc: ['JORDAN@gmail.com'] })).toEqual(
      [],
    );
    expect(others({ from: 'Jordan Park <jordan@gmail.com>', bcc: ['jordan@gmail.com'] })).toEqual([]);
  });

  it("counts someone else even when the user's own address is on the draft", () => {
    const findings = others({ from: 'jordan@gmail.com', bcc: ['jordan@gmail.com', 'jordan@gmail.example'] });
    expect(findings[0]!.recipients).toEqual(['jordan@gmail.example (Bcc)']);
  });

  it('does not count allowedCc addresses or @domain entries', () => {
    expect(others({ cc: ['Guardian <GUARDIAN@family.example>', 'counsellor@school.example'] })).toEqual([]);
  });

  it('counts a subdomain of an allowed @domain', () => {
    const findings = others({ cc: ['x@sub.school.example'] });
    expect(findings[0]!.recipients).toEqual(['x@sub.school.example (Cc)']);
    expect(findings[0]!.message).not.toContain('only a name');
  });

  it("does not count a name-only recipient equal to the therapist's name, but counts any other name", () => {
    expect(others({ to: ['maya lee'] })).toEqual([]);
    const findings = others({ to: ['Maya Lee', 'Sam Jones'] });
    expect(findings[0]!.recipients).toEqual(['Sam Jones (To, address not shown)']);
    expect(findings[0]!.message).toContain('only a name is shown');
  });

  it('counts a name-only recipient when the therapist has no name', () => {
    const t = therapist({ name: '' });
    expect(others({ cc: ['Someone'] }, t)[0]!.recipients).toEqual(['Someone (Cc, address not shown)']);
  });

  it('does not count a second listed therapist on the same draft (by address)', () => {
    const second = therapist({ id: 't-ruth', name: 'Ruth Ng', emails: ['@couples.example'] });
    const findings = evaluateDraft(
      draft({ to: ['maya@calmpractice.example'], cc: ['ruth@couples.example'] }),
      settingsWith([MAYA, second]),
      { now: new Date() },
    );
    expect(findings.map((f) => f.id)).not.toContain('other-recipients');
  });

  // docs/interfaces.md, "Drafts": "a name alone counts as another recipient unless it equals a listed therapist's
  // name"; listedRecipients() treats the name-only "Ruth Ng" as listed, yet the check compares
  // names with the first therapist only.
  it('does not count a second listed therapist shown by name only', () => {
    const second = therapist({ id: 't-ruth', name: 'Ruth Ng', emails: ['ruth@couples.example'] });
    const findings = evaluateDraft(
      draft({ to: ['maya@calmpractice.example'], cc: ['Ruth Ng'] }),
      settingsWith([MAYA, second]),
      { now: new Date() },
    );
    expect(findings.map((f) => f.id)).not.toContain('other-recipients');
  });
});
