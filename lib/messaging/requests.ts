import { z } from 'zod/mini';
import { draftSchema } from '../draft';
import { findingSchema } from '../checks/finding';
import { SUPPRESSIBLE } from '../policy/suppressions';

/** Messages from the mail page to the background, as the background parses them (the page only sends them). */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('evaluate-draft'), draft: draftSchema }),
  z.object({
    type: z.literal('accept-plain-email'),
    counterpartId: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  z.object({ type: z.literal('analyze-draft'), draft: draftSchema }),
  z.object({ type: z.literal('record-send'), recipients: z.pick(draftSchema, { to: true, cc: true, bcc: true }) }),
  /** Who is listed, as a plain view (policy/listed-view.ts); may wait a little for managed settings. */
  z.object({
    type: z.literal('listed-view'),
    managedWaitMs: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(5000))),
  }),
  /** "Save for next session": the background keeps the subject, the body and the therapist's name only. */
  z.object({ type: z.literal('save-note'), draft: draftSchema }),
  /** "Not again for this one": 7 days, or `null` until the user withdraws it. */
  z.object({
    type: z.literal('suppress-check'),
    personId: z.string().check(z.minLength(1), z.maxLength(100)),
    check: z.enum(SUPPRESSIBLE),
    days: z.nullable(z.literal(7)),
  }),
]);

/** The background's answer to `evaluate-draft`, as it must be (the page reads it finding by finding). */
export const evaluateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), findings: z.array(findingSchema).check(z.maxLength(100)) }),
  z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) }),
]);

export const ackResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) }),
]);
