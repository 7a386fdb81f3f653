import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Chromium drops every property its managed schema does not declare, nested ones included
 * (seen with a real policy file: a therapist arrived as `"therapist": {}`). So the managed
 * schema must declare every field of the contact policy, at every level.
 */
type Node = {
  type?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
};
const read = (file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public', file), 'utf8')) as Node;

/**
 * Every object path with its property names, e.g. "email.secureChannel" -> [name, url]. The
 * alternatives of a union (a channel is a portal, a phone or a session) add up: Chromium keeps
 * only what is declared, so one object must declare the fields of all of them.
 */
function shape(node: Node, at = '', out = new Map<string, string[]>()): Map<string, string[]> {
  if (node.properties) {
    out.set(at, [...new Set([...(out.get(at) ?? []), ...Object.keys(node.properties)])].sort());
    for (const [key, child] of Object.entries(node.properties)) shape(child, at ? `${at}.${key}` : key, out);
  }
  for (const alt of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) shape(alt, at, out);
  if (node.items) shape(node.items, `${at}[]`, out);
  return out;
}

describe('managed storage schema', () => {
  it('declares every field of a contact policy, at every level', () => {
    const policy = shape(read('contact-policy.schema.json'));
    const managed = shape(read('managed-schema.json').properties!.therapistPolicies!.items!);
    for (const [at, keys] of policy) {
      if (at === '') {
        expect(managed.get(at), 'top level').toEqual(expect.arrayContaining(keys.filter((k) => k !== '$schema')));
      } else {
        expect(managed.get(at), at).toEqual(keys);
      }
    }
  });
});
