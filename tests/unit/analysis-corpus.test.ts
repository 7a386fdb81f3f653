import { describe, expect, test } from 'vitest';
import { evaluate, loadCorpus, value, type Report } from '../corpus/metrics';

/**
 * Floors on the labelled corpus, computed by the same code `npm run eval` prints
 * (tests/corpus/metrics.ts). They hold the metrics reached, so they cannot slip; raise them when
 * the analysis gets better, never lower them to make a change pass.
 */

type Floors = Partial<Record<keyof Report, number>>;

const FLOORS: Record<'shared' | 'own', { min: Floors; max: Floors }> = {
  shared: {
    min: { purposeAccuracy: 1, purposeAccuracyStrict: 0.98, crisisRecall: 1, loweredShown: 1, healthRecall: 1 },
    max: { crisisFalseAlarms: 0, crisisFalseAlarmsAll: 0, noneNoise: 0, healthFalseAlarms: 0 },
  },
  own: {
    min: { purposeAccuracy: 1, purposeAccuracyStrict: 0.98, crisisRecall: 1, loweredShown: 1, healthRecall: 1 },
    max: { crisisFalseAlarms: 0, crisisFalseAlarmsAll: 0, noneNoise: 0, healthFalseAlarms: 0 },
  },
};

/** The targets of the brief, which every set must meet whatever the floors say. */
const TARGETS = {
  min: { purposeAccuracy: 0.85, crisisRecall: 0.95, healthRecall: 0.9 },
  max: { crisisFalseAlarms: 0.1, healthFalseAlarms: 0.2 },
} satisfies { min: Floors; max: Floors };

const { drafts, replies } = loadCorpus();

test('the corpus loads: shared copied unchanged, own with at least 80 rows', () => {
  expect(drafts.filter((d) => d.source === 'shared').length).toBe(57);
  expect(replies.filter((r) => r.source === 'shared').length).toBe(12);
  expect(drafts.filter((d) => d.source === 'own').length + replies.filter((r) => r.source === 'own').length).toBeGreaterThanOrEqual(80);
});

describe.each(['shared', 'own'] as const)('tests/corpus/%s', (source) => {
  const report = evaluate(
    drafts.filter((d) => d.source === source),
    replies.filter((r) => r.source === source),
  );
  const metric = (key: keyof Report) => value(report[key] as { hit: number; of: number });

  test.each(Object.entries({ ...TARGETS.min, ...FLOORS[source].min }))('%s >= %s', (key, floor) => {
    expect(metric(key as keyof Report), report.failures.join('\n')).toBeGreaterThanOrEqual(floor);
  });
  test.each(Object.entries({ ...TARGETS.max, ...FLOORS[source].max }))('%s <= %s', (key, ceiling) => {
    expect(metric(key as keyof Report), report.failures.join('\n')).toBeLessThanOrEqual(ceiling);
  });
});
