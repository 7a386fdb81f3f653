import {
  hasPastYear,
  isDistantPast,
  isHypothetical,
  isNegated,
  sentenceLaughs,
  subjectOf,
  topicUse,
} from './risk-context';
import { compileChecks, passes, type Found, type NetRule } from './net';
import { concept, expandChecks, expandList, patternsOf, RISK_DATA } from './rules';
import {
  clauseStart,
  clauseStartsAt,
  paragraphOf,
  phraseIn,
  phrases,
  sentenceOf,
  spanOf,
  type Parsed,
  type Phrase,
} from './parse';
import type { RiskHit, RiskKind, RiskReason } from './types';

/**
 * Risk of harm (docs/analysis.md): the C-SSRS ladder (wish to be dead, suicidal thoughts, method,
 * intent, plan, preparation), self-harm and harm to others. Words about method and means count
 * on their own, without any feelings words. Context (negation, idiom, past, someone else, a
 * quotation, a hypothetical) lowers a hit; nothing here ever drops one.
 */

interface RiskRule extends NetRule {
  id: string;
  kind: RiskKind;
  /** self: the pattern names the writer; other: it names someone else; check: look for the subject. */
  who: 'self' | 'other' | 'check';
  /** A topic word ("suicide", "self-harm"): generic mentions are lowered. */
  topic?: boolean;
  /** An idiom ("this deadline is killing me"): always lowered. */
  idiom?: boolean;
  /** Past by nature (scars): lowered unless the sentence says it is recent. */
  past?: boolean;
  /** Accidental injuries ("burned myself cooking") are lowered as idiom. */
  accident?: boolean;
  /** Hyperbole when the sentence laughs ("I'm going to kill my brother lol"). */
  laugh?: boolean;
  /** Quantity of tablets: needs at least this many (or a dangerous amount in mg/g). */
  count?: number;
  /** Kind may be upgraded to intent/plan when the clause says so. */
  upgrade?: boolean;
  /** "I've been killing myself at the gym": a progressive with a busy complement is an idiom. */
  progressiveIdiom?: boolean;
  compiled?: ReturnType<typeof compileChecks>;
  /** Kept only when the paragraph has one of these phrases. */
  cue?: Phrase[];
  /** A frame of concepts (`near`): negated only when both of its ends are. */
  frame?: boolean;
}

/** The rules of lib/analysis/rules/risk.json and risk-frames.json, compiled. */
export const RISK_RULES: RiskRule[] = RISK_DATA.map((d) => {
  const rule: RiskRule = { id: d.id, kind: d.kind, who: d.who, patterns: patternsOf(d) };
  for (const flag of d.flags ?? []) rule[flag] = true;
  if (d.count) rule.count = d.count;
  if (d.near) rule.frame = true;
  if (d.cue) rule.cue = phrases(expandList(d.cue));
  const c = expandChecks(d.checks);
  if (c) {
    rule.checks = c;
    rule.compiled = compileChecks(c);
  }
  return rule;
});

// ---------------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
};

/** The quantity in a "took 30 tylenol" match meets the rule's minimum (pills, or a dangerous mg/g amount). */
function quantityOk(p: Parsed, a: number, b: number, min: number): boolean {
  let value = 0;
  let unit = '';
  for (let i = a; i < b; i++) {
    const t = p.toks[i]!;
    const digits = /^(\d+(?:\.\d+)?)/.exec(t.w);
    if (digits && t.tags.has('Value')) value = Math.max(value, Number(digits[1]));
    else if (NUMBER_WORDS[t.w]) value = Math.max(value, NUMBER_WORDS[t.w]!);
    if (/^(mg|milligrams?|grams?|g)$/.test(t.w)) unit = t.w;
    if (/^\d+(mg|g)$/.test(p.text.slice(t.start, t.end).toLowerCase().replace(/\s/g, '')))
      unit ||= /mg$/i.test(p.text.slice(t.start, t.end)) ? 'mg' : 'g';
  }
  if (unit.startsWith('m')) return value >= 4000;
  if (unit) return value >= 4;
  return value >= min;
}

const INTENT = phrases(concept('intent'));
const PLAN_WORDS = phrases(['plan', 'plans', 'planning', 'planned']);
const TIME = phrases([
  'tonight',
  'tomorrow',
  'this weekend',
  'this week',
  'next week',
  'on #WeekDay',
  'at #Time',
  'after work',
  'after school',
  'after everyone',
  'when everyone',
  'after the kids',
  'this evening',
  'this afternoon',
  'on #Date',
  'by #Date',
  'before #Date',
  'when they are asleep',
  'when he is asleep',
  'when she is asleep',
]);
const FUTURE_ONLY_INTENT = phrases(concept('intent-future'));

function upgradeKind(p: Parsed, kind: RiskKind, a: number): RiskKind {
  const c0 = clauseStart(p, a, 10);
  const [s0, s1] = sentenceOf(p, a);
  if (phraseIn(p, PLAN_WORDS, Math.max(s0, c0 - 2), a, a) >= 0) return 'plan';
  const intent = phraseIn(p, FUTURE_ONLY_INTENT, c0, a, a) >= 0;
  const wants = phraseIn(p, INTENT, c0, a, a) >= 0;
  const time = phraseIn(p, TIME, s0, s1, s1) >= 0;
  if (intent && time) return 'plan';
  if (intent) return 'intent';
  if (wants && time && kind === 'suicidal-thoughts') return 'plan';
  return kind;
}

