import { describe, expect, it } from 'vitest';
import { purposeCheck } from '../../../../lib/checks/purpose';
import { input, span } from '../../support/text-check-input';

describe('purpose', () => {
  it('warns for purposes outside the policy and lists every detected purpose', () => {
    const [f] = purposeCheck(
      input({
        purposes: [
          { purpose: 'scheduling', evidence: [span('move Thursday')] },
          { purpose: 'clinical', evidence: [span('my panic attacks')] },
        ],
      }),
    );
    expect(f).toMatchObject({ id: 'purpose', severity: 'warning', evidence: [{ text: 'my panic attacks' }] });
    expect(f!.message).toBe(
      'Maya Lee uses email for scheduling, paperwork and billing and a brief check-in. This message looks like scheduling and therapy content. ' +
        'Therapy content: history, symptoms, medication, diagnosis, trauma, processing feelings at length. ' +
        'Bring it to your next session, or ask for a call.',
    );
  });

  it('nothing when every purpose is allowed, or none is detected', () => {
    expect(purposeCheck(input({ purposes: [{ purpose: 'scheduling', evidence: [] }] }))).toEqual([]);
    expect(purposeCheck(input({}))).toEqual([]);
  });

  it('points to the secure channel when the policy names one', () => {
    const i = input({ purposes: [{ purpose: 'clinical', evidence: [] }] });
    i.counterpart.policy!.email.secureChannel = { name: 'Client portal', url: 'https://portal.example.com' };
    expect(purposeCheck(i)[0]!.message).toMatch(/Client portal \(https:\/\/portal\.example\.com\)/);
  });
});
