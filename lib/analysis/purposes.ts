import type { Purpose } from '../policy/contact-policy';
import { compileChecks, passes, type Found, type NetRule } from './net';
import { expandChecks, patternsOf, PURPOSE_DATA } from './rules';
import { spanOf, type Parsed } from './parse';
import type { HealthHit, PurposeHit, RiskHit, Span } from './types';

/**
 * Which purposes a draft serves (the purposes vocabulary, docs/interfaces.md). A draft may serve several. A purpose
 * is detected on one strong signal or two weak ones (weak: "lol", "see you", a single feeling word).
 */

interface PurposeRule extends NetRule {
  id: string;
  purpose: Purpose;
  weak?: boolean;
  compiled?: ReturnType<typeof compileChecks>;
}

/** The rules of lib/analysis/rules/purposes.json, compiled. */
export const PURPOSE_RULES: PurposeRule[] = PURPOSE_DATA.map((d) => {
  const rule: PurposeRule = { id: d.id, purpose: d.purpose, patterns: patternsOf(d) };
  if (d.weak) rule.weak = true;
  const c = expandChecks(d.checks);
  if (c) {
    rule.checks = c;
    rule.compiled = compileChecks(c);
  }
  return rule;
});

const ORDER: readonly Purpose[] = ['scheduling', 'admin', 'checkin', 'support', 'clinical', 'casual'];

export interface Signal {
  rule: string;
  purpose: Purpose;
  span: Span;
  weak: boolean;
}

/** Every purpose rule match that passed its checks. */
export function purposeSignals(p: Parsed, found: readonly Found[]): Signal[] {
  const signals: Signal[] = [];
  for (const f of found) {
    if (f.concern !== 'purpose') continue;
    const rule = PURPOSE_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    signals.push({ rule: rule.id, purpose: rule.purpose, span: spanOf(p, f.a, f.b), weak: !!rule.weak });
  }
  return signals;
}

/**
 * Purposes from the rule matches, decided paragraph by paragraph (so that a paragraph's result
 * does not depend on its neighbours: analyzeParagraphs caches paragraphs). Weak signals count
 * when the same paragraph has two of them or a strong one for the same purpose.
 */
export function detectPurposes(
  p: Parsed,
  found: readonly Found[],
  paragraphs: readonly (readonly [number, number])[],
): PurposeHit[] {
  const signals = purposeSignals(p, found);
  const byPurpose = new Map<Purpose, Span[]>();
  for (const [start, end] of paragraphs) {
    const here = signals.filter((s) => s.span.start >= start && s.span.start < end);
    for (const purpose of ORDER) {
      const mine = here.filter((s) => s.purpose === purpose);
      const strong = mine.some((s) => !s.weak);
      const weakCount = new Set(mine.filter((s) => s.weak).map((s) => s.span.start)).size;
      if (strong || weakCount >= 2)
        byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), ...mine.map((s) => s.span)]);
    }
  }
  return toHits(byPurpose);
}

function toHits(byPurpose: Map<Purpose, Span[]>): PurposeHit[] {
  const out: PurposeHit[] = [];
  for (const purpose of ORDER) {
    const spans = byPurpose.get(purpose);
    if (spans?.length) out.push({ purpose, evidence: dedupe(spans) });
  }
  return out;
}

function dedupe(spans: Span[]): Span[] {
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue; // overlapping evidence: keep the first, longest
    out.push(s);
  }
  return out;
}

const FEELING =
  /\b(?:I (?:feel|felt|realized|realised|noticed|think|thought|remember|keep|kept|used to|never|always|wonder|wanted)|makes? me feel|it hurts|I'm (?:ashamed|angry|sad|afraid|scared|hurt)|painful)\b/gi;
const WORD = /[\p{L}\p{N}]+/gu;
const LOWERED_PURPOSE: Partial<Record<NonNullable<RiskHit['reason']>, Purpose>> = {
  hypothetical: 'checkin',
  negated: 'checkin',
  'third-party': 'clinical',
  past: 'clinical',
};

/**
 * Whole-draft additions: current risk means the writer is reaching out for support; a long draft
 * full of the writer's own feelings and memories is clinical ("processing feelings at length").
 */
export function finalizePurposes(
  text: string,
  local: readonly PurposeHit[],
  risk: readonly RiskHit[],
  health: readonly HealthHit[] = [],
): PurposeHit[] {
  const byPurpose = new Map<Purpose, Span[]>();
  for (const h of local) byPurpose.set(h.purpose, [...(byPurpose.get(h.purpose) ?? []), ...h.evidence]);
  // Current risk is reaching out (support) and tells of thoughts, acts or means (clinical content:
  // writers label such drafts either way, and both are outside most policies' email purposes).
  const current = risk.filter((r) => r.level === 'current').map((r) => r.evidence);
  if (current.length) {
    byPurpose.set('support', [...(byPurpose.get('support') ?? []), ...current]);
    byPurpose.set('clinical', [...(byPurpose.get('clinical') ?? []), ...current]);
  }
  // Health details by concept (a symptom, a medication, a diagnosis, treatment content) are therapy
  // content once there are two of them, or one in a draft of some length.
  const details = health.filter((h) => h.category !== 'risk').map((h) => h.evidence);
  const words = text.match(WORD)?.length ?? 0;
  if (details.length >= 3 || (details.length === 2 && words >= 60)) {
    byPurpose.set('clinical', [...(byPurpose.get('clinical') ?? []), ...details]);
  }
  // the writer's own past risk ("I tried to kill myself when I was 17") is history: clinical content
  const past = risk.filter((r) => r.reason === 'past').map((r) => r.evidence);
  if (past.length) byPurpose.set('clinical', [...(byPurpose.get('clinical') ?? []), ...past]);
  // A draft that only talks about risk without being at risk still has a purpose: asking what to
  // do if (hypothetical, a negation) is a check-in; someone else's or one's own past is therapy
  // content. Only when nothing else was found.
  if (!byPurpose.size) {
    for (const r of risk) {
      const purpose = r.reason && LOWERED_PURPOSE[r.reason];
      if (purpose) byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), r.evidence]);
    }
  }
  if (!byPurpose.has('clinical')) {
    const words = text.match(WORD)?.length ?? 0;
    if (words >= 90) {
      const feelings = [...text.matchAll(FEELING)].map((m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }));
      if (feelings.length >= 4) byPurpose.set('clinical', feelings);
    }
  }
  return toHits(byPurpose);
}
