import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask, NoAnswerError } from '../../../../lib/messaging/client';

/** fakeBrowser delivers answers given through sendResponse (listener returns true). */
function answerWith(value: unknown) {
  fakeBrowser.runtime.onMessage.addListener(
    (_message: unknown, _sender: unknown, sendResponse: (v: unknown) => void) => {
      sendResponse(value);
      return true;
    },
  );
}

describe('ask', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns the parsed answer of the background', async () => {
    answerWith({ ok: true, findings: [] });
    await expect(ask({ type: 'evaluate-draft', draft: { to: ['a@b.example'] } }, 500)).resolves.toEqual({
      ok: true,
      findings: [],
    });
  });

  it('rejects an answer that does not follow the protocol', async () => {
    answerWith({ ok: 'maybe', findings: [] });
    await expect(ask({ type: 'evaluate-draft', draft: { to: [] } }, 500)).rejects.toThrow();
  });

  it('takes findings one by one: a bad one becomes "unchecked", the others stay, a crisis finding is always kept', async () => {
    const good = { id: 'encryption', severity: 'warning', message: 'plain' };
    const longCrisis = {
      id: 'crisis',
      severity: 'critical',
      message: 'x'.repeat(5000),
      evidence: [{ field: 'body', text: 'y'.repeat(5000), start: 0, end: 3 }],
      crisis: {
        region: 'US',
        lines: [
          {
            name: '988',
            description: 'd',
            number: '988',
            hours: '24/7',
            contacts: [{ via: 'call', label: 'Call 988', href: 'tel:988' }],
          },
        ],
      },
    };
    answerWith({ ok: true, findings: [{ id: 'nope' }, good, longCrisis] });
    const answer = await ask({ type: 'evaluate-draft', draft: { to: [] } }, 500);
    const findings = answer.ok ? answer.findings : [];
    expect(findings.map((f) => f.id)).toEqual(['encryption', 'crisis', 'unchecked']);
    const crisis = findings.find((f) => f.id === 'crisis')!;
    expect(crisis.severity).toBe('critical');
    expect(crisis.crisis?.lines[0]?.contacts[0]?.href).toBe('tel:988');
  });

  it('a crisis finding with nothing usable still shows as crisis, with general guidance', async () => {
    answerWith({ ok: true, findings: [{ id: 'crisis', severity: 'loud', message: 42, crisis: { lines: 'none' } }] });
    const answer = await ask({ type: 'evaluate-draft', draft: { to: [] } }, 500);
    const findings = answer.ok ? answer.findings : [];
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['crisis', 'critical']]);
    expect(findings[0]!.crisis?.fallback).toBeTruthy();
  });

  it('gives up with NoAnswerError when no answer comes in time', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => true); // keeps the channel open, never answers
    const started = Date.now();
    await expect(ask({ type: 'accept-plain-email', counterpartId: 't' }, 40)).rejects.toBeInstanceOf(NoAnswerError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
