// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import { createModalLayers } from '../../../../lib/ui/modal-layer';

// The real dialog, except that it fails to render for a finding whose message is "break": React 19
// reports such an error to onUncaughtError instead of throwing from flushSync.
vi.mock('../../../../components/SendCheckDialog', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../components/SendCheckDialog')>();
  return {
    SendCheckDialog: (props: Parameters<typeof real.SendCheckDialog>[0]) => {
      if (props.findings.some((f) => f.message === 'break')) throw new Error('render failed');
      return real.SendCheckDialog(props);
    },
  };
});

const { createDialogPresenter } = await import('../../../../entrypoints/mail.content/dialog');

const WARNING: Finding = { id: 'encryption', severity: 'warning', message: 'not encrypted' };
const actions = () => ({ sendAnyway: vi.fn(), edit: vi.fn(), saveNote: vi.fn() });
const overlay = () => document.querySelector('between-sessions-layer');

let controller: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('dialog presenter', () => {
  it('shows the dialog, says it is on screen, and focuses Edit', () => {
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal));
    presenter.open([WARNING], actions());
    expect(presenter.isShown()).toBe(true);
    const shadow = overlay()!.shadowRoot!;
    expect(shadow.querySelector('[data-action="send-anyway"]')).not.toBeNull();
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('edit');
  });

  it('a render that fails: open throws, and no overlay is left to hold the page', () => {
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal));
    expect(() => presenter.open([{ ...WARNING, message: 'break' }], actions())).toThrow(/did not render/);
    expect(overlay()).toBeNull();
    expect(presenter.isShown()).toBe(false);
    // Keys reach the page again.
    const seen: string[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.key));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'c' }));
    expect(seen).toEqual(['c']);
  });

  it('an overlay the page removed: no longer shown, and keys are no longer held', () => {
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal));
    presenter.open([WARNING], actions());
    overlay()!.remove();
    expect(presenter.isShown()).toBe(false);
    const seen: string[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.key));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'c' }));
    expect(seen).toEqual(['c']);
  });

  it('close removes the overlay', () => {
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal));
    presenter.open([WARNING], actions());
    presenter.close();
    expect(overlay()).toBeNull();
    expect(presenter.isShown()).toBe(false);
  });
});
