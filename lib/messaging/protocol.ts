import { z } from 'zod/mini';
import type { Finding } from '../checks/finding';
import type { ListedView } from '../policy/listed-view';
import type { requestSchema } from './requests';

/**
 * What travels between the mail page and the background, as the page reads it. The page builds
 * its readers on first use, not at load: building zod schemas is most of what this script costs
 * a mail page at load (README, "Performance"). The request and draft schemas are never built
 * there at all (the background parses requests: requests.ts); the finding schema is built at the
 * first answer (findings.ts takes findings one by one).
 */

/** Messages from the mail page to the background: the background parses them (requests.ts). */
export type Request = z.input<typeof requestSchema>;

export type ResponseFor<R extends Request> = R['type'] extends 'evaluate-draft'
  ? EvaluateResponse
  : R['type'] extends 'listed-view'
    ? ListedViewResponse
    : R['type'] extends 'analyze-draft'
      ? AnalyzeResponse
      : AckResponse;

export type EvaluateResponse = { ok: true; findings: Finding[] } | { ok: false; error: string };
export type AckResponse = { ok: true } | { ok: false; error: string };
/** The prefetch's answer: the `info` findings of the draft as it stands, for the compose badge. */
export type AnalyzeResponse = { ok: true; findings?: unknown[] } | { ok: false; error: string };
export type ListedViewResponse = { ok: true; view: ListedView } | { ok: false; error: string };

const makeReaders = () => {
  const failure = z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) });
  const ack = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure]);
  return {
    /** Findings are taken one by one (messaging/findings.ts): one unreadable finding never hides the rest. */
    'evaluate-draft': z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), findings: z.array(z.unknown()).check(z.maxLength(100)) }),
      failure,
    ]),
    'accept-plain-email': ack,
    'record-send': ack,
    /** Read one by one on the page, like the dialog's. */
    'analyze-draft': z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), findings: z.optional(z.array(z.unknown()).check(z.maxLength(100))) }),
      failure,
    ]),
    /** The view itself is read by hand on the page (parseListedView): no settings schema there. */
    'listed-view': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), view: z.unknown() }), failure]),
    'save-note': ack,
    'suppress-check': ack,
  } as const;
};
let readers: ReturnType<typeof makeReaders> | undefined;

/** The page's reader of the answer to a request of this type. */
export function responseReader<T extends Request['type']>(type: T): ReturnType<typeof makeReaders>[T] {
  readers ??= makeReaders();
  return readers[type];
}
