import { describe, expect, it } from 'vitest';
import { phiCheck } from '../../../../lib/checks/phi';
import { draft, therapist } from '../../support/builders';
import { input, span } from '../../support/text-check-input';

describe('phi (therapist role)', () => {
  const client = () => therapist({ kind: 'client', id: 'c1', name: 'Jordan' });
  it('warns for health details in a reply that is not end-to-end encrypted', () => {
    const [f] = phiCheck(
      input(
        { health: [{ category: 'medication', evidence: span('sertraline 50 mg') }] },
        {},
        { counterpart: client() },
      ),
    );
    expect(f).toMatchObject({ id: 'phi', severity: 'warning', evidence: [{ text: 'sertraline 50 mg' }] });
  });
  it('nothing for an encrypted reply, a logistics-only reply, or mail to a therapist', () => {
    const health = { health: [{ category: 'diagnosis' as const, evidence: span('PTSD') }] };
    expect(phiCheck(input(health, {}, { counterpart: client(), draft: draft({ encryption: 'e2e' }) }))).toEqual([]);
    expect(phiCheck(input({}, {}, { counterpart: client() }))).toEqual([]);
    expect(phiCheck(input(health))).toEqual([]);
  });
});
