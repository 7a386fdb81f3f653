import { describe, expect, test } from 'vitest';
import { evaluate, loadCorpus, TUNED_SETS, value, type Report } from '../../../corpus/metrics';

/**
 * Floors on the sets the rules were tuned on (tests/corpus/{shared,own,dev,dev2,dev3}), computed by the
 * same code `npm run eval` prints (tests/corpus/metrics.ts). They hold what was reached so it
 * cannot slip; raise them when the analysis gets better. These figures say little about new text:
 * the blind batches (tests/unit/lib/analysis/blind-floors.test.ts) do.
 *
 * Strict purpose accuracy was lowered on 2026-12-01 by design, not to let a change pass: a draft
 * with current risk now also counts as clinical content (writers label such drafts either way),
 * which strict accuracy counts as an extra purpose on drafts labelled support only.
 */

type Floors = Partial<Record<keyof Report, number>>;

const FLOORS: Record<(typeof TUNED_SETS)[number], { min: Floors; max: Floors }> = {
  shared: {
    min: { purposeAccuracy: 1, purposeAccuracyStrict: 0.75, crisisRecall: 1, loweredShown: 1, healthRecall: 1 },
    max: { crisisFalseAlarms: 0, crisisFalseAlarmsAll: 0, noneNoise: 0, healthFalseAlarms: 0 },
  },
  own: {
    min: { purposeAccuracy: 1, purposeAccuracyStrict: 0.72, crisisRecall: 1, loweredShown: 1, healthRecall: 1 },
    max: { crisisFalseAlarms: 0, crisisFalseAlarmsAll: 0, noneNoise: 0, healthFalseAlarms: 0 },
  },
  dev: {
    min: { purposeAccuracy: 0.78, crisisRecall: 0.98, loweredShown: 0.8, healthRecall: 0.97 },
    max: { crisisFalseAlarms: 0.02, crisisFalseAlarmsAll: 0.01, healthFalseAlarms: 0.02 },
  },
  dev2: {
    min: { purposeAccuracy: 0.62, crisisRecall: 0.79, loweredShown: 0.8, healthRecall: 0.97 },
    max: { crisisFalseAlarms: 0.02, crisisFalseAlarmsAll: 0.01, healthFalseAlarms: 0.02 },
  },
  dev3: {
    min: { purposeAccuracy: 0.63, crisisRecall: 0.92, loweredShown: 0.6, healthRecall: 0.94 },
    max: { crisisFalseAlarms: 0.05, crisisFalseAlarmsAll: 0.02, healthFalseAlarms: 0.02 },
  },
};

/** The targets of the brief, which the sets written for this project from the start must meet. */
const TARGETS = {
  min: { purposeAccuracy: 0.85, crisisRecall: 0.95, healthRecall: 0.9 },
  max: { crisisFalseAlarms: 0.1, healthFalseAlarms: 0.2 },
} satisfies { min: Floors; max: Floors };

const { drafts, replies } = loadCorpus();

test('the corpus loads: shared copied unchanged, own with at least 80 rows, the development batches', () => {
  expect(drafts.filter((d) => d.source === 'shared').length).toBe(57);
  expect(replies.filter((r) => r.source === 'shared').length).toBe(12);
  expect(
    drafts.filter((d) => d.source === 'own').length + replies.filter((r) => r.source === 'own').length,
  ).toBeGreaterThanOrEqual(80);
  expect(drafts.filter((d) => d.source === 'dev').length).toBe(178);
  expect(drafts.filter((d) => d.source === 'dev2').length).toBe(212);
  expect(drafts.filter((d) => d.source === 'dev3').length).toBe(167);
});

describe.each(TUNED_SETS)('tests/corpus/%s', (source) => {
  const report = evaluate(
    drafts.filter((d) => d.source === source),
    replies.filter((r) => r.source === source),
  );
  const metric = (key: keyof Report) => value(report[key] as { hit: number; of: number });
  const targets = source === 'shared' || source === 'own' ? TARGETS : { min: {}, max: {} };

  test.each(Object.entries({ ...targets.min, ...FLOORS[source].min }))('%s >= %s', (key, floor) => {
    expect(metric(key as keyof Report), report.failures.join('\n')).toBeGreaterThanOrEqual(floor);
  });
  test.each(Object.entries({ ...targets.max, ...FLOORS[source].max }))('%s <= %s', (key, ceiling) => {
    expect(metric(key as keyof Report), report.failures.join('\n')).toBeLessThanOrEqual(ceiling);
  });
});
