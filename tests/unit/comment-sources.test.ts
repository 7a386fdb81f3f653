import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/imports';

/**
 * A comment that cites something cites this repository (docs/…) or a public source, never a
 * document a fresh clone does not have. The corpus's data files (.tsv) are labelled text, not
 * comments, and are not scanned.
 */
const SCANNED = [
  'lib',
  'components',
  'entrypoints',
  'tests',
  'docs',
  'README.md',
  'CONTRIBUTING.md',
  'wxt.config.ts',
  'eslint.config.js',
];
const NOT_YET: string[] = [];
const OUTSIDE =
  /§|CONTRACT\.md|DESIGN\.md|domain\.md|webmail-dom|realdom\/|style-anchors|toolchain\.md|\/work\/|shared\/reference/;

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => files(`${entry}/${e.name}`));
}

const scanned = SCANNED.flatMap(files).filter(
  (file) => /\.(ts|tsx|js|mjs|html|css|md)$/.test(file) && !NOT_YET.some((dir) => file.startsWith(dir)),
);

/** `file:line: text` for each line that points outside the repository. */
export function outsidePointers(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => OUTSIDE.test(line))
    .map(([line, n]) => `${file}:${n}: ${line.trim()}`);
}

describe('comments point into the repository or to public sources', () => {
  it('no file points at a document outside the repository', () => {
    expect(scanned.length).toBeGreaterThan(100);
    const self = 'tests/unit/comment-sources.test.ts';
    const found = scanned
      .filter((f) => f !== self)
      .flatMap((f) => outsidePointers(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('every docs/ page a file names exists', () => {
    const missing = scanned.flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\bdocs\/[\w./-]*\.md\b/g)]
        .map((m) => m[0])
        .filter((doc) => !fs.existsSync(path.join(ROOT, doc)))
        .map((doc) => `${file}: ${doc}`),
    );
    expect(missing).toEqual([]);
  });

  it('catches a section sign, a shared document and a build-machine path', () => {
    expect(
      outsidePointers('x.ts', '// see CONTRACT.md §2\nconst a = 1;\n// /work/shared/reference/webmail-dom.md'),
    ).toEqual(['x.ts:1: // see CONTRACT.md §2', 'x.ts:3: // /work/shared/reference/webmail-dom.md']);
    expect(outsidePointers('x.ts', '// docs/hosts/gmail.md, "Send"')).toEqual([]);
  });
});
