// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../lib/draft';
import { installDraftPrefetch, PREFETCH_DEBOUNCE_MS } from '../../../../lib/guard/prefetch';
import type { HostAdapter } from '../../../../lib/hosts/adapter';

const DRAFT: Draft = {
  to: ['maya@calmpractice.example'],
  cc: [],
  bcc: [],
  subject: 'Hi',
  body: 'Hello',
  encryption: 'tls',
  host: 'gmail',
};

function setup(listed: boolean, focusBody = false) {
  document.body.replaceChildren();
  const compose = document.createElement('div');
  compose.className = 'compose';
  const body = document.createElement('div');
  body.contentEditable = 'true';
  compose.append(body);
  document.body.append(compose);
  if (focusBody) {
    body.tabIndex = 0;
    body.focus();
  }
  const adapter = {
    composeOf: (el: Element) => el.closest('.compose'),
    readRecipients: vi.fn(() => ({ to: DRAFT.to, cc: [], bcc: [] })),
    readDraft: vi.fn(() => DRAFT),
  } as unknown as HostAdapter;
  const prefetch = vi.fn((_d: Draft, _c: Element) => undefined);
  const notListed = vi.fn((_c: Element) => undefined);
  const controller = new AbortController();
  installDraftPrefetch(window, { adapter, isListed: () => listed, prefetch, notListed }, controller.signal);
  const type = () => body.dispatchEvent(new Event('input', { bubbles: true }));
  return { adapter, prefetch, notListed, compose, controller, type };
}

describe('draft prefetch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a listed draft once typing pauses, not on every keystroke', () => {
    const s = setup(true);
    for (let i = 0; i < 5; i++) {
      s.type();
      vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS / 2);
    }
    expect(s.prefetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS);
    expect(s.prefetch).toHaveBeenCalledTimes(1);
    expect(s.prefetch).toHaveBeenCalledWith(DRAFT, s.compose);
    expect(s.notListed).not.toHaveBeenCalled();
  });

  it('never reads the body of mail to someone not listed', () => {
    const s = setup(false);
    s.type();
    vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS * 2);
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
    expect(s.prefetch).not.toHaveBeenCalled();
    // Its badge (if a listed person was on it before) is taken away.
    expect(s.notListed).toHaveBeenCalledWith(s.compose);
  });

  it('stops when the content script is torn down', () => {
    const s = setup(true);
    s.type();
    s.controller.abort();
    s.type();
    vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS * 2);
    expect(s.prefetch).not.toHaveBeenCalled();
  });

  it('started while someone is in a compose (run again in an open tab), looks at it without a keystroke', () => {
    const s = setup(true, true);
    vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS);
    expect(s.prefetch).toHaveBeenCalledTimes(1);
    expect(s.prefetch).toHaveBeenCalledWith(DRAFT, s.compose);
  });

  it('started with nothing focused, reads nothing until someone works in a compose', () => {
    const s = setup(true);
    vi.advanceTimersByTime(PREFETCH_DEBOUNCE_MS * 2);
    expect(s.adapter.readRecipients).not.toHaveBeenCalled();
    expect(s.prefetch).not.toHaveBeenCalled();
  });
});
