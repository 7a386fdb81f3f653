import { z } from 'zod/mini';
import { contactPolicySchema } from './contact-policy';

/** Identifies the format, not a place to fetch it from: the file ships inside the extension. */
export const POLICY_SCHEMA_ID = 'urn:between-sessions:contact-policy:v1';

/**
 * JSON Schema (draft 2020-12) of the contact policy file as written: fields with defaults are
 * optional, unknown fields are allowed (the reader ignores them with a warning). Checks JSON
 * Schema cannot say (addresses, time zones, overlapping hours, duplicate purposes) are made by
 * parsePolicy only. public/contact-policy.schema.json is this, written by
 * `WRITE_SCHEMA=1 vitest run tests/unit/lib/policy/json-schema.test.ts`.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(contactPolicySchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: 'Between Sessions contact policy (format v1)',
    description:
      'How a therapist wants to be contacted between sessions. A therapist writes or exports this file; a client imports it into the Between Sessions browser extension, which checks mail to the therapist against it.',
    ...rest,
  };
}
