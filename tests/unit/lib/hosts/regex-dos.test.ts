import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression the content script runs on page text (a correspondent's display name,
 * a chip's label, the draft), over adversarial strings of 100 kB, with a time limit per call. A
 * guard, not a benchmark: the limit is generous for a linear scan, but a super-linear pattern
 * (nested or overlapping quantifiers that retry from every position) takes seconds to hours on
 * these inputs. Each pattern runs in a worker that is stopped at the limit, so a bad one fails
 * the test instead of hanging it. Patterns are read from the source, so a new one is covered.
 */
const ROOT = path.resolve(import.meta.dirname, '../../../..');
/** What is bundled into the mail page and reads page text. */
const PAGE_SOURCES = [
  'lib/hosts',
  'lib/guard',
  'lib/ui',
  'lib/policy/address.ts',
  'lib/policy/listed.ts',
  'lib/draft.ts',
  'entrypoints/mail.content',
];
const LIMIT_MS = 250;
const SIZE = 100_000;

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full)
    .flatMap((name) => files(path.join(entry, name)))
    .filter((f) => /\.tsx?$/.test(f));
}

/** Regular expression literals in a source file, found by the TypeScript scanner (not by a regex). */
function regexLiterals(file: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
        where: `${path.relative(ROOT, file)}:${line}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const fill = (unit: string, tail = '') =>
  unit.repeat(Math.ceil((SIZE - tail.length) / unit.length)).slice(0, SIZE - tail.length) + tail;
const ADVERSARIAL: Record<string, string> = {
  'a@ repeated': fill('a@'),
  'a@a. repeated': fill('a@a.'),
  'spaces then a letter': fill(' ', 'x'),
  'tabs and newlines then a letter': fill('\t \n', 'x'),
  'no-break spaces then a letter': fill('\u00a0', 'x'),
  'one long word': fill('a'),
  'dots then a letter': fill('.', 'x'),
  'a. repeated then @': fill('a.', '@'),
  '< repeated': fill('<'),
  '<a repeated': fill('<a'),
  '<a> then spaces then a letter': `<a>${fill(' ', 'x').slice(3)}`,
  quotes: fill('"\''),
  newlines: fill('\n', 'x'),
  'addresses back to back': fill('a@b.c'),
  'local part, @, long domain': `${'x'.repeat(SIZE / 2)}@${'y'.repeat(SIZE / 2 - 1)}`,
  '@domain labels': fill('@a-'),
  'Dr. titles': fill('dr. '),
  hyphens: fill('a-'),
};

/** Runs one pattern over every string in a worker; posts the index it starts, then its time. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { source, flags, inputs } = workerData;
inputs.forEach((input, i) => {
  parentPort.postMessage({ start: i });
  const started = performance.now();
  const re = new RegExp(source, flags);
  re.exec(input);
  new RegExp(source, flags.includes('g') ? flags : flags + 'g')[Symbol.replace](input, '');
  input.split(new RegExp(source, flags.replace('g', '')));
  parentPort.postMessage({ done: i, ms: performance.now() - started });
});
`;

function timeOne(source: string, flags: string): Promise<{ input: string; ms: number } | null> {
  const names = Object.keys(ADVERSARIAL);
  const inputs = Object.values(ADVERSARIAL);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { source, flags, inputs } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = 0;
    // The limit is per call (exec, replace, split: three passes), with slack for the worker start.
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          void worker.terminate();
          resolve({ input: names[current]!, ms: Infinity });
        },
        LIMIT_MS * 3 + 1000,
      );
    };
    worker.on('message', (m: { start?: number; done?: number; ms?: number }) => {
      if (m.start !== undefined) {
        current = m.start;
        arm();
      } else if (m.done !== undefined && m.ms !== undefined && m.ms > LIMIT_MS * 3) {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ input: names[m.done]!, ms: m.ms });
      } else if (m.done === inputs.length - 1) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(null);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const patterns = PAGE_SOURCES.flatMap(files).flatMap(regexLiterals);

describe('regular expressions on page text stay linear', () => {
  it('finds the patterns it is meant to guard', () => {
    expect(patterns.length).toBeGreaterThan(5);
    expect(patterns.some((p) => p.where.startsWith('lib/hosts/outlook/adapter.ts'))).toBe(true);
  });

  it.each(patterns.map((p) => [p.where, p.source, p.flags] as const))(
    '%s /%s/%s',
    async (_where, source, flags) => {
      const slow = await timeOne(source, flags);
      expect(
        slow,
        slow ? `${slow.input}: ${Number.isFinite(slow.ms) ? `${Math.round(slow.ms)} ms` : 'stopped at the limit'}` : '',
      ).toBeNull();
    },
    60_000,
  );
});
