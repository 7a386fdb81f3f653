import { describe, expect, it } from 'vitest';
import {
  isEmptyPlan,
  MAX_SAFETY_PLAN_FILE_BYTES,
  parseSafetyPlan,
  parseSafetyPlanText,
  reviewDue,
  serializeSafetyPlan,
  type SafetyPlanParseResult,
} from '../../../../lib/safety-plan/safety-plan';

/** The example of docs/interfaces.md, "Safety plan file". */
export const EXAMPLE = `{
  "format": "between-sessions.safety-plan", "version": 1,
  "updated": "2026-12-01",
  "warningSigns": ["Not sleeping for two nights", "Thinking nobody would notice if I were gone"],
  "copingStrategies": ["Cold shower", "Walk the dog around the block"],
  "distractions": [{ "name": "Corner café" }, { "name": "Aunt Rita", "phone": "+1 555 0142" }],
  "helpers": [{ "name": "Sam (brother)", "phone": "+1 555 0199" }],
  "professionals": [{ "name": "Dr. Maya Lee", "phone": "+1 555 0100" }],
  "safeEnvironment": ["Medicines are kept at Sam's"],
  "reasonsForLiving": ["My daughter", "Finishing the garden"]
}`;

const BASE = { format: 'between-sessions.safety-plan', version: 1 };

function problems(result: SafetyPlanParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  // The English of the problems (their catalogue words are checked in tests/unit/lib/policy/words.test.ts).
  return result.problems.map(({ path, message }) => ({ path, message }));
}
const paths = (result: SafetyPlanParseResult) => problems(result).map((p) => p.path);

describe('the safety plan file, format v1', () => {
  it('reads the documented example, all seven parts, with no warning', () => {
    const result = parseSafetyPlanText(EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.plan.distractions[1]).toEqual({ name: 'Aunt Rita', phone: '+1 555 0142' });
    expect(result.plan.reasonsForLiving).toEqual(['My daughter', 'Finishing the garden']);
  });

  it('takes absent parts as empty, but refuses a plan with no entry anywhere', () => {
    const one = parseSafetyPlan({ ...BASE, reasonsForLiving: ['My daughter'] });
    expect(one.ok && one.plan.warningSigns).toEqual([]);
    expect(problems(parseSafetyPlan({ ...BASE, warningSigns: [] }))).toEqual([
      { path: '', message: expect.stringMatching(/empty/) },
    ]);
  });

  it('lists every problem by its dotted field path', () => {
    const result = parseSafetyPlan({
      ...BASE,
      updated: '2026-13-01',
      warningSigns: 'not a list',
      copingStrategies: ['ok', ''],
      helpers: [{ name: 'Sam', phone: 'call me' }, { phone: '555 0100' }],
      professionals: [{ name: 'Dr. Lee', phone: '12' }],
      safeEnvironment: ['x'.repeat(301)],
      reasonsForLiving: Array.from({ length: 21 }, (_, i) => `reason ${i}`),
    });
    expect(paths(result)).toEqual([
      'updated',
      'warningSigns',
      'copingStrategies.1',
      'helpers.0.phone',
      'helpers.1.name',
      'professionals.0.phone',
      'safeEnvironment.0',
      'reasonsForLiving',
    ]);
    const byPath = Object.fromEntries(problems(result).map((p) => [p.path, p.message]));
    expect(byPath['helpers.1.name']).toBe('is required');
    expect(byPath['safeEnvironment.0']).toMatch(/at most 300/);
    expect(byPath['reasonsForLiving']).toMatch(/at most 20/);
  });

  it('refuses a file from a newer version with its own message', () => {
    const result = parseSafetyPlan({ ...BASE, version: 2, warningSigns: ['x'] });
    expect(result).toMatchObject({ ok: false, newerVersion: true });
    expect(problems(result)[0]!.message).toMatch(/newer version of Between Sessions/);
  });

  it('says what a policy or settings file given here by mistake is', () => {
    expect(problems(parseSafetyPlan({ format: 'between-sessions.contact-policy', version: 1 }))[0]).toMatchObject({
      path: 'format',
      message: expect.stringMatching(/contact policy/),
    });
    expect(paths(parseSafetyPlanText('{ nope'))).toEqual(['']);
    expect(paths(parseSafetyPlanText('[]'))).toEqual(['']);
    expect(problems(parseSafetyPlanText(' '.repeat(MAX_SAFETY_PLAN_FILE_BYTES + 1)))[0]!.message).toMatch(/too large/);
  });

  it('reports unknown fields as warnings and leaves them out', () => {
    const result = parseSafetyPlan({ ...BASE, helpers: [{ name: 'Sam', email: 's@x.example' }], mood: 'ok' });
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['mood', 'helpers.0.email']);
    expect(result.ok && serializeSafetyPlan(result.plan)).not.toMatch(/mood|email/);
  });

  it('round trip: export, import, export is byte-equal', () => {
    const first = parseSafetyPlanText(EXAMPLE);
    if (!first.ok) throw new Error('example refused');
    const exported = serializeSafetyPlan(first.plan);
    // Nothing of the file is lost on the way.
    expect(JSON.parse(exported)).toEqual(JSON.parse(EXAMPLE));
    const again = parseSafetyPlanText(exported);
    expect(again.ok && serializeSafetyPlan(again.plan)).toBe(exported);
  });

  it('suggests a review three months after the last change, or when the plan has no date', () => {
    expect(reviewDue('2026-09-02', new Date(2026, 11, 1))).toBe(false);
    expect(reviewDue('2026-09-01', new Date(2026, 11, 1))).toBe(true);
    expect(reviewDue(undefined, new Date(2026, 11, 1))).toBe(true);
    const sam = parseSafetyPlan({ ...BASE, helpers: [{ name: 'Sam' }] });
    expect(sam.ok && isEmptyPlan(sam.plan)).toBe(false);
    expect(sam.ok && isEmptyPlan({ ...sam.plan, helpers: [] })).toBe(true);
  });
});
