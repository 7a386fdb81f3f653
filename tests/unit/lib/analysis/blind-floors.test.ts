import { describe, expect, test } from 'vitest';
import { blindSets, evaluate, loadSet, value, type Report } from '../../../corpus/metrics';

/**
 * Floors on the blind batches (tests/corpus/blind/README.md), set a little below what each batch
 * gave the first time it was run after a round of work, so they cannot slip. They are set from
 * blind results, never raised by tuning to a batch: a batch whose rows were read becomes a
 * development set and leaves this list. The goals of the analysis are higher than these floors;
 * the README says where it stands.
 */

type Floors = Partial<Record<keyof Report, number>>;

const FLOORS: Record<string, { min: Floors; max: Floors }> = {
  'blind/2026-12-01-a': {
    min: { crisisRecall: 0.7, purposeAccuracy: 0.64, healthRecall: 0.94 },
    max: { crisisFalseAlarms: 0.16, crisisFalseAlarmsAll: 0.09, healthFalseAlarms: 0.05 },
  },
  'blind/2026-12-01-b': {
    min: { crisisRecall: 0.71, purposeAccuracy: 0.73, healthRecall: 0.9 },
    max: { crisisFalseAlarms: 0.11, crisisFalseAlarmsAll: 0.05, healthFalseAlarms: 0.05 },
  },
  'blind/2026-12-01-c': {
    min: { crisisRecall: 0.72, purposeAccuracy: 0.66, healthRecall: 0.94 },
    max: { crisisFalseAlarms: 0.17, crisisFalseAlarmsAll: 0.08, healthFalseAlarms: 0.05 },
  },
  // First run 2026-12-02 on the rules of the first round: crisis recall 0.60 (27/45); after the
  // second round 0.67 (30/45). The floors stay set from the first run.
  'blind/2026-12-02-d': {
    min: { crisisRecall: 0.57, purposeAccuracy: 0.6, healthRecall: 0.85 },
    max: { crisisFalseAlarms: 0.14, crisisFalseAlarmsAll: 0.07, healthFalseAlarms: 0.05 },
  },
};

test('every blind batch has floors, and every floor has its batch', () => {
  expect(blindSets()).toEqual(Object.keys(FLOORS));
});

describe.each(Object.keys(FLOORS))('tests/corpus/%s', (source) => {
  const { drafts, replies } = loadSet(source);
  // Counts only: a blind batch's misses are never printed, so that nobody reads its rows to fix them.
  const report = evaluate(drafts, replies);
  const metric = (key: keyof Report) => value(report[key] as { hit: number; of: number });
  test.each(Object.entries(FLOORS[source]!.min))('%s >= %s', (key, floor) => {
    expect(metric(key as keyof Report)).toBeGreaterThanOrEqual(floor);
  });
  test.each(Object.entries(FLOORS[source]!.max))('%s <= %s', (key, ceiling) => {
    expect(metric(key as keyof Report)).toBeLessThanOrEqual(ceiling);
  });
});
