// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import type { DialogActions } from '../../../../lib/guard/send-guard';
import { installSendGuard } from '../../../../lib/guard/send-guard';
import type { HostAdapter, Recipients } from '../../../../lib/hosts/adapter';
import type { ask } from '../../../../lib/messaging/client';
import type { LoadedSettings } from '../../../../lib/storage/settings';
import { readSettings } from '../../../../lib/storage/settings';
import { listedViewOf } from '../../../../lib/storage/listed-view';
import {
  LIST_UNKNOWN,
  MANAGED_PENDING,
  mailPageDeps,
  SETTINGS_UNREADABLE,
} from '../../../../entrypoints/mail.content/wiring';
import { draft, settingsWith, therapist } from '../../support/builders';

/** The content script's wiring with the real guard: only the background (ask) and the DOM are fakes. */
const MAYA = 'maya@calmpractice.example';
const listedSettings = () => readSettings(settingsWith([therapist()]));

function page(recipients: Recipients) {
  document.body.replaceChildren();
  const compose = document.createElement('div');
  const send = document.createElement('button');
  send.id = 'send';
  compose.append(send);
  document.body.append(compose);
  const adapter = {
    host: 'gmail' as const,
    composeOf: () => compose,
    classify: (event: Event) =>
      event.target === send && event.type === 'click' ? { compose, action: 'send' as const, decisive: true } : null,
    composeKey: () => null,
    findCompose: () => null,
    readRecipients: () => recipients,
    readDraft: vi.fn(() => draft({ to: recipients.to })),
    resend: vi.fn(() => true),
    focusBody: () => undefined,
    composeWindowOf: (el: Element) => el,
  } satisfies HostAdapter;
  return {
    adapter,
    click: () => send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })),
  };
}

function wire(
  options: {
    answers: (request: { type: string }) => Promise<unknown>;
    settings: (o?: { managedWaitMs?: number }) => Promise<LoadedSettings>;
  },
  recipients: Recipients,
) {
  const host = page(recipients);
  const dialogs: { findings: Finding[]; actions: DialogActions }[] = [];
  let shown = false;
  const deps = mailPageDeps({
    doc: document,
    adapter: host.adapter,
    ask: vi.fn((request: { type: string }) => options.answers(request)) as unknown as typeof ask,
    // The background's view of the same settings (lib/storage/listed-view.ts).
    loadListed: (o) => options.settings(o).then(listedViewOf),
    watchListed: () => () => undefined,
    dialog: {
      open: (findings, actions) => {
        dialogs.push({ findings, actions });
        shown = true;
      },
      close: () => void (shown = false),
      isShown: () => shown,
    },
    isOwnUi: () => false,
    isInvalid: () => false,
  });
  installSendGuard(window, { ...deps.guard, timeoutMs: 500 }, controller.signal);
  return { ...host, dialogs, deps };
}

const notice = (id: string) =>
  document.querySelector(`between-sessions-notice[data-testid="${id}"]`)?.shadowRoot?.textContent ?? null;