const SEVERITY: Record<RiskKind, number> = {
  plan: 8,
  preparation: 7,
  intent: 6,
  method: 5,
  'harm-to-others': 4,
  'self-harm': 3,
  'suicidal-thoughts': 2,
  'wish-to-die': 1,
};

export interface Cand {
  /** The rule that matched (`emoji.pill` for the pill emoji, which is not a pattern). */
  rule: string;
  kind: RiskKind;
  reason: RiskReason | undefined;
  a: number;
  b: number;
  /** From an idiom pattern: it wins over the plainer match it contains ("rather die than" over "rather die"). */
  idiomRule?: boolean;
}

function classify(p: Parsed, rule: RiskRule, a: number, b: number, quoted: Uint8Array): Cand {
  let reason: RiskReason | undefined;
  if (rule.idiom) reason = 'idiom';
  if (!reason && rule.topic) {
    const use = topicUse(p, a, b);
    if (use === 'idiom') reason = 'idiom';
    else if (use === 'generic') reason = 'hypothetical';
    else if (use === 'by') reason = 'third-party';
  }
  if (!reason && quoted[a]) reason = 'quoted';
  if (!reason && rule.who === 'other') reason = 'third-party';
  if (!reason && rule.who === 'check' && subjectOf(p, a) === 'other') reason = 'third-party';
  if (!reason && rule.accident) {
    const [s0, s1] = sentenceOf(p, a);
    if (phraseIn(p, DELIBERATE, s0, s1, s1) < 0 && phraseIn(p, ACCIDENT_PHRASES, s0, s1, s1) >= 0) reason = 'idiom';
  }
  if (!reason && rule.progressiveIdiom && killingMyselfIdiom(p, a, b)) reason = 'idiom';
  if (!reason && rule.laugh && sentenceLaughs(p, a) && rule.kind === 'harm-to-others') reason = 'idiom';
  if (!reason && isNegated(p, a, b) && (!rule.frame || isNegated(p, b - 1, b))) reason = 'negated';
  if (!reason && isHypothetical(p, a)) reason = 'hypothetical';
  if (!reason && (isDistantPast(p, a) || hasPastYear(p, a))) reason = 'past';
  if (!reason && rule.past) {
    const [s0, s1] = sentenceOf(p, a);
    if (
      phraseIn(
        p,
        phrases(['fresh', 'new', 'again', 'lately', 'recently', 'last night', 'yesterday', 'this week']),
        s0,
        s1,
        s1,
      ) < 0
    )
      reason = 'past';
  }
  let kind = rule.kind;
  if (!reason && rule.upgrade) kind = upgradeKind(p, kind, a);
  return rule.idiom ? { rule: rule.id, kind, reason, a, b, idiomRule: true } : { rule: rule.id, kind, reason, a, b };
}

const ACCIDENT_PHRASES = phrases(concept('accident'));
const DELIBERATE = phrases(concept('deliberate'));
const PROGRESSIVE = new Set(['been', 'am', 'was', 'were', 'is', 'are', 'be', 'keep', 'kept']);
const IDIOM_AFTER = phrases([
  'at',
  'with',
  'over',
  'trying',
  'working',
  'studying',
  'laughing',
  'to finish',
  'to get',
  'to make',
  'to meet',
  'to keep',
  'to please',
  'for',
  'on',
]);

