import { describe, expect, it } from 'vitest';
import { sensitiveSubjectCheck } from '../../../../lib/checks/sensitive-subject';
import { input, risk, span } from '../../support/text-check-input';

describe('sensitive-subject', () => {
  it('warns when the subject carries risk, health or clinical content; a plain subject is fine', () => {
    expect(
      sensitiveSubjectCheck(input({}, { health: [{ category: 'diagnosis', evidence: span('PTSD') }] }))[0],
    ).toMatchObject({
      id: 'sensitive-subject',
      evidence: [{ field: 'subject', text: 'PTSD' }],
    });
    expect(sensitiveSubjectCheck(input({}, { risk: [risk('current')] }))).toHaveLength(1);
    expect(sensitiveSubjectCheck(input({ health: [{ category: 'diagnosis', evidence: span('PTSD') }] }))).toEqual([]);
  });
});
