// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import { parseSafetyPlan } from '../../../../lib/safety-plan/safety-plan';
import type { StoredSafetyPlan } from '../../../../lib/storage/safety-plan';
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
const CRISIS: Finding = {
  id: 'crisis',
  severity: 'info',
  message: 'words about harm',
  crisis: {
    region: 'US',
    lines: [
      {
        name: '988 Lifeline',
        description: 'Call or text',
        number: '988',
        hours: '24/7',
        contacts: [{ via: 'call', label: 'Call 988', href: 'tel:988' }],
      },
    ],
  },
};
const actions = () => ({ sendAnyway: vi.fn(), edit: vi.fn() });
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

  it('reads the safety plan only for a crisis finding, never waits for it, and shows it first', async () => {
    const plan = parseSafetyPlan({
      format: 'between-sessions.safety-plan',
      version: 1,
      helpers: [{ name: 'Sam', phone: '+1 555 0199' }],
    });
    if (!plan.ok) throw new Error('bad plan');
    let answer: (value: StoredSafetyPlan) => void = () => undefined;
    const loadPlan = vi.fn(() => new Promise<StoredSafetyPlan>((resolve) => (answer = resolve)));
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal), { loadPlan });

    presenter.open([WARNING], actions());
    expect(loadPlan).not.toHaveBeenCalled();

    presenter.open([CRISIS, WARNING], actions());
    // Open and usable before storage answers.
    expect(presenter.isShown()).toBe(true);
    const shadow = overlay()!.shadowRoot!;
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('edit');
    expect(shadow.querySelector('[data-testid="safety-plan"]')).toBeNull();
    answer({ plan: plan.plan });
    await vi.waitFor(() => expect(shadow.querySelector('[data-testid="safety-plan"]')).not.toBeNull());
    expect(shadow.querySelector('[data-testid="safety-plan"] a')?.getAttribute('href')).toBe('tel:+15550199');
    // Focus stays where it was.
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('edit');
  });

  it('after sending, the crisis notice shows the plan above the lines; with no plan, the lines alone', async () => {
    const plan = parseSafetyPlan({ format: 'between-sessions.safety-plan', version: 1, copingStrategies: ['Walk'] });
    if (!plan.ok) throw new Error('bad plan');
    const notice = () => document.querySelector('between-sessions-notice[data-testid="bs-crisis-notice"]');
    const withPlan = createDialogPresenter(createModalLayers(window, controller.signal), {
      loadPlan: async () => ({ plan: plan.plan }),
    });
    withPlan.showCrisisNotice(CRISIS);
    await vi.waitFor(() => expect(notice()?.shadowRoot?.querySelector('[data-testid="safety-plan"]')).toBeTruthy());
    expect(notice()!.shadowRoot!.querySelector('[role="status"]')?.textContent).toMatch(/988/);

    notice()!.remove();
    const without = createDialogPresenter(createModalLayers(window, controller.signal), {
      loadPlan: () => Promise.reject(new Error('context gone')),
    });
    without.showCrisisNotice(CRISIS);
    await vi.waitFor(() => expect(notice()?.shadowRoot?.querySelector('[role="status"]')?.textContent).toMatch(/988/));
    expect(notice()!.shadowRoot!.querySelector('[data-testid="safety-plan"]')).toBeNull();
  });

  it('a plan that never comes does not hold back the crisis lines after sending', async () => {
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal), {
      loadPlan: () => new Promise(() => undefined),
    });
    presenter.showCrisisNotice(CRISIS);
    const status = () =>
      document
        .querySelector('between-sessions-notice[data-testid="bs-crisis-notice"]')
        ?.shadowRoot?.querySelector('[role="status"]')?.textContent;
    await vi.waitFor(() => expect(status()).toMatch(/988/), { timeout: 2000 });
  });
});
