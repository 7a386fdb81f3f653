import { test } from 'vitest';
import { analyzeText } from '../../lib/analysis/index';
import { blindSets, DEFINITIONS, evaluate, formatReport, loadCorpus, loadSet, TUNED_SETS } from '../corpus/metrics';

/**
 * `npm run eval` (vitest run --config tests/tools/vitest.eval.config.ts): prints per-purpose
 * precision and recall, purpose accuracy, crisis recall and false alarms, and health-detail recall
 * and false alarms, for each tuned set and each blind batch separately, with 95% intervals. EVAL_VERBOSE=1 also
 * lists every miss of a tuned set (never of a blind batch); EVAL_TUNED_ONLY=1 leaves the blind batches
 * out (while working on the rules); EVAL_ROWS=id,id (or "all") prints what the analysis found for those rows;
 * EVAL_TEXT="text||text" prints it for any texts.
 */
test('analysis metrics on the labelled corpus', () => {
  const { drafts, replies } = loadCorpus();
  const out: string[] = [];
  out.push('#### Tuned on: the rules were written looking at these sets');
  for (const source of TUNED_SETS) {
    const report = evaluate(
      drafts.filter((d) => d.source === source),
      replies.filter((r) => r.source === source),
    );
    out.push(formatReport(`tests/corpus/${source}`, report));
    if (process.env.EVAL_VERBOSE) out.push(...report.failures.map((f) => `  - ${f}`));
  }
  // EVAL_TUNED_ONLY=1 while working on the rules: a blind figure looked at after every change
  // turns into one more thing to tune on.
  const blind = process.env.EVAL_TUNED_ONLY ? [] : blindSets();
  if (blind.length)
    out.push(
      '',
      '#### Blind: written by someone who never saw the rules; never tuned on (tests/corpus/blind/README.md)',
    );
  for (const source of blind) {
    const set = loadSet(source);
    const report = evaluate(set.drafts, set.replies);
    out.push(formatReport(`tests/corpus/${source}`, report));
    // Misses of a blind batch are not listed: reading them row by row would make it a tuning set.
  }
  out.push('', 'Definitions:', ...DEFINITIONS.map((d) => `  ${d}`));
  const show = (label: string, text: string) => {
    const a = analyzeText(text);
    out.push(`\n${label}: ${text}`);
    for (const h of a.purposes)
      out.push(`  purpose ${h.purpose}: ${h.evidence.map((e) => JSON.stringify(e.text)).join(' ')}`);
    for (const r of a.risk)
      out.push(`  risk ${r.kind} ${r.level}${r.reason ? `/${r.reason}` : ''}: ${JSON.stringify(r.evidence.text)}`);
    for (const h of a.health) out.push(`  health ${h.category}: ${JSON.stringify(h.evidence.text)}`);
  };
  const wanted = process.env.EVAL_ROWS?.split(',');
  if (wanted) {
    for (const row of [...drafts, ...replies]) {
      if (wanted.includes('all') || wanted.includes(row.id)) show(`${row.source}/${row.id}`, row.body);
    }
  }
  for (const [i, text] of (process.env.EVAL_TEXT?.split('||') ?? []).entries()) show(`text ${i + 1}`, text.trim());
  process.stdout.write(`\n${out.join('\n')}\n\n`);
});
