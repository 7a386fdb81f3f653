import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../support/extension';
import { expect, test } from '../support/test';

/**
 * The mail page's content script, as built, carries no React and no settings or policy schema
 * (docs/architecture.md, "What runs where"): the dialog is React in the extension frame, the
 * schemas are the background's. Each marker is first found in another part of the same build,
 * so a marker that stopped meaning anything fails here rather than passing in silence. The size
 * is reported (test-results/content-script-size.json), not asserted.
 */
const BUILD = path.join(ROOT, '.output/chrome-mv3');

const MARKERS: [what: string, text: string][] = [
  ['React (its error page link)', 'react.dev/errors'],
  ['React (its element tag)', 'react.transitional.element'],
  ['the contact policy schema', 'expected a time range like 09:00-17:00'],
  ['the settings schema (its country list check)', 'expected a country code such as US or GB'],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test('the built content script has no React and no settings schema; its size is reported', () => {
  const scripts = filesUnder(path.join(BUILD, 'content-scripts')).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const others = filesUnder(BUILD).filter((f) => f.endsWith('.js') && !scripts.includes(f));
  const rest = others.map((f) => readFileSync(f, 'utf8')).join('\n');
  for (const script of scripts) {
    const code = readFileSync(script, 'utf8');
    for (const [what, text] of MARKERS) {
      expect(rest.includes(text), `the marker for ${what} is found elsewhere in the build`).toBe(true);
      expect(code.includes(text), `${path.relative(BUILD, script)} contains ${what}`).toBe(false);
    }
  }
  const sizes = scripts.map((f) => {
    const code = readFileSync(f);
    return { file: path.relative(BUILD, f), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results/content-script-size.json'), JSON.stringify(sizes, null, 2));
  console.log(`content script: ${JSON.stringify(sizes)}`);
  test.info().annotations.push({ type: 'content-script-size', description: JSON.stringify(sizes) });
});
