import { describe, expect, it } from 'vitest';
import { crisisCheck } from '../../../../lib/checks/crisis';
import { findingSchema } from '../../../../lib/checks/finding';
import { therapist } from '../../support/builders';
import { input, risk } from '../../support/text-check-input';

describe('crisis', () => {
  it('is critical for current risk, with the crisis lines of the therapist’s region and their note', () => {
    const i = input({ risk: [risk('current', 'method')] });
    i.counterpart.policy!.emergency = { region: 'GB', note: 'I do not read email at night.' };
    const [f] = crisisCheck(i);
    expect(findingSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      id: 'crisis',
      severity: 'critical',
      evidence: [{ field: 'body', text: 'I want to die' }],
    });
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
    expect(crisisCheck(input({ risk: [risk('current')] }, {}, { counterpart: therapist({ kind: 'client' }) }))).toEqual(
      [],
    );
  });
});
