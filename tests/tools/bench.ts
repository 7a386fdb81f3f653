/**
 * npm run bench: how long the analysis and the whole evaluation take for drafts of 100, 300,
 * 1,000 and 5,000 words, against a bare compromise pass measured in the same run; the send-time
 * decision with a warm paragraph cache; a cold start (fresh process: load compromise and the
 * analysis, analyse once); and how time grows with length. Prints a table and writes
 * test-results/bench.json. Reports numbers; asserts nothing (the budgets are in the README, "Performance").
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyzeParagraphs, analyzeText } from '../../lib/analysis/index.ts';
import type { Analysis } from '../../lib/analysis/types.ts';
import { evaluateDraft } from '../../lib/checks/index.ts';
import type { Draft } from '../../lib/draft.ts';
import { basicPolicy, defaultSettings, type Settings } from '../../lib/policy/settings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZES = [100, 300, 1000, 5000];

/** Realistic text: the corpus drafts' bodies, as paragraphs, repeated until long enough. */
function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const file of ['tests/corpus/shared/drafts.tsv', 'tests/corpus/own/drafts.tsv']) {
    for (const line of readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const body = line.split('\t').at(-1)?.replace(/\\n/g, '\n').trim();
      if (body && !/^body$/i.test(body)) out.push(body);
    }
  }
  return out;
}

function draftOf(words: number, paragraphs: string[]): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    const take = p.split(/\s+/).slice(0, words - count);
    parts.push(take.join(' '));
    count += take.length;
  }
  return parts.join('\n\n');
}

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const settings: Settings = {
  ...defaultSettings(),
  therapists: [
    {
      id: 't1',
      policy: {
        ...basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']),
        email: {
          purposes: ['scheduling', 'admin', 'checkin'],
          encryption: 'preferred',
          allowedCc: [],
          maxWords: 150,
          maxPerWeek: 2,
        },
      },
      source: 'imported',
    },
  ],
};
const now = new Date('2026-11-23T15:00:00Z');

const paragraphs = corpusParagraphs();
// Warm up the JIT and compromise's lazy parts, as a background that has run before would be.
for (let i = 0; i < 20; i++) analyzeText(draftOf(300, paragraphs.slice(i)));

const rows = SIZES.map((words) => {
  const body = draftOf(words, paragraphs);
  const draft: Draft = {
    to: ['maya@calmpractice.example'],
    cc: [],
    bcc: [],
    subject: 'Thursday',
    body,
    encryption: 'tls',
    host: 'gmail',
  };
  const runs = words >= 5000 ? 7 : 15;
  const bare = median(() => void nlp(body), runs);
  const analysis = median(() => void analyzeText(body), runs);
  const evaluation = median(() => void evaluateDraft(draft, settings, { now, analyze: analyzeText }), runs);
  const cache = new Map<string, Analysis>();
  const cached = (text: string) => analyzeParagraphs(text, cache);
  evaluateDraft(draft, settings, { now, analyze: cached }); // typed earlier: every paragraph cached
  const warmDecision = median(() => void evaluateDraft(draft, settings, { now, analyze: cached }), runs);
  return {
    words,
    bareNlpMs: round(bare),
    analysisMs: round(analysis),
    ratioToBare: round(analysis / bare),
    evaluationMs: round(evaluation),
    warmDecisionMs: round(warmDecision),
    analysisUsPerWord: round((analysis / words) * 1000),
  };
});

/** A fresh process: load compromise and the analysis, then analyse one short draft. */
function coldStart(): number {
  const script =
    "const t=performance.now();const {analyzeText}=await import('./lib/analysis/index.ts');" +
    "analyzeText('Could we move Thursday to 4pm?');console.log(performance.now()-t);";
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const run = spawnSync(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        '--import',
        './lib/cli/register-ts.mjs',
        '--input-type=module',
        '-e',
        script,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    times.push(Number(run.stdout.trim()));
  }
  return round(times.sort((a, b) => a - b)[1]!);
}

const first = rows[0]!;
const last = rows.at(-1)!;
const report = {
  node: process.version,
  date: new Date().toISOString(),
  rows,
  coldStartMs: coldStart(),
  growth: {
    // 1.0 means perfectly linear: time per word at 5,000 words over time per word at 100.
    perWordRatio5000to100: round(last.analysisUsPerWord / first.analysisUsPerWord),
  },
};

console.log('words  bare nlp ms  analysis ms  ratio  evaluation ms  warm decision ms  µs/word');
for (const r of rows) {
  console.log(
    [r.words, r.bareNlpMs, r.analysisMs, r.ratioToBare, r.evaluationMs, r.warmDecisionMs, r.analysisUsPerWord]
      .map((v, i) => String(v).padStart(i === 0 ? 5 : [11, 12, 6, 14, 17, 8][i - 1]!))
      .join('  '),
  );
}
console.log(`cold start (fresh process, load + first analysis): ${report.coldStartMs} ms`);
console.log(`growth: time per word at 5,000 words is ${report.growth.perWordRatio5000to100}x that at 100`);
mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'test-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
