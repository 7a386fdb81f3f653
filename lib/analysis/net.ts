import { Matcher } from './matcher';
import { phraseAt, phraseEndingAt, phraseIn, phrases, sentenceOf, type Parsed, type Phrase } from './parse';

/**
 * All match patterns of all three analyses are compiled into ONE matcher (matcher.ts) and run in
 * one pass over the one compromise parse. A rule is a pattern in compromise match syntax plus
 * optional cheap checks on the tokens around the match (the syntax has no look-ahead or -behind).
 */

export interface RuleChecks {
  /** Rejected when one of these phrases begins right after the match. */
  notNext?: readonly string[];
  /** Rejected when one of these phrases ends right before the match. */
  notPrev?: readonly string[];
  /** Needs one of these phrases somewhere in the sentence. */
  needNear?: readonly string[];
  /** Rejected when one of these phrases is in the sentence. */
  notNear?: readonly string[];
  /** Needs one of these phrases to begin within `window` tokens before the match (same sentence). */
  needBefore?: readonly string[];
  /** Needs one of these phrases to begin within `window` tokens after the match (same sentence). */
  needAfter?: readonly string[];
  /** Window for needBefore / needAfter; default 6. */
  window?: number;
}

interface CompiledChecks {
  notNext?: Phrase[];
  notPrev?: Phrase[];
  needNear?: Phrase[];
  notNear?: Phrase[];
  needBefore?: Phrase[];
  needAfter?: Phrase[];
  window: number;
}

export function compileChecks(c: RuleChecks): CompiledChecks {
  const out: CompiledChecks = { window: c.window ?? 6 };
  if (c.notNext) out.notNext = phrases(c.notNext);
  if (c.notPrev) out.notPrev = phrases(c.notPrev);
  if (c.needNear) out.needNear = phrases(c.needNear);
  if (c.notNear) out.notNear = phrases(c.notNear);
  if (c.needBefore) out.needBefore = phrases(c.needBefore);
  if (c.needAfter) out.needAfter = phrases(c.needAfter);
  return out;
}

/** Do the checks pass for the match of tokens [a, b)? */
export function passes(p: Parsed, c: CompiledChecks, a: number, b: number): boolean {
  const [s0, s1] = sentenceOf(p, a);
  if (c.notNext) for (const ph of c.notNext) if (phraseAt(p, b, ph, s1)) return false;
  if (c.notPrev && phraseEndingAt(p, c.notPrev, a, s0)) return false;
  if (c.needNear && phraseIn(p, c.needNear, s0, s1, s1) < 0) return false;
  if (c.notNear && phraseIn(p, c.notNear, s0, s1, s1) >= 0) return false;
  if (c.needBefore && phraseIn(p, c.needBefore, Math.max(s0, a - c.window), a, a) < 0) return false;
  if (c.needAfter && phraseIn(p, c.needAfter, b, Math.min(s1, b + c.window), s1) < 0) return false;
  return true;
}

export type Concern = 'risk' | 'purpose' | 'health';

export interface NetRule {
  /** Patterns in the matcher's syntax; a match of any of them is a match of the rule. */
  patterns: readonly string[];
  checks?: RuleChecks;
}

/** A sweep result: the rule (by concern and index in that concern's list) and its token range. */
export interface Found {
  concern: Concern;
  index: number;
  a: number;
  b: number;
}

/** All rules of all concerns in one compiled matcher (compiled on first use). */
export class RuleNet {
  private matcher: Matcher<{ concern: Concern; index: number }> | undefined;
  private readonly rules: Record<Concern, readonly NetRule[]>;

  constructor(rules: Record<Concern, readonly NetRule[]>) {
    this.rules = rules;
  }

  private build(): Matcher<{ concern: Concern; index: number }> {
    const entries: { match: string; payload: { concern: Concern; index: number } }[] = [];
    for (const concern of ['risk', 'purpose', 'health'] as const) {
      this.rules[concern].forEach((rule, index) => {
        for (const match of rule.patterns) entries.push({ match, payload: { concern, index } });
      });
    }
    return new Matcher(entries);
  }

  /** Run every rule over the parse in one pass. */
  sweep(p: Parsed): Found[] {
    this.matcher ??= this.build();
    return this.matcher.run(p).map((m) => ({ concern: m.payload.concern, index: m.payload.index, a: m.a, b: m.b }));
  }
}
