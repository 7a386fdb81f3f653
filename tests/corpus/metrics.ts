import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/analysis/index';
import type { Analysis } from '../../lib/analysis/types';
import { PURPOSES, type Purpose } from '../../lib/policy/contact-policy';

/**
 * Loads the labelled corpus (tests/corpus/README.md) and computes the metrics that
 * `npm run eval` prints and tests/unit/lib/analysis/corpus-floors.test.ts holds at their floors.
 */

/** A set of rows: `shared`, `own`, `dev` (tuned on) or `blind/<batch>` (never tuned on). */
export type Source = string;
export type Level = 'lowered' | 'none' | 'any';

export interface DraftRow {
  source: Source;
  id: string;
  purposes: Purpose[];
  crisis: boolean;
  subject: string;
  body: string;
  /** For hard negatives (crisis-levels.tsv): the expected crisis level. */
  level?: Level;
}

export interface ReplyRow {
  source: Source;
  id: string;
  phi: boolean;
  subject: string;
  body: string;
}

const DIR = fileURLToPath(new URL('.', import.meta.url));

/** The sets the rules were written against (their figures say little about new text). */
export const TUNED_SETS = ['shared', 'own', 'dev', 'dev2', 'dev3'] as const;

/** Blind batches (tests/corpus/blind/README.md), oldest first. */
export function blindSets(): string[] {
  const dir = join(DIR, 'blind');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'drafts.tsv')))
    .map((e) => `blind/${e.name}`)
    .sort();
}

