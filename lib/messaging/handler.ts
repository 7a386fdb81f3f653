import { evaluateDraft } from '../checks';
import type { Settings } from '../policy/settings';
import type { AckResponse, EvaluateResponse } from './protocol';
import { requestSchema } from './protocol';

export interface HandlerDeps {
  loadSettings(): Promise<Settings>;
  acceptPlainEmail(therapistId: string, at: Date): Promise<void>;
  now(): Date;
}

/** The background's answer to one message from a mail page. Never throws. */
export async function handleRequest(raw: unknown, deps: HandlerDeps): Promise<EvaluateResponse | AckResponse> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'evaluate-draft': {
        const settings = await deps.loadSettings();
        return { ok: true, findings: evaluateDraft(request.draft, settings, { now: deps.now() }) };
      }
      case 'accept-plain-email':
        await deps.acceptPlainEmail(request.therapistId, deps.now());
        return { ok: true };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
