import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask, NoAnswerError } from '../../../../lib/messaging/client';

/** fakeBrowser delivers answers given through sendResponse (listener returns true). */
function answerWith(value: unknown) {
  fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender: unknown, sendResponse: (v: unknown) => void) => {
    sendResponse(value);
    return true;
  });
}

describe('ask', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns the parsed answer of the background', async () => {
    answerWith({ ok: true, findings: [] });
    await expect(ask({ type: 'evaluate-draft', draft: { to: ['a@b.example'] } }, 500)).resolves.toEqual({ ok: true, findings: [] });
  });

  it('rejects an answer that does not follow the protocol', async () => {
    answerWith({ ok: true, findings: [{ id: 'nope' }] });
    await expect(ask({ type: 'evaluate-draft', draft: { to: [] } }, 500)).rejects.toThrow();
  });

  it('gives up with NoAnswerError when no answer comes in time', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => true); // keeps the channel open, never answers
    const started = Date.now();
    await expect(ask({ type: 'accept-plain-email', therapistId: 't' }, 40)).rejects.toBeInstanceOf(NoAnswerError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
