import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, PURPOSES } from '../../../../lib/policy/contact-policy';
import { POLICY_SCHEMA_ID, policyJsonSchema } from '../../../../lib/policy/json-schema';

/**
 * public/contact-policy.schema.json is generated from the zod schema (docs/interfaces.md); this
 * test fails when the two drift. Regenerate with:
 *   WRITE_SCHEMA=1 npx vitest run tests/unit/lib/policy/json-schema.test.ts
 */
const FILE = fileURLToPath(new URL('../../../../public/contact-policy.schema.json', import.meta.url));

// Key order is zod's, which follows the schema (and so the field table of docs/interfaces.md): deterministic.
const render = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;

type Node = { properties?: Record<string, Node>; required?: string[]; [k: string]: unknown };

describe('the generated JSON Schema', () => {
  it('matches public/contact-policy.schema.json', () => {
    const expected = render(policyJsonSchema());
    if (process.env['WRITE_SCHEMA'] === '1') writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('is stable between calls', () => {
    expect(render(policyJsonSchema())).toBe(render(policyJsonSchema()));
  });

  it('names itself', () => {
    const schema = policyJsonSchema();
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(POLICY_SCHEMA_ID);
  });

  it('describes the file as written: required fields, defaults optional, unknown fields allowed', () => {
    const schema = policyJsonSchema() as Node;
    const props = schema.properties!;
    expect(Object.keys(props)).toEqual([
      'format',
      'version',
      'updated',
      'therapist',
      'email',
      'availability',
      'emergency',
      'notes',
    ]);
    expect(schema.required).toEqual(['format', 'version', 'therapist', 'email', 'emergency']);
    expect(props['format']).toMatchObject({ const: 'between-sessions.contact-policy' });
    expect(props['version']).toMatchObject({ const: 1 });
    const email = props['email']!;
    expect(email.required).toEqual(['purposes', 'encryption']);
    expect(email.properties!['encryption']).toMatchObject({ enum: ['required', 'preferred', 'not-required'] });
    expect(email.properties!['purposes']).toMatchObject({ items: { enum: [...PURPOSES] } });
    expect(props['availability']!.required).toEqual(['timezone', 'hours']);
    expect(props['emergency']!.properties!['region']).toMatchObject({ enum: [...COUNTRY_CODES] });
    expect(render(schema)).not.toMatch(/"additionalProperties": false/);
  });
});
