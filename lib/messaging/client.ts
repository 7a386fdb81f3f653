import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from './protocol';
import { responseSchemas } from './protocol';
import { NoAnswerError } from './errors';

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
    return responseSchemas[request.type].parse(raw) as ResponseFor<R>;
  } finally {
    clearTimeout(timer);
  }
}
