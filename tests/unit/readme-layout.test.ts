import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/imports';

/**
 * The README's "Layout" block says where things are. It is kept true by this test: every entry
 * exists, and every folder at the top level, under lib/ and under tests/ (and every file directly
 * under lib/) has an entry.
 */

/** The entries of the block, as repository paths ("lib/", "lib/draft.ts", "tests/unit/"). */
export function layoutEntries(readme: string): string[] {
  const block = /### Layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no "### Layout" code block');
  const stack: string[] = [];
  const entries: string[] = [];
  for (const line of block.split('\n')) {
    // An entry starts at an even indent below the description column; other lines continue one.
    const match = /^( *)(\S+)(?: {2,}|$)/.exec(line);
    if (!match || match[1]!.length >= 10 || match[1]!.length % 2 !== 0) continue;
    const depth = match[1]!.length / 2;
    stack.length = depth;
    const entry = `${stack.join('')}${match[2]}`;
    entries.push(entry);
    if (entry.endsWith('/')) stack.push(match[2]!);
  }
  return entries;
}

function ignored(): Set<string> {
  const names = fs
    .readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line && !line.includes('*'));
  return new Set(['.git', ...names]);
}

/** What must be listed: folders at the top, under lib/ and tests/; files directly under lib/. */
function mustBeListed(): string[] {
  const skip = ignored();
  const list = (dir: string) =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).filter((e) => !skip.has(e.name));
  return [
    ...list('.')
      .filter((e) => e.isDirectory())
      .map((e) => `${e.name}/`),
    ...list('lib').map((e) => (e.isDirectory() ? `lib/${e.name}/` : `lib/${e.name}`)),
    ...list('tests')
      .filter((e) => e.isDirectory())
      .map((e) => `tests/${e.name}/`),
  ].sort();
}

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README layout', () => {
  it('names only folders and files that exist', () => {
    const entries = layoutEntries(readme);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.filter((entry) => !fs.existsSync(path.join(ROOT, entry)))).toEqual([]);
  });

  it('names every folder at the top level, under lib/ and under tests/, and every file in lib/', () => {
    const entries = new Set(layoutEntries(readme));
    expect(mustBeListed().filter((entry) => !entries.has(entry))).toEqual([]);
  });

  it('reads nesting from the indentation, and fails on an entry that is not there', () => {
    const sample =
      '### Layout\n\n```\nlib/        the library\n  checks/   one file per check\n            continued here\n  gone/     removed\ntests/\n```\n';
    expect(layoutEntries(sample)).toEqual(['lib/', 'lib/checks/', 'lib/gone/', 'tests/']);
    expect(layoutEntries(sample).filter((entry) => !fs.existsSync(path.join(ROOT, entry)))).toEqual(['lib/gone/']);
  });
});
