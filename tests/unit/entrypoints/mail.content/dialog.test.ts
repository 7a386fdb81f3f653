// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import type { CheckFrame, FrameDialogHandlers } from '../../../../lib/ui/check-frame';
import { createModalLayers } from '../../../../lib/ui/modal-layer';
import { createDialogPresenter } from '../../../../entrypoints/mail.content/dialog';
import { setTranslator } from '../../../../lib/i18n';
import { englishTranslator } from '../../../../lib/i18n/english';

const WARNING: Finding = { id: 'encryption', severity: 'warning', message: 'not encrypted' };
const CRISIS: Finding = {
  id: 'crisis',
  severity: 'critical',
  message: 'please call',
  crisis: { region: 'US', lines: [], fallback: 'Call 988.' },
};
const actions = () => ({ sendAnyway: vi.fn(), edit: vi.fn(), saveNote: vi.fn(), notShown: vi.fn() });

/** The frame as the presenter sees it: a host and an iframe, and the handlers it was given. */
function fakeFrame() {
  let host: HTMLElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  let failures = 0;
  const shown: { findings: unknown[]; handlers: FrameDialogHandlers }[] = [];
  const frame: CheckFrame = {
    warm: () => undefined,
    show(findings, handlers) {
      if (!host?.isConnected) {
        host = document.createElement('between-sessions-layer');
        // A focusable stand-in: happy-dom does not load frames.
        iframe = document.createElement('button') as unknown as HTMLIFrameElement;
        host.append(iframe);
        document.body.append(host);
      }
      host.style.visibility = 'visible';
      shown.push({ findings, handlers });
    },
    notice: () => undefined,
    badge: () => undefined,
    place: () => undefined,
    hide: () => void (host && (host.style.visibility = 'hidden')),
    shownHost: () => (host?.isConnected && host.style.visibility === 'visible' ? host : null),
    frameElement: () => iframe,
    isOwn: () => false,
    failures: () => failures,
  };
  return { frame, shown, iframe: () => iframe!, host: () => host!, fail: () => void (failures += 1) };
}

/** The fallback's shadow root, opened for the test only (the page gets a closed one). */
const fallback = () => document.querySelector('between-sessions-layer[aria-label]');

let controller: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('dialog presenter', () => {
  it('shows the findings in the frame, holds the page modal, and focuses the frame', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    presenter.open([WARNING], actions());
    expect(f.shown[0]!.findings).toEqual([WARNING]);
    expect(presenter.isShown()).toBe(true);
    expect(document.activeElement).toBe(f.iframe());
    // Page keys are swallowed while it is open.
    const seen: string[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.key));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'c' }));
    expect(seen).toEqual([]);
  });

  it("the frame's answers map to the two actions, with the plain-email choice", () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    const a = actions();
    presenter.open([WARNING], a);
    f.shown[0]!.handlers.answer({ type: 'answer', seq: 1, action: 'send-anyway', acceptPlainEmailFor: 't1' });
    expect(a.sendAnyway).toHaveBeenCalledWith({ acceptPlainEmailFor: 't1' });
    const b = actions();
    presenter.open([WARNING], b);
    f.shown[1]!.handlers.answer({ type: 'answer', seq: 2, action: 'edit' });
    expect(b.edit).toHaveBeenCalledTimes(1);
    expect(b.sendAnyway).not.toHaveBeenCalled();
  });

  it('a frame that fails: the same findings and both buttons in the fallback, and Send anyway sends once', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    const a = actions();
    presenter.open([CRISIS, WARNING], a);
    f.shown[0]!.handlers.failed('the frame did not load in time');
    const shadow = fallback()!.shadowRoot!;
    const dialog = shadow.querySelector('[data-testid="send-check-dialog"]')!;
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect([...dialog.querySelectorAll('[data-finding-id]')].map((e) => e.getAttribute('data-finding-id'))).toEqual([
      'crisis',
      'encryption',
    ]);
    expect(dialog.textContent).toContain('did not load in time');
    expect(dialog.textContent).toContain('Call 988.');
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('edit');
    expect(presenter.isShown()).toBe(true);
    (shadow.querySelector('[data-action="send-anyway"]') as HTMLElement).click();
    expect(a.sendAnyway).toHaveBeenCalledTimes(1);
    // A late answer from the frame is not a second one.
    f.shown[0]!.handlers.answer({ type: 'answer', seq: 1, action: 'send-anyway' });
    expect(a.sendAnyway).toHaveBeenCalledTimes(1);
  });

  it('a frame that fails when not even the fallback can be drawn: nothing stays held, and the guard is told', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    const a = actions();
    presenter.open([WARNING], a);
    // What an orphaned content script met: every catalogue lookup threw.
    setTranslator(() => {
      throw new Error('Extension context invalidated.');
    });
    try {
      f.shown[0]!.handlers.failed('the dialog could not be shown');
    } finally {
      setTranslator(englishTranslator);
    }
    expect(a.notShown).toHaveBeenCalledTimes(1);
    expect(presenter.isShown()).toBe(false);
    const seen: string[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.key));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'c' }));
    expect(seen).toEqual(['c']);
  });

  it('Esc in the fallback is Edit', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    const a = actions();
    presenter.open([WARNING], a);
    f.shown[0]!.handlers.failed('the frame was replaced');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Escape' }));
    expect(a.edit).toHaveBeenCalledTimes(1);
  });

  it('after two broken frames on a page, the dialog goes straight to the fallback', () => {
    const f = fakeFrame();
    f.fail();
    f.fail();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    presenter.open([WARNING], actions());
    expect(f.shown).toHaveLength(0);
    expect(fallback()!.shadowRoot!.querySelector('[data-action="send-anyway"]')).not.toBeNull();
  });

  it('once the extension went away under the page, the dialog goes straight to the fallback and says why', () => {
    const f = fakeFrame();
    const layers = createModalLayers(window, controller.signal, { shadow: 'open' });
    const presenter = createDialogPresenter(layers, f.frame, () => true);
    presenter.open([WARNING], actions());
    expect(f.shown).toHaveLength(0);
    expect(fallback()!.shadowRoot!.textContent).toContain('reload the tab');
  });

  it('a frame host the page removed: no longer shown, and keys are no longer held', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    presenter.open([WARNING], actions());
    f.host().remove();
    expect(presenter.isShown()).toBe(false);
    const seen: string[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.key));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'c' }));
    expect(seen).toEqual(['c']);
  });

  it('close hides the frame and releases the page', () => {
    const f = fakeFrame();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal, { shadow: 'open' }), f.frame);
    presenter.open([WARNING], actions());
    presenter.close();
    expect(presenter.isShown()).toBe(false);
    expect(f.frame.shownHost()).toBeNull();
  });
});
