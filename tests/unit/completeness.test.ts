import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkName, LOCALES, scaffoldCheck } from '../tools/scaffold-check';
import { ROOT } from './support/imports';

/**
 * Every finding id is complete: produced by a check file that is registered (a check missing from
 * lib/checks/index.ts never runs, silently), titled for the dialog, unit-tested, and described in
 * the README and docs/interfaces.md. CONTRIBUTING.md, "Add a check", lists the same steps.
 */

/** Ids no check produces: the guard raises `unchecked` when it cannot check a message. */
const NOT_FROM_A_CHECK: Record<string, string> = { unchecked: 'tests/unit/lib/guard/send-guard.test.ts' };

interface Tree {
  ids: readonly string[];
  /** Exports of each lib/checks/<name>.ts, by <name>. */
  modules: Record<string, Record<string, unknown>>;
  registered: readonly unknown[];
  titles: Record<string, string | undefined>;
  files: ReadonlySet<string>;
  readme: string;
  docs: string;
}

function completenessProblems(tree: Tree): string[] {
  const problems: string[] = [];
  for (const id of tree.ids) {
    const name = checkName(id);
    const testFile = NOT_FROM_A_CHECK[id] ?? `tests/unit/lib/checks/${id}.test.ts`;
    if (!(id in NOT_FROM_A_CHECK)) {
      const check = tree.modules[id]?.[name];
      if (typeof check !== 'function') problems.push(`${id}: lib/checks/${id}.ts does not export ${name}`);
      else if (!tree.registered.includes(check))
        problems.push(`${id}: ${name} is not registered in lib/checks/index.ts, so it never runs`);
    }
    if (!tree.files.has(testFile)) problems.push(`${id}: no unit test (${testFile})`);
    const title = tree.titles[id]?.trim() ?? '';
    if (!title || /^TODO/.test(title))
      problems.push(`${id}: no dialog heading (components/finding-titles.ts, public/_locales/en/messages.json)`);
    if (!tree.readme.includes(`**\`${id}\`**`))
      problems.push(`${id}: no entry under "What it checks today" in README.md`);
    if (!tree.docs.includes(`| \`${id}\` |`))
      problems.push(`${id}: no row in the findings table of docs/interfaces.md`);
  }
  for (const [file, exports] of Object.entries(tree.modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === 'function' && /Check$/.test(name) && !tree.ids.includes(file)) {
        problems.push(
          `lib/checks/${file}.ts exports ${name}, but "${file}" is not a finding id in lib/checks/finding.ts`,
        );
      }
    }
  }
  return problems;
}

function listFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(root, `${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}

async function treeAt(root: string): Promise<Tree> {
  const load = (file: string) => import(/* @vite-ignore */ path.join(root, file)) as Promise<Record<string, unknown>>;
  const { findingIds } = (await load('lib/checks/finding.ts')) as { findingIds: readonly string[] };
  const { TO_THERAPIST, TO_CLIENT } = (await load('lib/checks/index.ts')) as Record<string, unknown[]>;
  const { FINDING_TITLE_KEYS } = (await load('components/finding-titles.ts')) as {
    FINDING_TITLE_KEYS: Record<string, string>;
  };
  const english = JSON.parse(fs.readFileSync(path.join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message?: string }
  >;
  const titles = Object.fromEntries(Object.entries(FINDING_TITLE_KEYS).map(([id, key]) => [id, english[key]?.message]));
  const modules: Tree['modules'] = {};
  for (const file of fs.readdirSync(path.join(root, 'lib/checks'))) {
    if (file.endsWith('.ts')) modules[file.slice(0, -3)] = await load(`lib/checks/${file}`);
  }
  return {
    ids: findingIds,
    modules,
    registered: [...TO_THERAPIST!, ...TO_CLIENT!],
    titles,
    files: new Set(listFiles(root, 'tests/unit')),
    readme: fs.readFileSync(path.join(root, 'README.md'), 'utf8'),
    docs: fs.readFileSync(path.join(root, 'docs/interfaces.md'), 'utf8'),
  };
}

describe('every finding id is complete', () => {
  it('in this repository', async () => {
    expect(completenessProblems(await treeAt(ROOT))).toEqual([]);
  });

  describe('and the test says so when a step is forgotten', () => {
    it('a check left out of lib/checks/index.ts', async () => {
      const tree = await treeAt(ROOT);
      const tooLong = tree.modules['too-long']!.tooLongCheck;
      const problems = completenessProblems({ ...tree, registered: tree.registered.filter((c) => c !== tooLong) });
      expect(problems).toEqual(['too-long: tooLongCheck is not registered in lib/checks/index.ts, so it never runs']);
    });

    it('no title, or a TODO one', async () => {
      const tree = await treeAt(ROOT);
      expect(completenessProblems({ ...tree, titles: { ...tree.titles, phi: '' } })).toEqual([
        'phi: no dialog heading (components/finding-titles.ts, public/_locales/en/messages.json)',
      ]);
      expect(completenessProblems({ ...tree, titles: { ...tree.titles, phi: 'TODO: a heading' } })).toHaveLength(1);
    });

    it('no unit test', async () => {
      const tree = await treeAt(ROOT);
      const files = new Set([...tree.files].filter((f) => f !== 'tests/unit/lib/checks/purpose.test.ts'));
      expect(completenessProblems({ ...tree, files })).toEqual([
        'purpose: no unit test (tests/unit/lib/checks/purpose.test.ts)',
      ]);
    });

    it('no README entry, no docs row', async () => {
      const tree = await treeAt(ROOT);
      expect(completenessProblems({ ...tree, readme: tree.readme.replace('**`crisis`**', 'crisis') })).toEqual([
        'crisis: no entry under "What it checks today" in README.md',
      ]);
      expect(completenessProblems({ ...tree, docs: tree.docs.replace('| `crisis` |', '| crisis |') })).toEqual([
        'crisis: no row in the findings table of docs/interfaces.md',
      ]);
    });

    it('a check file whose name is not a finding id', async () => {
      const tree = await treeAt(ROOT);
      const modules = { ...tree.modules, 'word-count': { wordCountCheck: () => [] } };
      expect(completenessProblems({ ...tree, modules })).toEqual([
        'lib/checks/word-count.ts exports wordCountCheck, but "word-count" is not a finding id in lib/checks/finding.ts',
      ]);
    });
  });
});

describe('npm run new:check', () => {
  // A copy of the tree under the git-ignored test-results/, so imports still resolve.
  const copy = path.join(ROOT, 'test-results', `new-check-${process.pid}`);
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('scaffolds a registered check and its test, and leaves only what a person must write', async () => {
    fs.rmSync(copy, { recursive: true, force: true });
    for (const dir of ['lib', 'components', 'docs', 'public', 'tests/unit'])
      fs.cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'README.md'), path.join(copy, 'README.md'));

    const done = scaffoldCheck(copy, 'word-count', 'both');
    expect(done.created).toEqual(['lib/checks/word-count.ts', 'tests/unit/lib/checks/word-count.test.ts']);

    const tree = await treeAt(copy);
    expect(tree.ids).toContain('word-count');
    const index = (await import(/* @vite-ignore */ path.join(copy, 'lib/checks/index.ts'))) as Record<
      string,
      unknown[]
    >;
    const check = tree.modules['word-count']!.wordCountCheck;
    expect(index.TO_THERAPIST).toContain(check);
    expect(index.TO_CLIENT).toContain(check);
    expect(completenessProblems(tree)).toEqual([
      'word-count: no dialog heading (components/finding-titles.ts, public/_locales/en/messages.json)',
      'word-count: no entry under "What it checks today" in README.md',
      'word-count: no row in the findings table of docs/interfaces.md',
    ]);
    for (const lang of LOCALES) {
      const catalogue = JSON.parse(fs.readFileSync(path.join(copy, `public/_locales/${lang}/messages.json`), 'utf8'));
      expect(catalogue.finding_title_word_count.message, lang).toMatch(/^TODO/);
    }
    expect(fs.readFileSync(path.join(copy, 'tests/unit/lib/checks/word-count.test.ts'), 'utf8')).toContain(
      "from '../../../../lib/checks/word-count'",
    );
  });

  it('refuses an id that exists or is not kebab-case, and changes nothing', () => {
    const before = fs.readFileSync(path.join(copy, 'lib/checks/finding.ts'), 'utf8');
    expect(() => scaffoldCheck(copy, 'too-long')).toThrow(/already a finding id/);
    expect(() => scaffoldCheck(copy, 'Too Long')).toThrow(/not a finding id/);
    expect(fs.readFileSync(path.join(copy, 'lib/checks/finding.ts'), 'utf8')).toBe(before);
  });
});
