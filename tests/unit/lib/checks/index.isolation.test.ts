import { describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../../../lib/analysis';
import { evaluateDraft } from '../../../../lib/checks';
import { draft, settingsWith, therapist } from '../../support/builders';

// One check (purpose) breaks on this input; the others must still answer, crisis first.
vi.mock('../../../../lib/checks/purpose', () => ({
  purposeCheck: () => {
    throw new Error('purpose check broke');
  },
}));

const NOW = { now: new Date('2026-11-23T15:00:00Z') };
const CRISIS = 'I want to kill myself tonight. I have the pills ready.';

describe('each check runs on its own', () => {
  it('a check that throws becomes its own "unchecked" note and never discards the others, crisis above all', () => {
    const findings = evaluateDraft(draft({ body: CRISIS }), settingsWith([therapist()]), {
      ...NOW,
      analyze: analyzeText,
    });
    const ids = findings.map((f) => f.id);
    expect(ids[0]).toBe('crisis');
    expect(ids).toContain('encryption');
    expect(ids).toContain('unchecked');
    expect(ids).not.toContain('purpose');
  });

  it('an analysis that throws: every check that needs no text still runs, with a note that the text was not read', () => {
    const findings = evaluateDraft(draft({ body: CRISIS }), settingsWith([therapist()]), {
      ...NOW,
      analyze: () => {
        throw new Error('analysis broke');
      },
    });
    const ids = findings.map((f) => f.id);
    expect(ids).toContain('unchecked');
    expect(ids).toContain('encryption');
  });
});
