import { z } from 'zod/mini';
import { safetyPlanSchema } from './safety-plan';

/** Identifies the format, not a place to fetch it from: the file ships inside the extension. */
export const SAFETY_PLAN_SCHEMA_ID = 'urn:between-sessions:safety-plan:v1';

/**
 * JSON Schema (draft 2020-12) of the safety plan file as written: every part optional, unknown
 * fields allowed (the reader ignores them with a warning). "At least one entry somewhere" is
 * checked by parseSafetyPlan only. public/safety-plan.schema.json is this, written by
 * `WRITE_SCHEMA=1 vitest run tests/unit/lib/safety-plan/json-schema.test.ts`.
 */
export function safetyPlanJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(safetyPlanSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    $schema,
    $id: SAFETY_PLAN_SCHEMA_ID,
    title: 'Between Sessions safety plan (format v1)',
    description:
      "A client's own safety plan (the six steps of the Stanley-Brown Safety Planning Intervention, and reasons for living), written with their therapist. The Between Sessions browser extension keeps it in the browser only and shows it first when a draft to the therapist shows risk.",
    ...rest,
  };
}
