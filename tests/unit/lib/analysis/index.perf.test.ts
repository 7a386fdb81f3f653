import nlp from 'compromise';
import { expect, test } from 'vitest';
import { analyzeParagraphs, analyzeText } from '../../../../lib/analysis/index';
import type { Analysis } from '../../../../lib/analysis/types';
import { loadCorpus } from '../../../corpus/metrics';

/**
 * The heavy tests live in this one file, so that they run one after the other in one worker.
 *
 * Timing is printed, not asserted (the README's "Performance" budgets are measured, not timed
 * tests): analysis of a 300-word and a 5,000-word draft against a bare `nlp(text)` pass on the same
 * text.
 */

function draftOf(words: number): string {
  const { drafts } = loadCorpus();
  const pool = drafts.map((d) => d.body);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const body = pool[i % pool.length]!;
    out.push(body);
    count += body.split(/\s+/).length;
  }
  // paragraphs of a few bodies each, as an email would have
  const paras: string[] = [];
  for (let i = 0; i < out.length; i += 3) paras.push(out.slice(i, i + 3).join(' '));
  return paras
    .join('\n\n')
    .split(/(\s+)/)
    .slice(0, words * 2 - 1)
    .join('');
}

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

test('timing: analyzeText vs a bare nlp() parse (printed)', () => {
  const lines: string[] = [];
  for (const words of [300, 5000]) {
    const text = draftOf(words);
    const [rounds, runs] = words > 1000 ? [1, 3] : [2, 11];
    for (let i = 0; i < 2; i++) {
      nlp(text);
      analyzeText(text);
    }
    // interleaved, to share the machine's noise
    let bare = 0;
    let full = 0;
    for (let round = 0; round < rounds; round++) {
      bare += median(() => nlp(text), runs) / rounds;
      full += median(() => analyzeText(text), runs) / rounds;
    }
    const cache = new Map<string, Analysis>();
    analyzeParagraphs(text, cache);
    let k = 0;
    const retype = median(() => analyzeParagraphs(`${text} and${++k}`, cache), runs);
    lines.push(
      `${String(words).padStart(5)} words: nlp() ${bare.toFixed(1)} ms, analyzeText ${full.toFixed(1)} ms ` +
        `(x${(full / bare).toFixed(2)}); analyzeParagraphs after typing in the last paragraph ${retype.toFixed(1)} ms`,
    );
    expect(analyzeText(text).purposes.length).toBeGreaterThan(0);
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
}, 120_000);

test('50,000 words: no throw, risk found, evidence points at the text (time printed)', () => {
  const { drafts } = loadCorpus();
  const words = drafts
    .map((d) => d.body)
    .join('\n\n')
    .split(/(\s+)/);
  const parts: string[] = [];
  let count = 0;
  while (count < 50_000) {
    for (const w of words) {
      parts.push(w);
      if (/\S/.test(w) && ++count >= 50_000) break;
    }
  }
  const text = parts.join('');
  const t = performance.now();
  const a = analyzeText(text);
  process.stdout.write(`\n50,000 words: analyzeText ${(performance.now() - t).toFixed(0)} ms\n`);
  expect(a.risk.length).toBeGreaterThan(0);
  for (const s of [
    ...a.risk.map((r) => r.evidence),
    ...a.health.map((h) => h.evidence),
    ...a.purposes.flatMap((h) => h.evidence),
  ]) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}, 120_000);