function rows(path: string): string[][] {
  if (!existsSync(join(DIR, path))) return [];
  return readFileSync(join(DIR, path), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** Expected crisis levels of hard negatives: the top-level file (for shared/own) and each set's own. */
function levelsOf(source: Source): Map<string, Level> {
  const levels = new Map<string, Level>();
  const top = TUNED_SETS.includes(source as (typeof TUNED_SETS)[number]) && !source.startsWith('dev');
  const file = top ? 'crisis-levels.tsv' : `${source}/crisis-levels.tsv`;
  for (const [name, id, level] of rows(file)) {
    const key = top ? name! : `${source}/${name}`;
    levels.set(`${key}:${id}`, level as Level);
  }
  return levels;
}

export function loadSet(source: Source): { drafts: DraftRow[]; replies: ReplyRow[] } {
  const levels = levelsOf(source);
  const drafts: DraftRow[] = [];
  const replies: ReplyRow[] = [];
  for (const cols of rows(`${source}/drafts.tsv`)) {
    const [id, purpose, crisis, subject, body] = cols;
    if (cols.length !== 5) throw new Error(`${source}/drafts.tsv ${id}: expected 5 columns, got ${cols.length}`);
    const purposes = purpose!.split('+') as Purpose[];
    for (const p of purposes) if (!PURPOSES.includes(p)) throw new Error(`${source}/drafts.tsv ${id}: unknown purpose ${p}`);
    const row: DraftRow = { source, id: id!, purposes, crisis: crisis === '1', subject: subject!, body: body! };
    const level = levels.get(`${source}/drafts.tsv:${id}`);
    if (level) row.level = level;
    drafts.push(row);
  }
  for (const cols of rows(`${source}/replies.tsv`)) {
    const [id, phi, subject, body] = cols;
    if (cols.length !== 4) throw new Error(`${source}/replies.tsv ${id}: expected 4 columns, got ${cols.length}`);
    replies.push({ source, id: id!, phi: phi === '1', subject: subject!, body: body! });
  }
  return { drafts, replies };
}

/** Every tuned set (shared, own, dev), rows tagged with their set. */
export function loadCorpus(): { drafts: DraftRow[]; replies: ReplyRow[] } {
  const sets = TUNED_SETS.map(loadSet);
  return { drafts: sets.flatMap((s) => s.drafts), replies: sets.flatMap((s) => s.replies) };
}

/** The purposes a policy of the most common shape allows (the example policy of docs/interfaces.md). */
export const ALLOWED: readonly Purpose[] = ['scheduling', 'admin', 'checkin'];
const warns = (set: Iterable<Purpose>) => [...set].some((p) => !ALLOWED.includes(p));

export interface Ratio {
  hit: number;
  of: number;
}
const ratio = (hit: number, of: number): Ratio => ({ hit, of });
export const value = (r: Ratio): number => (r.of ? r.hit / r.of : NaN);

/** Wilson score interval at 95% (z = 1.96): what a proportion from `of` rows can and cannot show. */
export function wilson(r: Ratio, z = 1.96): [number, number] {
  if (!r.of) return [NaN, NaN];
  const p = r.hit / r.of;
  const z2 = z * z;
  const centre = (p + z2 / (2 * r.of)) / (1 + z2 / r.of);
  const half = (z / (1 + z2 / r.of)) * Math.sqrt((p * (1 - p)) / r.of + z2 / (4 * r.of * r.of));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Report {
  rows: number;
  replies: number;
  perPurpose: Record<Purpose, { tp: number; fp: number; fn: number }>;
  /** Labelled purposes all detected, and the purpose warning under ALLOWED is the one the labels give. */
  purposeAccuracy: Ratio;
  /** Labelled purposes all detected, and nothing detected outside the labels that ALLOWED would warn about. */
  purposeAccuracyStrict: Ratio;
  crisisRecall: Ratio;
  /** Hard negatives (crisis-levels.tsv) with a 'current' hit. */
  crisisFalseAlarms: Ratio;
  /** Every crisis=0 row with a 'current' hit. */
  crisisFalseAlarmsAll: Ratio;
  /** Hard negatives expected 'lowered' that do get a (lowered) hit. */
  loweredShown: Ratio;
  /** Hard negatives expected 'none' that get any risk hit. */
  noneNoise: Ratio;
  healthRecall: Ratio;
  healthFalseAlarms: Ratio;
  failures: string[];
}

export function evaluate(
  drafts: readonly DraftRow[],
  replies: readonly ReplyRow[],
  analyze: (text: string) => Analysis = analyzeText,
): Report {
  const perPurpose = Object.fromEntries(PURPOSES.map((p) => [p, { tp: 0, fp: 0, fn: 0 }])) as Report['perPurpose'];
  let acc = 0;
  let strict = 0;
  let crisisHit = 0;
  let crisisOf = 0;
  let hardFa = 0;
  let hardOf = 0;
  let allFa = 0;
  let negOf = 0;
  let loweredHit = 0;
  let loweredOf = 0;
  let noneHit = 0;
  let noneOf = 0;
  const failures: string[] = [];
  for (const row of drafts) {
    const a = analyze(row.body);
    const detected = new Set(a.purposes.map((h) => h.purpose));
    const labelled = new Set(row.purposes);
    for (const p of PURPOSES) {
      if (detected.has(p) && labelled.has(p)) perPurpose[p].tp++;
      else if (detected.has(p)) perPurpose[p].fp++;
      else if (labelled.has(p)) perPurpose[p].fn++;
    }
    const allFound = row.purposes.every((p) => detected.has(p));
    const sameWarning = warns(detected) === warns(labelled);
    const noExtraWarning = ![...detected].some((p) => !labelled.has(p) && !ALLOWED.includes(p));
    if (allFound && sameWarning) acc++;
    if (allFound && noExtraWarning) strict++;
    if (!(allFound && noExtraWarning)) failures.push(`purpose ${row.source}/${row.id}: labelled ${[...labelled].join('+')}, detected ${[...detected].join('+') || '-'}`);
    const current = a.risk.some((r) => r.level === 'current');
    if (row.crisis) {
      crisisOf++;
      if (current) crisisHit++;
      else failures.push(`crisis missed ${row.source}/${row.id}: ${a.risk.map((r) => `${r.kind}/${r.reason}:"${r.evidence.text}"`).join(', ') || 'no hit'}`);
    } else {
      negOf++;
      if (current) {
        allFa++;
        failures.push(`crisis false alarm ${row.source}/${row.id}: ${a.risk.filter((r) => r.level === 'current').map((r) => `${r.kind}:"${r.evidence.text}"`).join(', ')}`);
      }
      if (row.level) {
        hardOf++;
        if (current) hardFa++;
        if (row.level === 'lowered') {
          loweredOf++;
          if (a.risk.length && !current) loweredHit++;
          else if (!a.risk.length) failures.push(`lowered hit missing ${row.source}/${row.id}`);
        }
        if (row.level === 'none') {
          noneOf++;
          if (a.risk.length) {
            noneHit++;
            failures.push(`risk noise ${row.source}/${row.id}: ${a.risk.map((r) => `${r.kind}/${r.reason}:"${r.evidence.text}"`).join(', ')}`);
          }
        }
      }
    }
  }
  let phiHit = 0;
  let phiOf = 0;
  let cleanFa = 0;
  let cleanOf = 0;
  for (const row of replies) {
    const a = analyze(row.body);
    const any = a.health.length > 0;
    if (row.phi) {
      phiOf++;
      if (any) phiHit++;
      else failures.push(`health missed ${row.source}/${row.id}`);
    } else {
      cleanOf++;
      if (any) {
        cleanFa++;
        failures.push(`health false alarm ${row.source}/${row.id}: ${a.health.map((h) => `${h.category}:"${h.evidence.text}"`).join(', ')}`);
      }
    }
  }
  return {
    rows: drafts.length,
    replies: replies.length,
    perPurpose,
    purposeAccuracy: ratio(acc, drafts.length),
    purposeAccuracyStrict: ratio(strict, drafts.length),
    crisisRecall: ratio(crisisHit, crisisOf),
    crisisFalseAlarms: ratio(hardFa, hardOf),
    crisisFalseAlarmsAll: ratio(allFa, negOf),
    loweredShown: ratio(loweredHit, loweredOf),
    noneNoise: ratio(noneHit, noneOf),
    healthRecall: ratio(phiHit, phiOf),
    healthFalseAlarms: ratio(cleanFa, cleanOf),
    failures,
  };
}

const pct = (r: Ratio) => {
  if (!r.of) return '   n/a';
  const [lo, hi] = wilson(r);
  const f = (x: number) => (x * 100).toFixed(1);
  return `${f(value(r)).padStart(5)}%  (${r.hit}/${r.of})`.padEnd(18) + `95% CI ${f(lo)}-${f(hi)}%`;
};
const num = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(2).padStart(5));

export const DEFINITIONS = [
  'purpose accuracy: every labelled purpose is detected, and the `purpose` warning under a policy allowing',
  '  [scheduling, admin, checkin] fires exactly when the labels make it fire (extra allowed purposes are fine;',
  '  extra disallowed ones are fine only on a draft whose labels already warn).',
  'purpose accuracy (strict): every labelled purpose is detected, and no detected purpose outside the labels is',
  '  one that policy would warn about.',
  'crisis recall: crisis=1 drafts with at least one risk hit at level current (a critical finding).',
  'crisis false alarms: hard negatives (tests/corpus/crisis-levels.tsv: idioms, negations, past, third-party,',
  '  quotes, method words in logistics) with a current hit; "all negatives" counts every crisis=0 draft.',
  'lowered shown: hard negatives expected "lowered" that get a risk hit, none of it current (info finding).',
  'health recall / false alarms: replies with phi=1 / phi=0 that get at least one health hit.',
  'Every proportion shows its count and a 95% Wilson interval: 36 rows cannot show 0.98.',
];

export function formatReport(title: string, r: Report): string {
  const lines = [`== ${title}: ${r.rows} drafts, ${r.replies} replies`];
  lines.push('purpose       precision  recall   (tp fp fn)');
  for (const p of PURPOSES) {
    const { tp, fp, fn } = r.perPurpose[p];
    lines.push(`  ${p.padEnd(11)} ${num(tp / (tp + fp))}     ${num(tp / (tp + fn))}    (${tp} ${fp} ${fn})`);
  }
  lines.push(`purpose accuracy            ${pct(r.purposeAccuracy)}`);
  lines.push(`purpose accuracy (strict)   ${pct(r.purposeAccuracyStrict)}`);
  lines.push(`crisis recall               ${pct(r.crisisRecall)}`);
  lines.push(`crisis false alarms (hard)  ${pct(r.crisisFalseAlarms)}`);
  lines.push(`crisis false alarms (all 0) ${pct(r.crisisFalseAlarmsAll)}`);
  lines.push(`lowered shown               ${pct(r.loweredShown)}`);
  lines.push(`"none" rows with a risk hit ${pct(r.noneNoise)}`);
  lines.push(`health recall               ${pct(r.healthRecall)}`);
  lines.push(`health false alarms         ${pct(r.healthFalseAlarms)}`);
  return lines.join('\n');
}
