import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../tools/scaffold-check';
import { ROOT } from './support/imports';

/**
 * The catalogues agree (docs/i18n.md): every language has every key of English, with the same
 * placeholders; English describes each key for translators; nothing is left as a TODO; and
 * every key is used somewhere, so the catalogue does not fill with dead words.
 */

interface Entry {
  message?: unknown;
  description?: unknown;
  placeholders?: Record<string, { content?: unknown }>;
}
type Catalogue = Record<string, Entry>;

const KEY = /^[A-Za-z0-9_@]+$/;

function placeholderSignature(entry: Entry): string {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${String(p.content)}`)
    .sort()
    .join(',');
}

export function catalogueProblems(catalogues: Record<string, Catalogue>, source: string): string[] {
  const problems: string[] = [];
  const english = catalogues.en ?? {};
  for (const [key, entry] of Object.entries(english)) {
    if (!KEY.test(key)) problems.push(`en: "${key}" is not a valid message name (letters, digits, _ and @)`);
    if (typeof entry.description !== 'string' || !entry.description.trim())
      problems.push(`en: ${key} has no description for translators`);
    if (!source.includes(`'${key}'`) && !source.includes(`__MSG_${key}__`))
      problems.push(`en: ${key} is not used anywhere in the code`);
  }
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(english)) if (!(key in catalogue)) problems.push(`${lang}: ${key} is missing`);
    for (const [key, entry] of Object.entries(catalogue)) {
      if (!(key in english)) {
        problems.push(`${lang}: ${key} is not in English`);
        continue;
      }
      if (typeof entry.message !== 'string' || !entry.message.trim()) problems.push(`${lang}: ${key} has no message`);
      else {
        if (/^TODO/.test(entry.message)) problems.push(`${lang}: ${key} is still a TODO`);
        const declared = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
        const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
        for (const name of used)
          if (!declared.has(name))
            problems.push(`${lang}: ${key} uses $${name.toUpperCase()}$, which it does not declare`);
        for (const name of declared)
          if (!used.has(name)) problems.push(`${lang}: ${key} declares ${name} but never uses it`);
      }
      if (placeholderSignature(entry) !== placeholderSignature(english[key]!))
        problems.push(`${lang}: ${key} has other placeholders than English`);
    }
  }
  return problems;
}

function readCatalogues(): Record<string, Catalogue> {
  const dir = path.join(ROOT, 'public/_locales');
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .map((lang) => [lang, JSON.parse(fs.readFileSync(path.join(dir, lang, 'messages.json'), 'utf8')) as Catalogue]),
  );
}

function readSource(): string {
  const files: string[] = [path.join(ROOT, 'wxt.config.ts')];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(e.name)) files.push(full);
    }
  };
  for (const dir of ['components', 'entrypoints', 'lib']) walk(path.join(ROOT, dir));
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('the message catalogues', () => {
  const catalogues = readCatalogues();
  const source = readSource();

  it('are the languages the project lists, English first', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  it('agree with English in every language', () => {
    expect(catalogueProblems(catalogues, source)).toEqual([]);
  });

  describe('and the test says so when they drift', () => {
    const clone = (): Record<string, Catalogue> => structuredClone(catalogues);

    it('a key missing in one language, or only in one', () => {
      const c = clone();
      delete c.de!.selfcheck_found;
      c.fr!.only_here = { message: 'x' };
      expect(catalogueProblems(c, source)).toEqual([
        'de: selfcheck_found is missing',
        'fr: only_here is not in English',
      ]);
    });

    it('a placeholder renamed, dropped or left unused', () => {
      const c = clone();
      c.es!.selfcheck_message = { message: 'Mensaje $NUM$', placeholders: { num: { content: '$1' } } };
      c.fr!.selfcheck_heading = { message: 'Between Sessions', placeholders: c.fr!.selfcheck_heading!.placeholders! };
      expect(catalogueProblems(c, source)).toEqual([
        'es: selfcheck_message has other placeholders than English',
        'fr: selfcheck_heading declares host but never uses it',
      ]);
    });

    it('a TODO, no description, an unused key', () => {
      const c = clone();
      c.de!.selfcheck_copied = { message: 'TODO: translate the English heading' };
      c.en!.selfcheck_copied = { message: 'Copied.' };
      c.en!.never_used = { message: 'x', description: 'y' };
      for (const lang of ['es', 'de', 'fr']) c[lang]!.never_used = { message: 'x' };
      expect(catalogueProblems(c, source)).toEqual([
        'en: selfcheck_copied has no description for translators',
        'en: never_used is not used anywhere in the code',
        'de: selfcheck_copied is still a TODO',
      ]);
    });
  });
});
