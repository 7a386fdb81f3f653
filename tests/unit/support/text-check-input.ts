import type { Analysis, RiskHit } from '../../../lib/analysis/types';
import type { CheckInput } from '../../../lib/checks/context';
import { draft, therapist } from './builders';

/** The checks that read the text analysis, fed hand-made analyses (the analysis has its own tests). */
export const none: Analysis = { purposes: [], risk: [], health: [] };
export const span = (text: string, start = 0) => ({ text, start, end: start + text.length });
export const risk = (level: RiskHit['level'], kind: RiskHit['kind'] = 'wish-to-die'): RiskHit => ({
  kind,
  level,
  evidence: span('I want to die'),
});

export function input(
  body: Partial<Analysis>,
  subject: Partial<Analysis> = {},
  extra: Partial<CheckInput> = {},
): CheckInput {
  const t = therapist();
  return {
    draft: draft(),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date('2026-11-23T15:00:00Z'),
    analysis: { body: { ...none, ...body }, subject: { ...none, ...subject } },
    ...extra,
  };
}
