import { quotedMask } from './risk-context';
import { dedupeHealth, detectHealth, HEALTH_RULES, healthMatches } from './health';
import { RuleNet } from './net';
import { parse } from './parse';
import { detectPurposes, finalizePurposes, PURPOSE_RULES, purposeSignals } from './purposes';
import { detectRisk, fallbackRisk, farewell, RISK_RULES, riskCandidates } from './risk';
import type { Analysis, HealthHit, PurposeHit, RiskHit, RiskReason, Span } from './types';

export type * from './types';

/**
 * The text analysis engine: which purposes a draft serves, whether it expresses risk of harm, and
 * whether it carries health details. Pure: no DOM, no browser API.
 *
 * One compromise parse per text, one sweep of one compiled net of all rules over it; then cheap
 * checks on the tokens around each match.
 */

let net: RuleNet | undefined;
const ruleNet = (): RuleNet =>
  (net ??= new RuleNet({ risk: RISK_RULES, purpose: PURPOSE_RULES, health: HEALTH_RULES }));

const CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** Paragraphs: [start, end) ranges of the text between blank lines, blank ones left out. */
export function paragraphRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    if (text.slice(start, m.index).trim()) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/** The paragraph-local part of the analysis (every rule that looks no further than its paragraph). */
function analyzeLocal(text: string): Analysis {
  if (!CONTENT.test(text)) return { purposes: [], risk: [], health: [] };
  const p = parse(text);
  const found = ruleNet().sweep(p);
  const quoted = quotedMask(p);
  const risk = detectRisk(p, found, quoted);
  const purposes = detectPurposes(p, found, paragraphRanges(text));
  const health = detectHealth(p, found, risk);
  return { purposes, risk, health };
}

/** The whole-draft rules, on top of the merged paragraph-local results. */
function finalize(text: string, local: Analysis): Analysis {
  const extra = farewell(text).filter((x) => !local.risk.some((r) => overlaps(r.evidence, x.evidence)));
  const risk = extra.length
    ? [...local.risk, ...extra].sort((x, y) => x.evidence.start - y.evidence.start)
    : local.risk;
  const health = extra.length
    ? dedupeHealth([...local.health, ...extra.map((r): HealthHit => ({ category: 'risk', evidence: r.evidence }))])
    : local.health;
  const purposes = finalizePurposes(text, local.purposes, risk, health);
  return { purposes, risk, health };
}

/** Which rule fired where, for the rule-file tests and `npm run eval` (not used at send time). */
export interface RuleFiring {
  concern: 'risk' | 'purpose' | 'health';
  rule: string;
  text: string;
  /** Risk only: the level this match would have on its own. */
  level?: 'current' | 'lowered';
  /** Risk only: why it was lowered. */
  reason?: RiskReason;
}

export function explainRules(text: string): RuleFiring[] {
  const p = parse(text);
  const found = ruleNet().sweep(p);
  const out: RuleFiring[] = [];
  for (const c of riskCandidates(p, found, quotedMask(p))) {
    const firing: RuleFiring = {
      concern: 'risk',
      rule: c.rule,
      text: p.text.slice(p.toks[c.a]!.start, p.toks[c.b - 1]!.end),
      level: c.reason ? 'lowered' : 'current',
    };
    if (c.reason) firing.reason = c.reason;
    out.push(firing);
  }
  for (const s of purposeSignals(p, found)) out.push({ concern: 'purpose', rule: s.rule, text: s.span.text });
  for (const h of healthMatches(p, found)) out.push({ concern: 'health', rule: h.rule, text: h.evidence.text });
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Analyse a draft (already without quoted reply and signature). Never throws: if the parser fails
 * on some input, plain patterns still look for risk language.
 */
export function analyzeText(text: string): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return finalize(input, analyzeLocal(input));
  } catch {
    return fallback(input);
  }
}

const MAX_CACHE = 256;

/**
 * Analyse paragraph by paragraph (split on blank lines), reusing `cache` (paragraph text ->
 * analysis of that paragraph; kept to a bounded size, least recently used first out). Equal to
 * `analyzeText(text)`: every rule is paragraph-local except the whole-draft ones, which run on the
 * merged result. Re-analysing while the user types costs one paragraph.
 */
export function analyzeParagraphs(text: string, cache: Map<string, Analysis>): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    const purposes = new Map<PurposeHit['purpose'], Span[]>();
    const risk: RiskHit[] = [];
    const health: HealthHit[] = [];
    for (const [start, end] of paragraphRanges(input)) {
      const para = input.slice(start, end);
      let local = cache.get(para);
      if (local) {
        cache.delete(para); // refresh its place in the LRU order
      } else {
        local = analyzeLocal(para);
      }
      cache.set(para, local);
      while (cache.size > MAX_CACHE) cache.delete(cache.keys().next().value!);
      for (const h of local.purposes) {
        const list = purposes.get(h.purpose) ?? [];
        for (const e of h.evidence) list.push(shift(e, start));
        purposes.set(h.purpose, list);
      }
      for (const r of local.risk) risk.push({ ...r, evidence: shift(r.evidence, start) });
      for (const h of local.health) health.push({ ...h, evidence: shift(h.evidence, start) });
    }
    const merged: Analysis = {
      purposes: [...purposes].map(([purpose, evidence]) => ({ purpose, evidence })),
      risk,
      health,
    };
    return finalize(input, merged);
  } catch {
    return fallback(input);
  }
}

function shift(s: Span, by: number): Span {
  return { text: s.text, start: s.start + by, end: s.end + by };
}

function fallback(text: string): Analysis {
  try {
    const risk = fallbackRisk(text);
    return { purposes: [], risk, health: risk.map((r) => ({ category: 'risk', evidence: r.evidence })) };
  } catch {
    return { purposes: [], risk: [], health: [] };
  }
}
