import { z } from 'zod/mini';
import { draftSchema } from '../draft';
import { findingSchema } from '../checks/finding';
import type { ListedView } from '../policy/listed-view';
import { SUPPRESSIBLE } from '../policy/suppressions';

/** Messages from the mail page to the background. Both sides parse with these schemas. */
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
export type Request = z.input<typeof requestSchema>;

const failure = z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) });

export const evaluateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), findings: z.array(findingSchema).check(z.maxLength(100)) }),
  failure,
]);
export type EvaluateResponse = z.output<typeof evaluateResponseSchema>;

/** How the page reads an evaluate answer: findings are taken one by one (messaging/findings.ts). */
export const evaluateAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), findings: z.array(z.unknown()).check(z.maxLength(100)) }),
  failure,
]);

/**
 * The prefetch's answer: the `info` findings of the draft as it stands, for the compose badge
 * (read one by one on the page, like the dialog's).
 */
export const analyzeResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), findings: z.optional(z.array(z.unknown()).check(z.maxLength(100))) }),
  failure,
]);
export type AnalyzeResponse = { ok: true; findings?: unknown[] } | { ok: false; error: string };

export const ackResponseSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure]);
export type AckResponse = z.output<typeof ackResponseSchema>;

/** The view itself is read by hand on the page (parseListedView): no settings schema there. */
export const listedViewResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), view: z.unknown() }),
  failure,
]);
export type ListedViewResponse = { ok: true; view: ListedView } | { ok: false; error: string };

export type ResponseFor<R extends Request> = R['type'] extends 'evaluate-draft'
  ? EvaluateResponse
  : R['type'] extends 'listed-view'
    ? ListedViewResponse
    : R['type'] extends 'analyze-draft'
      ? AnalyzeResponse
      : AckResponse;

export const responseSchemas = {
  'evaluate-draft': evaluateAnswerSchema,
  'accept-plain-email': ackResponseSchema,
  'record-send': ackResponseSchema,
  'analyze-draft': analyzeResponseSchema,
  'listed-view': listedViewResponseSchema,
  'save-note': ackResponseSchema,
  'suppress-check': ackResponseSchema,
} as const;
