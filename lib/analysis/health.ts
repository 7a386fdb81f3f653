import { compileChecks, passes, type Found, type NetRule } from './net';
import { expandChecks, HEALTH_DATA, patternsOf } from './rules';
import { spanOf, type Parsed } from './parse';
import type { HealthCategory, HealthHit, RiskHit } from './types';

/**
 * Health details (the `phi` finding, docs/interfaces.md): diagnoses, medication, symptoms, treatment content and risk.
 * Meant for a therapist's reply to a client: logistics (times, links, receipts, forms, fees) stay
 * clean; anything that says what the client is being treated for, or how, is a health detail.
 */

interface HealthRule extends NetRule {
  id: string;
  category: HealthCategory;
  compiled?: ReturnType<typeof compileChecks>;
}

/** The rules of lib/analysis/rules/health.json, compiled. */
export const HEALTH_RULES: HealthRule[] = HEALTH_DATA.map((d) => {
  const rule: HealthRule = { id: d.id, category: d.category, patterns: patternsOf(d) };
  const c = expandChecks(d.checks);
  if (c) {
    rule.checks = c;
    rule.compiled = compileChecks(c);
  }
  return rule;
});

/** Every health rule match that passed its checks, with its rule. */
export function healthMatches(p: Parsed, found: readonly Found[]): (HealthHit & { rule: string })[] {
  const out: (HealthHit & { rule: string })[] = [];
  for (const f of found) {
    if (f.concern !== 'health') continue;
    const rule = HEALTH_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    out.push({ rule: rule.id, category: rule.category, evidence: spanOf(p, f.a, f.b) });
  }
  return out;
}

export function detectHealth(p: Parsed, found: readonly Found[], risk: readonly RiskHit[]): HealthHit[] {
  const hits: HealthHit[] = healthMatches(p, found).map(({ category, evidence }) => ({ category, evidence }));
  // Risk language is a health detail at any level but idiom (a reply that mentions it carries it).
  for (const r of risk) if (r.reason !== 'idiom') hits.push({ category: 'risk', evidence: r.evidence });
  return dedupeHealth(hits);
}

/** One hit per stretch of text; risk wins over other categories, then the longest. */
export function dedupeHealth(hits: HealthHit[]): HealthHit[] {
  hits.sort((x, y) => x.evidence.start - y.evidence.start || y.evidence.end - x.evidence.end);
  const out: HealthHit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && hit.evidence.start < last.evidence.end) {
      if (hit.category === 'risk' && last.category !== 'risk') out[out.length - 1] = hit;
      continue;
    }
    out.push(hit);
  }
  return out;
}
