import { z } from 'zod/mini';
import { PURPOSES } from '../policy/contact-policy';
import healthFile from './rules/health.json' with { type: 'json' };
import lexiconFile from './rules/lexicon.json' with { type: 'json' };
import purposesFramesFile from './rules/purposes-frames.json' with { type: 'json' };
import purposesFile from './rules/purposes.json' with { type: 'json' };
import riskFramesFile from './rules/risk-frames.json' with { type: 'json' };
import riskFile from './rules/risk.json' with { type: 'json' };
import { groupProblem } from './matcher';
import type { RuleChecks } from './net';

/**
 * The rule files (lib/analysis/rules/*.json, described in docs/analysis.md): data a clinician
 * can read and edit, checked here once at load. A pattern names a concept of the lexicon as
 * `<name>` (it stands for `(term|term|...)`); a check list names one as `@name` (its terms).
 */

// zod/mini, as everywhere in the extension: full zod probes for `Function` (eval) at load, which
// the Firefox add-on linter rejects.
const id = z.string().check(z.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'ids look like kind.some-words'));
const text = z.string().check(z.minLength(1));
const phraseList = z.array(text).check(z.minLength(1));
const checks = z.partial(
  z.strictObject({
    notNext: phraseList,
    notPrev: phraseList,
    needNear: phraseList,
    notNear: phraseList,
    needBefore: phraseList,
    needAfter: phraseList,
    window: z.int().check(z.minimum(1), z.maximum(40)),
  }),
);
/** A frame: concepts that must all appear, in any order, within `within` words of one clause. */
const near = z.strictObject({
  all: z.array(text).check(z.minLength(2), z.maxLength(3)),
  within: z.int().check(z.minimum(1), z.maximum(30)),
});
const base = {
  id,
  match: z.optional(text),
  near: z.optional(near),
  checks: z.optional(checks),
  note: z.optional(z.string()),
};
const oneOf = (r: { match?: string | undefined; near?: unknown }) => (r.match === undefined) !== (r.near === undefined);
const ONE_OF = { message: 'a rule has either match or near' };

export const RISK_KINDS = [
  'wish-to-die',
  'suicidal-thoughts',
  'method',
  'intent',
  'plan',
  'preparation',
  'self-harm',
  'harm-to-others',
] as const;
export const RISK_FLAGS = ['topic', 'idiom', 'past', 'accident', 'laugh', 'upgrade', 'progressiveIdiom'] as const;
export const HEALTH_CATEGORIES = ['diagnosis', 'medication', 'symptom', 'treatment', 'risk'] as const;

const riskRule = z
  .strictObject({
    ...base,
    kind: z.enum(RISK_KINDS),
    who: z.enum(['self', 'other', 'check']),
    flags: z.optional(z.array(z.enum(RISK_FLAGS))),
    count: z.optional(z.int().check(z.positive())),
    /** Kept only when the paragraph also has one of these phrases (a will is risk when it is "for after"). */
    cue: z.optional(phraseList),
  })
  .check(z.refine(oneOf, ONE_OF));
const purposeRule = z
  .strictObject({ ...base, purpose: z.enum(PURPOSES), weak: z.optional(z.literal(true)) })
  .check(z.refine(oneOf, ONE_OF));
const healthRule = z.strictObject({ ...base, category: z.enum(HEALTH_CATEGORIES) }).check(z.refine(oneOf, ONE_OF));
const ruleFile = <T extends z.ZodMiniType>(rule: T) => z.strictObject({ about: z.string(), rules: z.array(rule) });
const lexiconSchema = z.strictObject({
  about: z.string(),
  concepts: z.record(
    z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    z.strictObject({ about: z.string(), terms: z.array(text).check(z.minLength(1)) }),
  ),
});

export type RiskRuleData = z.infer<typeof riskRule>;
export type PurposeRuleData = z.infer<typeof purposeRule>;
export type HealthRuleData = z.infer<typeof healthRule>;

export const LEXICON = lexiconSchema.parse(lexiconFile).concepts;

const expanded = new Map<string, readonly string[]>();

/**
 * The terms of a concept of the lexicon; a term `@other` includes another concept's terms.
 * Throws on an unknown name (a typo in a rule file) or a concept that includes itself.
 */
