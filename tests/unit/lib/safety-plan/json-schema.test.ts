import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAFETY_PLAN_SCHEMA_ID, safetyPlanJsonSchema } from '../../../../lib/safety-plan/json-schema';

/**
 * public/safety-plan.schema.json is generated from the zod schema; this test fails when the two
 * drift. Regenerate with `npm run schema`.
 */
const FILE = fileURLToPath(new URL('../../../../public/safety-plan.schema.json', import.meta.url));
const render = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;

type Node = { properties?: Record<string, Node>; required?: string[]; [k: string]: unknown };

describe('the safety plan JSON Schema', () => {
  it('matches public/safety-plan.schema.json', () => {
    const expected = render(safetyPlanJsonSchema());
    if (process.env['WRITE_SCHEMA'] === '1') writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('names itself and describes the file as written', () => {
    const schema = safetyPlanJsonSchema() as Node;
    expect(schema['$id']).toBe(SAFETY_PLAN_SCHEMA_ID);
    expect(Object.keys(schema.properties!)).toEqual([
      'format',
      'version',
      'updated',
      'warningSigns',
      'copingStrategies',
      'distractions',
      'helpers',
      'professionals',
      'safeEnvironment',
      'reasonsForLiving',
    ]);
    expect(schema.required).toEqual(['format', 'version']);
    expect(schema.properties!['helpers']).toMatchObject({ maxItems: 20, items: { required: ['name'] } });
    expect(render(schema)).not.toMatch(/"additionalProperties": false/);
  });
});
