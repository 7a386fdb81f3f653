import { afterEach, describe, expect, test, vi } from 'vitest';
import { RULE_SCHEMAS, readRuleFile } from '../../../../lib/analysis/rules';

/**
 * The rule loader rejects a pattern its matcher cannot read, naming the file and the rule
 * (docs/analysis.md, "Pattern syntax": groups do not nest; a nested group is an error).
 */

const file = (rule: Record<string, unknown>) => ({ about: 'test', rules: [rule] });

describe('a nested group in a rule pattern', () => {
  test.each([
    ['(my (mum|dad)|him) took the pills', 'a group inside a group'],
    ['((took|swallowed) all) <means>', 'a group inside a group'],
    ['(took|swallowed all <means>', 'a group never closed'],
    ['took) all <means>', 'a ")" with no group open'],
  ])('risk.json: "%s" is rejected (%s), naming the rule and the file', (match, problem) => {
    const rule = { id: 'method.broken-group', kind: 'method', who: 'self', match };
    expect(() => readRuleFile(RULE_SCHEMAS.risk, 'risk.json', file(rule))).toThrow(
      `risk.json: rule method.broken-group: ${problem}`,
    );
  });

  test('in a frame concept (purposes-frames.json)', () => {
    const rule = { id: 'support.broken-frame', purpose: 'support', near: { all: ['(<a> (b|c))', '<d>'], within: 4 } };
    expect(() => readRuleFile(RULE_SCHEMAS.purpose, 'purposes-frames.json', file(rule))).toThrow(
      /^purposes-frames\.json: rule support\.broken-frame: a group inside a group .* in "\(<a> \(b\|c\)\)"$/,
    );
  });

  test('a pattern with groups side by side loads', () => {
    const rule = { id: 'diagnosis.two-groups', category: 'diagnosis', match: '(was|got) diagnosed (with|as)' };
    expect(readRuleFile(RULE_SCHEMAS.health, 'health.json', file(rule))).toEqual([rule]);
  });
});

describe('the shipped rule files', () => {
  afterEach(() => {
    vi.doUnmock('../../../../lib/analysis/rules/health.json');
    vi.resetModules();
  });

  test('all load', async () => {
    vi.resetModules();
    const rules = await import('../../../../lib/analysis/rules');
    expect(rules.RISK_DATA.length).toBeGreaterThan(0);
    expect(rules.PURPOSE_DATA.length).toBeGreaterThan(0);
    expect(rules.HEALTH_DATA.length).toBeGreaterThan(0);
  });

  test('loading stops at a nested group in one of them, naming it', async () => {
    vi.resetModules();
    vi.doMock('../../../../lib/analysis/rules/health.json', () => ({
      default: file({ id: 'medication.nested', category: 'medication', match: 'my ((new|old) meds|pills)' }),
    }));
    await expect(import('../../../../lib/analysis/rules')).rejects.toThrow(
      'health.json: rule medication.nested: a group inside a group',
    );
  });
});