export function concept(name: string, seen: readonly string[] = []): readonly string[] {
  const done = expanded.get(name);
  if (done) return done;
  const c = LEXICON[name];
  if (!c) throw new Error(`unknown concept "${name}" in a rule file`);
  if (seen.includes(name)) throw new Error(`concept "${name}" includes itself`);
  const terms = [...new Set(c.terms.flatMap((t) => (t.startsWith('@') ? concept(t.slice(1), [...seen, name]) : [t])))];
  expanded.set(name, terms);
  return terms;
}

const CONCEPT_REF = /<([a-z][a-z0-9-]*)>/g;

/**
 * `<name>` in a pattern -> `(term|term|...)`. Inside a group the alternative is multiplied out
 * instead (`(my <people-close>|him)` -> `(my boss|my ex|...|him)`), as groups do not nest.
 */
export function expandPattern(pattern: string): string {
  const inGroups = pattern.replace(
    /\(([^()]*)\)/g,
    (_, body: string) => `(${body.split('|').flatMap(expandAlternative).join('|')})`,
  );
  return inGroups.replace(CONCEPT_REF, (_, name: string) => `(${concept(name).join('|')})`);
}

function expandAlternative(alt: string): string[] {
  const m = /<([a-z][a-z0-9-]*)>/.exec(alt);
  if (!m) return [alt];
  return concept(m[1]!).flatMap((term) =>
    expandAlternative(alt.slice(0, m.index) + term + alt.slice(m.index + m[0].length)),
  );
}

/** `@name` entries of a check list -> the concept's terms. */
export function expandList(list: readonly string[]): string[] {
  return list.flatMap((item) => (item.startsWith('@') ? concept(item.slice(1)) : [item]));
}

export function expandChecks(c: RuleChecks | undefined): RuleChecks | undefined {
  if (!c) return undefined;
  const out: RuleChecks = {};
  for (const [key, value] of Object.entries(c) as [keyof RuleChecks, unknown][]) {
    (out as Record<string, unknown>)[key] = Array.isArray(value) ? expandList(value as string[]) : value;
  }
  return out;
}

/** The patterns a rule compiles to: its match, or each order of its frame's concepts with a gap. */
export function patternsOf(rule: {
  match?: string | undefined;
  near?: { all: string[]; within: number } | undefined;
}): string[] {
  if (rule.match !== undefined) return [expandPattern(rule.match)];
  const { all, within } = rule.near!;
  const gap = ` .{0,${within}} `;
  const orders = all.length === 2 ? [all, [all[1]!, all[0]!]] : permutations(all);
  return orders.map((order) => expandPattern(order.join(gap)));
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** The three kinds of rule file, for `readRuleFile`. */
export const RULE_SCHEMAS = { risk: riskRule, purpose: purposeRule, health: healthRule } as const;

/**
 * One rule file, read as the background loads it: its schema, then the groups of every pattern it
 * writes (a nested group is an error, docs/analysis.md). Throws naming the file and the rule.
 */
export function readRuleFile<T extends (typeof RULE_SCHEMAS)[keyof typeof RULE_SCHEMAS]>(
  schema: T,
  file: string,
  data: unknown,
): z.infer<T>[] {
  const rules = ruleFile(schema).parse(data).rules as z.infer<T>[];
  for (const rule of rules as { id: string; match?: string | undefined; near?: { all: string[] } | undefined }[]) {
    for (const pattern of rule.match !== undefined ? [rule.match] : (rule.near?.all ?? [])) {
      const problem = groupProblem(pattern);
      if (problem) throw new Error(`${file}: rule ${rule.id}: ${problem} in "${pattern}"`);
    }
  }
  return rules;
}

function unique<T extends { id: string }>(rules: T[], file: string): T[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`${file}: duplicate rule id ${r.id}`);
    seen.add(r.id);
  }
  return rules;
}

export const RISK_DATA: readonly RiskRuleData[] = unique(
  [...readRuleFile(riskRule, 'risk.json', riskFile), ...readRuleFile(riskRule, 'risk-frames.json', riskFramesFile)],
  'risk.json and risk-frames.json',
);
export const PURPOSE_DATA: readonly PurposeRuleData[] = unique(
  [
    ...readRuleFile(purposeRule, 'purposes.json', purposesFile),
    ...readRuleFile(purposeRule, 'purposes-frames.json', purposesFramesFile),
  ],
  'purposes.json and purposes-frames.json',
);
export const HEALTH_DATA: readonly HealthRuleData[] = unique(
  readRuleFile(healthRule, 'health.json', healthFile),
  'health.json',
);