/** "I've been killing myself at the gym", "killing myself trying to please everyone". */
function killingMyselfIdiom(p: Parsed, a: number, b: number): boolean {
  const prev = p.toks[a - 1];
  if (!prev || !PROGRESSIVE.has(prev.w)) return false;
  const [, s1] = sentenceOf(p, a);
  for (const ph of IDIOM_AFTER) if (b < s1 && ph.every((w, k) => p.toks[b + k]?.w === w)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Emoji: the pill emoji is among the strongest single signals crisis lines see (docs/analysis.md, Crisis Text Line's analysis).

const PILL_EMOJI = '\u{1F48A}';
const ROUTINE_PHRASES = phrases([
  ...concept('routine-meds'),
  'take',
  'took',
  'taking',
  'forgot',
  'remember',
  'remind',
  'reminder',
  'dose',
  'am',
  'pm',
]);

function emojiHits(p: Parsed, quoted: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < p.toks.length; i++) {
    const t = p.toks[i]!;
    const surface = p.text.slice(t.start, t.end) + t.pre + t.post;
    if (!surface.includes(PILL_EMOJI)) continue;
    const count = surface.split(PILL_EMOJI).length - 1;
    const [s0, s1] = sentenceOf(p, i);
    if (count === 1 && phraseIn(p, ROUTINE_PHRASES, s0, s1, s1) >= 0) continue;
    const reason: RiskReason | undefined = quoted[i] ? 'quoted' : isNegated(p, i, i + 1) ? 'negated' : undefined;
    // the emoji may sit in the token's punctuation: point the evidence at it
    out.push({ rule: 'emoji.pill', kind: 'method', reason, a: i, b: i + 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function detectRisk(p: Parsed, found: readonly Found[], quoted: Uint8Array): RiskHit[] {
  return resolve(p, riskCandidates(p, found, quoted));
}

/** Every rule match that passed its checks, with its level, before overlaps are resolved. */
export function riskCandidates(p: Parsed, found: readonly Found[], quoted: Uint8Array): Cand[] {
  const cands: Cand[] = [];
  for (const f of found) {
    if (f.concern !== 'risk') continue;
    const rule = RISK_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    if (rule.count && !quantityOk(p, f.a, f.b, rule.count)) continue;
    if (rule.cue) {
      const [from, to] = paragraphOf(p, f.a);
      if (phraseIn(p, rule.cue, from, to, to) < 0) continue;
    }
    if (rule.frame && crossesClause(p, f.a, f.b)) continue;
    cands.push(classify(p, rule, f.a, f.b, quoted));
  }
  if (p.text.includes(PILL_EMOJI)) cands.push(...emojiHits(p, quoted));
  return cands;
}

/** The concepts of a frame belong together only within one clause ("I don't want to die | but I keep thinking"). */
function crossesClause(p: Parsed, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (clauseStartsAt(p, i)) return true;
  return false;
}

/** One hit per stretch of text: overlapping candidates keep the current one, then the most severe, then the longest. */
function resolve(p: Parsed, cands: Cand[]): RiskHit[] {
  const better = (x: Cand, y: Cand): boolean => {
    if (x.idiomRule && !y.idiomRule && x.a <= y.a && y.b <= x.b) return true;
    if (y.idiomRule && !x.idiomRule && y.a <= x.a && x.b <= y.b) return false;
    if (!x.reason !== !y.reason) return !x.reason;
    if (SEVERITY[x.kind] !== SEVERITY[y.kind]) return SEVERITY[x.kind] > SEVERITY[y.kind];
    return x.b - x.a > y.b - y.a;
  };
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  const kept: Cand[] = [];
  for (const c of cands) {
    const overlapping = kept.findIndex((k) => c.a < k.b && k.a < c.b);
    if (overlapping < 0) kept.push(c);
    else if (better(c, kept[overlapping]!)) kept[overlapping] = c;
  }
  kept.sort((x, y) => x.a - y.a);
  return kept.map((c) => {
    const evidence =
      c.b - c.a === 1 && p.text.slice(p.toks[c.a]!.start, p.toks[c.a]!.end).length === 0
        ? emojiSpan(p, c.a)
        : spanOf(p, c.a, c.b);
    const hit: RiskHit = { kind: c.kind, level: c.reason ? 'lowered' : 'current', evidence };
    if (c.reason) hit.reason = c.reason;
    return hit;
  });
}

function emojiSpan(p: Parsed, i: number) {
  const t = p.toks[i]!;
  const from = Math.max(0, t.start - t.pre.length);
  const idx = p.text.indexOf(PILL_EMOJI, from);
  const start = idx >= 0 ? idx : t.start;
  const end = idx >= 0 ? idx + PILL_EMOJI.length : t.end;
  return { text: p.text.slice(start, end), start, end };
}

// ---------------------------------------------------------------------------------------------
// Whole-draft rule: a farewell (thanks for everything + goodbye / no more sessions).

const GRATITUDE =
  /\bthank(?:s| you)(?: so much)? for (?:trying(?: to help(?: me)?)?|everything(?: you(?:'ve| have) done)?|all (?:that )?you(?:'ve| have) done|all your help|putting up with me|being there|not giving up on me)\b/gi;
const FINALITY =
  /\b(?:good-?bye(?! for now)|farewell|(?:or|any) (?:more |other )?sessions?\b(?! (?:next|this|on|at))|won'?t be (?:coming|back) (?:any ?more|again)|this is the end|my last (?:email|message))\b/i;

export function farewell(text: string): RiskHit[] {
  if (!FINALITY.test(text)) return [];
  const out: RiskHit[] = [];
  for (const m of text.matchAll(GRATITUDE)) {
    out.push({
      kind: 'preparation',
      level: 'current',
      evidence: { text: m[0], start: m.index, end: m.index + m[0].length },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Last resort when compromise cannot parse the text: plain patterns, never lowered.

const FALLBACK =
  /\b(kill(?:ing|ed)? myself|end(?:ing)? my life|suicid\w*|want(?:ed)? to die|better off dead|self[- ]?harm\w*|overdos\w*|cut(?:ting)? myself|hurt(?:ing)? myself)\b|\u{1F48A}/giu;

export function fallbackRisk(text: string): RiskHit[] {
  const out: RiskHit[] = [];
  for (const m of text.slice(0, 2_000_000).matchAll(FALLBACK)) {
    out.push({
      kind: 'suicidal-thoughts',
      level: 'current',
      evidence: { text: m[0], start: m.index, end: m.index + m[0].length },
    });
  }
  return out;
}
