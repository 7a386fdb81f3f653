import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run new:check <id>`: the files and registrations a new check needs (CONTRIBUTING.md, "Add
 * a check"). What only a person can write is left failing on purpose: the unit test's case for
 * the finding, the dialog title ("TODO") and the README entry, so the completeness test
 * (tests/unit/completeness.test.ts) stays red until they are done.
 */

export type Role = 'client' | 'therapist' | 'both';

export interface Scaffolded {
  created: string[];
  edited: string[];
}

/** The languages of public/_locales (docs/i18n.md). */
export const LOCALES = ['en', 'es', 'de', 'fr'] as const;

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `too-long` -> `tooLongCheck`. */
export function checkName(id: string): string {
  return `${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Check`;
}

function read(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** Inserts `text` before the first match of `anchor` in `source`; throws when it is not there. */
function insertBefore(source: string, anchor: RegExp, text: string, file: string): string {
  const match = anchor.exec(source);
  if (!match) throw new Error(`${file}: could not find where to add the check (${anchor}); add it by hand`);
  return source.slice(0, match.index) + text + source.slice(match.index);
}

export function scaffoldCheck(root: string, id: string, role: Role = 'client'): Scaffolded {
  if (!ID.test(id))
    throw new Error(`"${id}" is not a finding id: use lower case words joined by dashes, like "too-long"`);
  const name = checkName(id);
  const checkFile = `lib/checks/${id}.ts`;
  const testFile = `tests/unit/lib/checks/${id}.test.ts`;
  const findingFile = 'lib/checks/finding.ts';
  const indexFile = 'lib/checks/index.ts';
  const titlesFile = 'components/finding-titles.ts';

  const finding = read(root, findingFile);
  if (new RegExp(`'${id}',`).test(finding.slice(0, finding.indexOf('] as const'))))
    throw new Error(`"${id}" is already a finding id`);
  for (const file of [checkFile, testFile]) {
    if (fs.existsSync(path.join(root, file))) throw new Error(`${file} already exists`);
  }

  // Every edit is computed before anything is written: a failure leaves the tree as it was.
  const newFinding = insertBefore(finding, /^ {2}'unchecked',$/m, `  '${id}',\n`, findingFile);

  let index = read(root, indexFile);
  const imports = [...index.matchAll(/^import .* from '\.\/[^']+';$/gm)];
  const lastImport = imports.at(-1);
  if (!lastImport) throw new Error(`${indexFile}: no imports found; add the check by hand`);
  const at = lastImport.index + lastImport[0].length;
  index = `${index.slice(0, at)}\nimport { ${name} } from './${id}';${index.slice(at)}`;
  if (role === 'client' || role === 'both') {
    index = insertBefore(
      index,
      /(?<=export const TO_THERAPIST: readonly Check\[\] = \[[^\]]*?)\n\];/,
      `\n  ${name},`,
      indexFile,
    );
  }
  if (role === 'therapist' || role === 'both') {
    index = insertBefore(
      index,
      /(?<=export const TO_CLIENT: readonly Check\[\] = \[[^\]]*?)\];/,
      `, ${name}`,
      indexFile,
    );
  }

  const titleKey = `finding_title_${id.replaceAll('-', '_')}`;
  const titles = insertBefore(read(root, titlesFile), /^\};$/m, `  '${id}': '${titleKey}',\n`, titlesFile);
  // The heading goes into every language's catalogue as a TODO: the completeness and parity
  // tests stay red until a person writes it (and its translations).
  const catalogues = LOCALES.map((lang) => {
    const file = `public/_locales/${lang}/messages.json`;
    const entries = JSON.parse(read(root, file)) as Record<string, unknown>;
    if (titleKey in entries) throw new Error(`${file} already has ${titleKey}`);
    entries[titleKey] =
      lang === 'en'
        ? { message: 'TODO: a short heading the dialog shows', description: `Dialog heading of the ${id} finding.` }
        : { message: 'TODO: translate the English heading' };
    return { file, text: `${JSON.stringify(entries, null, 2)}\n` };
  });

  const check = `import type { Check } from './context';

/**
 * \`${id}\` (docs/interfaces.md, "Findings"): TODO say when this finding is raised, with which
 * severity, and why it matters to the person writing.
 */
export const ${name}: Check = (_input) => {
  // TODO: return [{ id: '${id}', severity: 'warning', message: '...' }] when the draft calls for it.
  return [];
};
`;
  const test = `import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../../../lib/checks/finding';
import { ${name} } from '../../../../lib/checks/${id}';
import { draft } from '../../support/builders';
import { input } from '../../support/text-check-input';

describe('${id}', () => {
  it('finds nothing in an ordinary draft', () => {
    expect(${name}(input({}))).toEqual([]);
  });

  // Fails until the check is written: replace the draft with one a user would expect flagged.
  it('finds ${id} in a draft that calls for it', () => {
    const findings = ${name}(input({}, {}, { draft: draft({ body: 'TODO: a draft that should be flagged' }) }));
    expect(findings).toHaveLength(1);
    expect(findingSchema.parse(findings[0])).toMatchObject({ id: '${id}' });
  });
});
`;
  write(root, findingFile, newFinding);
  write(root, indexFile, index);
  write(root, titlesFile, titles);
  for (const { file, text } of catalogues) write(root, file, text);
  write(root, checkFile, check);
  write(root, testFile, test);
  return {
    created: [checkFile, testFile],
    edited: [findingFile, indexFile, titlesFile, ...catalogues.map((c) => c.file)],
  };
}