const until = (assertion: () => void) => vi.waitFor(assertion, { interval: 2, timeout: 2000 });

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('mail page wiring', () => {
  it('a background that answers {ok:false} gives "unchecked", never a silent send', async () => {
    const s = wire(
      { answers: async () => ({ ok: false, error: 'storage failed' }), settings: async () => listedSettings() },
      { to: [MAYA], cc: [], bcc: [] },
    );
    s.click();
    await until(() => expect(s.dialogs).toHaveLength(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it.each([
    ['a rejection', () => Promise.reject(new Error('no answer'))],
    ['an {ok:false} answer', async () => ({ ok: false, error: 'unknown therapist or client' })],
  ])('a failed "don\'t warn me again" says so, whether the failure is %s', async (_what, failure) => {
    const s = wire(
      {
        answers: (request) =>
          request.type === 'evaluate-draft'
            ? Promise.resolve({
                ok: true,
                findings: [
                  {
                    id: 'encryption',
                    severity: 'warning',
                    message: 'plain',
                    acceptFor: { counterpartId: 't-maya', name: 'Maya' },
                  },
                ],
              })
            : request.type === 'accept-plain-email'
              ? failure()
              : Promise.resolve({ ok: true }),
        settings: async () => listedSettings(),
      },
      { to: [MAYA], cc: [], bcc: [] },
    );
    s.click();
    await until(() => expect(s.dialogs).toHaveLength(1));
    s.dialogs[0]!.actions.sendAnyway({ acceptPlainEmailFor: 't-maya' });
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    await until(() => expect(notice('bs-notice')).toContain('could not be saved'));
  });

  it.each([['settings that do not parse', async () => readSettings({ role: 'nobody', therapists: 'x' })]])(
    '%s: every send is stopped as "unchecked", pointing to the options page, its body unread',
    async (_what, settings) => {
      const s = wire(
        { answers: async () => ({ ok: true, findings: [] }), settings },
        { to: ['sam@example.org'], cc: [], bcc: [] },
      );
      s.click();
      await until(() => expect(s.dialogs).toHaveLength(1));
      expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
      expect(s.dialogs[0]!.findings[0]!.message).toContain(SETTINGS_UNREADABLE);
      expect(s.dialogs[0]!.findings[0]!.message).toContain('options page');
      expect(s.adapter.readDraft).not.toHaveBeenCalled();
      expect(s.adapter.resend).not.toHaveBeenCalled();
    },
  );

  it('a background that never says who is listed: every send is stopped as "unchecked", its body unread, and asked again', async () => {
    const settings = vi.fn(() => Promise.reject(new Error('no answer')));
    const s = wire(
      { answers: async () => ({ ok: true, findings: [] }), settings },
      { to: ['sam@example.org'], cc: [], bcc: [] },
    );
    s.click();
    await until(() => expect(s.dialogs).toHaveLength(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(s.dialogs[0]!.findings[0]!.message).toContain(LIST_UNKNOWN);
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
    expect(settings).toHaveBeenCalledTimes(2);
  });

  it('organisation settings never read yet: a send is stopped as "unchecked", never let through as "nobody listed"', async () => {
    const pending = async () => ({ ...readSettings(null), managedPending: true as const });
    const s = wire(
      { answers: async () => ({ ok: true, findings: [] }), settings: pending },
      { to: ['dr.org@clinic.example'], cc: [], bcc: [] },
    );
    s.click();
    await until(() => expect(s.dialogs).toHaveLength(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(s.dialogs[0]!.findings[0]!.message).toContain(MANAGED_PENDING);
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
  });

  it('organisation settings that arrive while the check waits: the send is checked against them', async () => {
    const settings = vi.fn(async (o?: { managedWaitMs?: number }) =>
      o?.managedWaitMs
        ? readSettings(settingsWith([therapist({ emails: ['dr.org@clinic.example'] })]))
        : { ...readSettings(null), managedPending: true as const },
    );
    const evaluate = vi.fn(async () => ({
      ok: true,
      findings: [{ id: 'encryption', severity: 'warning', message: 'plain' }],
    }));
    const s = wire({ answers: evaluate, settings }, { to: ['dr.org@clinic.example'], cc: [], bcc: [] });
    s.click();
    await until(() => expect(s.dialogs).toHaveLength(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['encryption']);
    expect(settings).toHaveBeenCalledWith({ managedWaitMs: 800 });
  });

  it('readable settings with nobody on the message: the send goes straight to the page', async () => {
    const s = wire(
      { answers: async () => ({ ok: true, findings: [] }), settings: async () => listedSettings() },
      { to: ['sam@example.org'], cc: [], bcc: [] },
    );
    await (s.deps.guard.settingsReady as () => Promise<void>)();
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    document.querySelector('#send')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(s.dialogs).toHaveLength(0);
  });
});
