import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from './protocol';
import { responseReader } from './protocol';
import { NoAnswerError } from './errors';
import { acceptFindings } from './findings';
import { parseListedView } from '../policy/listed-view';

export { NoAnswerError };

/**
 * Sends a request to the background and parses its answer. Rejects with NoAnswerError after
 * `timeoutMs` (a sleeping or busy background must never hold a send for long).
 */
export async function ask<R extends Request>(request: R, timeoutMs: number): Promise<ResponseFor<R>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const raw: unknown = await Promise.race([browser.runtime.sendMessage(request), deadline]);
    const answer = responseReader(request.type).parse(raw);
    // One finding the page cannot read never discards the others (crisis above all).
    if (request.type === 'evaluate-draft' && answer.ok && 'findings' in answer) {
      return { ok: true, findings: acceptFindings(answer.findings as unknown[]) } as ResponseFor<R>;
    }
    if (request.type === 'listed-view' && answer.ok && 'view' in answer) {
      const view = parseListedView(answer.view);
      return (
        view ? { ok: true, view } : { ok: false, error: 'the list of people could not be read' }
      ) as ResponseFor<R>;
    }
    return answer as ResponseFor<R>;
  } finally {
    clearTimeout(timer);
  }
}
