import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PURPOSES } from '../../lib/policy/contact-policy';
import { policyJsonSchema } from '../../lib/policy/json-schema';
import { ROOT } from './support/imports';

/**
 * docs/interfaces.md describes the public interfaces; this keeps it complete when the code grows:
 * every field of the policy file, every purpose, every command-line flag and the dialog's hooks.
 * (Finding ids are held by completeness.test.ts.)
 */
const docs = fs.readFileSync(path.join(ROOT, 'docs/interfaces.md'), 'utf8');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  items?: SchemaNode;
}

/** Dotted paths of every leaf field; `availability.hours` counts as one (its day keys are one row). */
export function fieldPaths(node: SchemaNode, prefix = ''): string[] {
  const object = node.properties ? node : node.anyOf?.find((n) => n.properties);
  if (!object?.properties || prefix === 'availability.hours') return prefix ? [prefix] : [];
  return Object.entries(object.properties).flatMap(([key, child]) =>
    fieldPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** A leaf is documented by its own row, or by its parent's (`email.secureChannel` covers name and url). */
const documented = (leaf: string) =>
  [leaf, leaf.slice(0, leaf.lastIndexOf('.'))].some((p) => p && docs.includes(`| \`${p}\` |`));

/** The long options of check-draft, as its parseArgs call declares them. */
function cliFlags(): string[] {
  const source = read('lib/cli/check-draft.ts');
  const options = /options:\s*\{([\s\S]*?)\n\s*\},\n/.exec(source)?.[1] ?? '';
  return [...options.matchAll(/^\s*'?([a-z][\w-]*)'?: \{ type:/gm)].map((m) => `--${m[1]}`);
}

describe('docs/interfaces.md', () => {
  it('has a row for every field of the policy file', () => {
    const paths = fieldPaths(policyJsonSchema() as SchemaNode);
    expect(paths).toEqual(
      expect.arrayContaining(['format', 'therapist.emails', 'email.secureChannel.url', 'availability.hours', 'notes']),
    );
    expect(paths.filter((p) => !documented(p))).toEqual([]);
  });

  it('has a row for every purpose', () => {
    expect(PURPOSES.filter((p) => !docs.includes(`| \`${p}\` |`))).toEqual([]);
  });

  it('names every check-draft flag, as the README does', () => {
    const flags = cliFlags();
    expect(flags).toContain('--policy');
    expect(flags.filter((flag) => !docs.includes(flag))).toEqual([]);
    expect(flags.filter((flag) => !read('README.md').includes(flag))).toEqual([]);
  });

  it('names the dialog hooks the dialog renders', () => {
    const dialog = read('components/SendCheckDialog.tsx');
    const hooks = [...dialog.matchAll(/data-(?:testid|action)="([\w-]+)"/g)].map((m) => m[1]!);
    expect(hooks).toEqual(expect.arrayContaining(['send-check-dialog', 'send-anyway', 'edit']));
    expect(hooks.filter((hook) => !docs.includes(`"${hook}"`))).toEqual([]);
  });

  it('finds a field that has no row', () => {
    const schema: SchemaNode = { properties: { email: { properties: { tipJar: {}, maxWords: {} } } } };
    expect(fieldPaths(schema)).toEqual(['email.tipJar', 'email.maxWords']);
    expect(fieldPaths(schema).filter((p) => !documented(p))).toEqual(['email.tipJar']);
  });
});
