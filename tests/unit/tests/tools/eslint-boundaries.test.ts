import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesAny, ZONES } from '../../../tools/eslint-boundaries.js';
import { reachedFrom, ROOT } from '../../support/imports';

/**
 * The import zones fire on a sample violation in each zone, through the project's own ESLint
 * config (so a zone dropped from eslint.config.js fails here too), and leave allowed code alone.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('pure core: lib/{policy,analysis,checks,crisis} and lib/draft.ts', () => {
  const samples: [string, string, RegExp][] = [
    [
      'lib/checks/sample.ts',
      "import { loadSettings } from '../storage/settings';\nexport { loadSettings };",
      /lib\/storage\/settings/,
    ],
    ['lib/policy/sample.ts', "export { adapterFor } from '../hosts';", /lib\/hosts/],
    [
      'lib/crisis/sample.ts',
      "import type { SendGuardDeps } from '../guard/send-guard';\nexport type X = SendGuardDeps;",
      /lib\/guard/,
    ],
    ['lib/draft.ts', "export type X = import('./ui/notice').Notice;", /lib\/ui\/notice/],
    ['lib/analysis/sample.ts', "import { ask } from '../messaging/client';\nexport { ask };", /lib\/messaging/],
    [
      'lib/checks/sample.ts',
      "import background from '../../entrypoints/background';\nexport { background };",
      /entrypoints/,
    ],
    [
      'lib/checks/sample.ts',
      "import { SendCheckDialog } from '../../components/SendCheckDialog';\nexport { SendCheckDialog };",
      /components/,
    ],
    ['lib/checks/sample.ts', "import fs from 'node:fs';\nexport { fs };", /node:fs/],
    ['lib/checks/sample.ts', "import { browser } from 'wxt/browser';\nexport { browser };", /wxt\/browser/],
    ['lib/policy/sample.ts', "export const get = () => fetch('https://example.com');", /fetch/],
    ['lib/policy/sample.ts', "export const get = () => globalThis.fetch('https://example.com');", /fetch/],
    ['lib/checks/sample.ts', "export const read = () => localStorage.getItem('x');", /localStorage/],
    ['lib/checks/sample.ts', 'export const env = () => process.env.HOME;', /process/],
    ['lib/analysis/sample.ts', 'export const title = () => document.title;', /document/],
  ];
  it.each(samples)('%s: %s is refused', async (file, code, what) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^boundaries\/pure-core: /);
    expect(errors[0]).toMatch(what);
  });

  it('allows its own imports, zod and compromise, and the globals Node and browsers share', async () => {
    const code = [
      "import nlp from 'compromise';",
      "import { z } from 'zod/mini';",
      "import { draftSchema } from '../draft';",
      "import { parsePolicy } from '../policy/contact-policy';",
      'export const x = [nlp, z, draftSchema, parsePolicy, new TextEncoder(), Intl.DateTimeFormat, setTimeout, structuredClone];',
    ].join('\n');
    expect(await boundaryErrors('lib/checks/sample.ts', code)).toEqual([]);
  });
});

describe('content script: no text analysis, no compromise', () => {
  it.each([
    ['lib/guard/sample.ts', "import nlp from 'compromise';\nexport { nlp };", /compromise/],
    [
      'lib/hosts/gmail/sample.ts',
      "import { stripQuotedAndSignature } from '../../analysis/quoted';\nexport { stripQuotedAndSignature };",
      /lib\/analysis\/quoted/,
    ],
    [
      'entrypoints/mail.content/sample.ts',
      "import { evaluateDraft } from '../../lib/checks';\nexport { evaluateDraft };",
      /lib\/checks\/index/,
    ],
    ['lib/ui/sample.ts', "export const load = () => import('../analysis/index');", /lib\/analysis/],
  ])('%s: %s is refused', async (file, code, what) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^boundaries\/content-script: /);
    expect(errors[0]).toMatch(what);
  });

  it('the background may import the analysis', async () => {
    expect(
      await boundaryErrors(
        'entrypoints/background.ts',
        "import { analyzeParagraphs } from '../lib/analysis';\nexport { analyzeParagraphs };",
      ),
    ).toEqual([]);
  });

  it('the zone covers every file the content script reaches, and it reaches neither', () => {
    const { files, packages } = reachedFrom('entrypoints/mail.content/index.ts');
    expect(files.length).toBeGreaterThan(20);
    // Code files: a stylesheet imported as text has no imports of its own to lint, and lib/i18n
    // reads the English catalogue for the type of a key only (nothing of it is bundled).
    const outside = files.filter(
      (file) => /\.(ts|tsx|js|mjs)$/.test(file) && !matchesAny(file, ZONES['content-script'].files),
    );
    expect(outside, 'add these to the content-script zone in tests/tools/eslint-boundaries.js').toEqual([]);
    expect(files.filter((file) => file.startsWith('lib/analysis/'))).toEqual([]);
    expect(packages.filter((name) => name.startsWith('compromise'))).toEqual([]);
    // No React, and no settings or policy schema: the frame and the background carry those.
    expect(packages.filter((name) => /^react(-dom)?($|\/)/.test(name))).toEqual([]);
    expect(
      files.filter(
        (file) =>
          ['lib/policy/settings.ts', 'lib/policy/contact-policy.ts'].includes(file) || file.startsWith('lib/storage/'),
      ),
    ).toEqual([]);
  });
});

describe('components: no browser.*, no host DOM', () => {
  it.each([
    ['components/Sample.tsx', 'export const id = () => browser.runtime.id;', /browser/],
    ['components/options/Sample.tsx', 'export const id = () => chrome.runtime.id;', /chrome/],
    ['components/Sample.tsx', "import { browser } from 'wxt/browser';\nexport { browser };", /wxt\/browser/],
    [
      'components/Sample.tsx',
      "import { readBodyText } from '../lib/hosts/dom';\nexport { readBodyText };",
      /lib\/hosts\/dom/,
    ],
    [
      'components/options/Sample.tsx',
      "import { loadSettings } from '../../lib/storage/settings';\nexport { loadSettings };",
      /lib\/storage/,
    ],
    [
      'components/Sample.tsx',
      "export const send = () => document.querySelector('[role=button]');",
      /document\.querySelector/,
    ],
  ])('%s: %s is refused', async (file, code, what) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^boundaries\/ui: /);
    expect(errors[0]).toMatch(what);
  });

  it('allows React, the policy and the options page’s own document (a download link)', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { parsePolicy } from '../../lib/policy/contact-policy';",
      "export const x = [useState, parsePolicy, () => document.createElement('a')];",
    ].join('\n');
    expect(await boundaryErrors('components/options/Sample.tsx', code)).toEqual([]);
  });
});

it('every zone names folders and files that exist', () => {
  const all = (dir: string): string[] =>
    fs
      .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? all(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const tree = [...all('lib'), ...all('components'), ...all('entrypoints')];
  for (const [name, zone] of Object.entries(ZONES)) {
    for (const glob of zone.files)
      expect(
        tree.some((file) => matchesAny(file, [glob])),
        `${name}: ${glob}`,
      ).toBe(true);
  }
});
