import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { explainRules } from '../../../../lib/analysis/index';
import { formatRules } from '../../../../lib/analysis/rules/format';
import {
  HEALTH_DATA,
  LEXICON,
  PURPOSE_DATA,
  RISK_DATA,
  concept,
  type RiskRuleData,
} from '../../../../lib/analysis/rules';

/**
 * Every rule of lib/analysis/rules/*.json carries at least one example it must catch and one it
 * must spare (lib/analysis/rules/<file>.examples.tsv: `rule  catch|spare  text`), and each is
 * checked here: a rule that stops catching its example, or starts firing on its counter-example,
 * fails by name. A risk rule "catches" at its own level (current; lowered for idioms and for rules
 * about someone else); "spare" means it does not fire at that level.
 */

const DIR = fileURLToPath(new URL('../../../../lib/analysis/rules/', import.meta.url));

interface Example {
  file: string;
  line: number;
  rule: string;
  expect: 'catch' | 'spare';
  text: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.examples.tsv'))) {
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (!raw.trim() || raw.startsWith('#')) return;
        const [rule, expect, text, ...rest] = raw.split('\t');
        if (rest.length || !text || (expect !== 'catch' && expect !== 'spare'))
          throw new Error(`${file}:${i + 1}: expected "rule<TAB>catch|spare<TAB>text"`);
        out.push({ file, line: i + 1, rule: rule!, expect, text });
      });
  }
  return out;
}

const ALL = examples();
const RULES = [
  ...RISK_DATA.map((r) => ({ concern: 'risk' as const, id: r.id, level: levelOf(r) })),
  ...PURPOSE_DATA.map((r) => ({ concern: 'purpose' as const, id: r.id, level: undefined })),
  ...HEALTH_DATA.map((r) => ({ concern: 'health' as const, id: r.id, level: undefined })),
];

function levelOf(r: RiskRuleData): 'current' | 'lowered' {
  return r.flags?.includes('idiom') || r.who === 'other' ? 'lowered' : 'current';
}

test('every example names a rule that exists', () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect(ALL.filter((e) => !ids.has(e.rule)).map((e) => `${e.file}:${e.line} ${e.rule}`)).toEqual([]);
});

test('every rule has an example it catches and one it spares', () => {
  const missing = RULES.filter(
    (r) => !['catch', 'spare'].every((k) => ALL.some((e) => e.rule === r.id && e.expect === k)),
  );
  expect(missing.map((r) => r.id)).toEqual([]);
});

describe.each(['risk', 'purpose', 'health'] as const)('%s rules on their examples', (concern) => {
  const rules = RULES.filter((r) => r.concern === concern);
  test.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    const wrong: string[] = [];
    for (const e of ALL.filter((x) => x.rule === rule.id)) {
      const fired = explainRules(e.text).some(
        (f) => f.concern === concern && f.rule === rule.id && (!rule.level || f.level === rule.level),
      );
      if (fired !== (e.expect === 'catch')) wrong.push(`${e.file}:${e.line} should ${e.expect}: ${e.text}`);
    }
    expect(wrong).toEqual([]);
  });
});

test('the rule files keep their reviewable layout (npm run rules:format)', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text, file).toBe(`${formatRules(JSON.parse(text))}\n`);
    // a long list belongs in the lexicon as a concept, where a diff shows one word per change
    const long = text.split('\n').filter((line) => line.length > 220);
    expect(long, file).toEqual([]);
  }
});

test('every concept of the lexicon expands, and is used by a rule or the engine', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(DIR, f), 'utf8'));
  const code = readdirSync(join(DIR, '..'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(DIR, '..', f), 'utf8'));
  for (const name of Object.keys(LEXICON)) {
    expect(concept(name).length, name).toBeGreaterThan(0);
    const used =
      files.some((t) => t.includes(`<${name}>`) || t.includes(`"@${name}"`)) ||
      code.some((t) => t.includes(`concept('${name}')`));
    expect(used, `concept ${name} is never used`).toBe(true);
  }
});
