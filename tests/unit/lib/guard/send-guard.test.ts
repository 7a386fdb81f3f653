// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/checks/finding';
import type { Draft } from '../../../../lib/draft';
import type { DialogActions, GuardDeps, SuppressChoice } from '../../../../lib/guard/send-guard';
import { installSendGuard, SEND_CONFIRM_MS } from '../../../../lib/guard/send-guard';
import type { HostAdapter, Recipients, SendAttempt } from '../../../../lib/hosts/adapter';
import { PageNotUnderstood } from '../../../../lib/hosts/adapter';

const WARNING: Finding = {
  id: 'encryption',
  severity: 'warning',
  message: 'not encrypted',
  acceptFor: { counterpartId: 't-maya', name: 'Maya' },
};
const INFO: Finding = { id: 'outside-hours', severity: 'info', message: 'after hours' };
const CRITICAL: Finding = { id: 'crisis', severity: 'critical', message: 'help is there' };

const DRAFT: Draft = {
  to: ['maya@calmpractice.example'],
  cc: [],
  bcc: [],
  subject: 's',
  body: 'b',
  encryption: 'tls',
  host: 'gmail',
};

/** A host with one compose window: a div holding a body and a `button#send`. */
function buildCompose(key = 'k1'): HTMLElement {
  const compose = document.createElement('div');
  compose.className = 'compose';
  compose.dataset.key = key;
  const body = document.createElement('div');
  body.className = 'body';
  body.tabIndex = 0;
  body.textContent = 'Could we move Thursday?';
  const send = document.createElement('button');
  send.id = 'send';
  send.textContent = 'Send';
  compose.append(body, send);
  return compose;
}

function fakeAdapter() {
  const adapter = {
    host: 'gmail' as const,
    composeOf: vi.fn((el: Element) => el.closest('.compose')),
    classify: vi.fn((event: Event): SendAttempt | null => {
      const target = event.target;
      if (!(target instanceof Element) || !target.closest('#send')) return null;
      return { compose: target.closest('.compose')!, action: 'send', decisive: event.type === 'click' };
    }),
    composeKey: vi.fn((compose: Element) => (compose as HTMLElement).dataset.key ?? null),
    findCompose: vi.fn((key: string) => document.querySelector(`.compose[data-key="${key}"]`)),
    readRecipients: vi.fn((): Recipients => ({ to: ['maya@calmpractice.example'], cc: [], bcc: [] })),
    readDraft: vi.fn((): Draft => DRAFT),
    // Like a host: the compose window closes once the message is sent.
    resend: vi.fn((compose: Element): boolean => {
      compose.remove();
      return true;
    }),
    focusBody: vi.fn((compose: Element) => (compose.querySelector('.body') as HTMLElement).focus()),
    composeWindowOf: (compose: Element) => compose,
  } satisfies HostAdapter;
  return adapter;
}

type Setup = ReturnType<typeof setup>;

function setup(overrides: Partial<GuardDeps> = {}) {
  document.body.replaceChildren();
  const compose = buildCompose();
  document.body.append(compose);
  const adapter = fakeAdapter();
  const dialogs: { findings: Finding[]; actions: DialogActions }[] = [];
  let listed: boolean | null = true;
  // The fake presenter's dialog is "on screen" from open to close, unless a test removes it.
  const screen = { shown: false };
  const deps = {
    adapter,
    isListed: vi.fn((_r: Recipients) => listed),
    nobodyListed: vi.fn(() => false),
    settingsReady: Promise.resolve(),
    evaluate: vi.fn(async (_d: Draft): Promise<Finding[]> => []),
    openDialog: vi.fn((findings: Finding[], actions: DialogActions) => {
      dialogs.push({ findings, actions });
      screen.shown = true;
    }),
    closeDialog: vi.fn(() => void (screen.shown = false)),
    isDialogShown: vi.fn(() => screen.shown),
    acceptPlainEmail: vi.fn(),
    suppressCheck: vi.fn((_c: SuppressChoice) => undefined),
    saveNote: vi.fn((_d: Draft | null) => undefined),
    recordSend: vi.fn((_r: Recipients) => undefined),
    showAfterSend: vi.fn((_f: Finding[]) => undefined),
    notify: vi.fn(),
    isOwnUi: vi.fn((_e: Event) => false),
    isInvalid: vi.fn(() => false),
    onInvalid: vi.fn(),
    timeoutMs: 50,
    ...overrides,
  } satisfies GuardDeps;
  const controller = new AbortController();
  installSendGuard(window, deps, controller.signal);
  return {
    compose,
    adapter,
    deps,
    dialogs,
    controller,
    screen,
    setListed: (value: boolean | null) => void (listed = value),
    sendButton: () => document.querySelector<HTMLElement>('#send')!,
  };
}

/** Dispatches one event on the Send button; returns it so defaultPrevented can be read. */
function fire(s: Setup, type = 'click'): Event {
  const event = type.startsWith('key')
    ? new KeyboardEvent(type, { bubbles: true, cancelable: true, key: 'Enter' })
    : new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 });
  s.sendButton().dispatchEvent(event);
  return event;
}

/** A full click as a user makes it; returns whether each part was cancelled. */
function userClick(s: Setup): boolean[] {
  return ['mousedown', 'mouseup', 'click'].map((type) => fire(s, type).defaultPrevented);
}

/** Polls often: most waits here are a few microtasks. */
const until = (assertion: () => void) => vi.waitFor(assertion, { interval: 2, timeout: 2000 });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let current: Setup | null = null;
afterEach(() => {
  current?.controller.abort();
  current = null;
  vi.useRealTimers();
});
const start = (overrides: Partial<GuardDeps> = {}) => (current = setup(overrides));

describe('send guard', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('lets mail to nobody listed through untouched and never reads it', async () => {
    const s = start();
    s.setListed(false);
    expect(userClick(s)).toEqual([false, false, false]);
    await settle();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
    expect(s.adapter.resend).not.toHaveBeenCalled();
    expect(s.deps.openDialog).not.toHaveBeenCalled();
  });

  it('a shortcut the host may not act on is replayed, not turned into a click on Send', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    const shortcut = { key: 's', code: 'KeyS', altKey: true, ctrlKey: false, metaKey: false, shiftKey: false };
    s.adapter.classify.mockImplementation((event: Event) =>
      event.type === 'keydown' ? { compose: s.compose, action: 'send', decisive: true, shortcut } : null,
    );
    const press = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 's', altKey: true });
    s.compose.querySelector('.body')!.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    s.dialogs[0]!.actions.sendAnyway({});
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    expect(s.adapter.resend).toHaveBeenCalledWith(s.compose, 'send', shortcut);
  });

  it('with nobody listed, a page it cannot read never stops a send', async () => {
    const s = start({ nobodyListed: vi.fn(() => true) });
    s.adapter.readRecipients.mockImplementation(() => {
      throw new PageNotUnderstood('no recipient field');
    });
    expect(userClick(s)).toEqual([false, false, false]);
    await settle();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
    expect(s.deps.openDialog).not.toHaveBeenCalled();
  });

  it('with someone listed, a page it cannot read stops the send with the unchecked finding', async () => {
    const s = start();
    s.adapter.readRecipients.mockImplementation(() => {
      throw new PageNotUnderstood('no recipient field');
    });
    s.adapter.readDraft.mockImplementation(() => {
      throw new PageNotUnderstood('no recipient field');
    });
    expect(userClick(s)).toEqual([true, true, true]);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
  });

  it('recipients unreadable and nobody listed shows in the compose: the send goes, and the user is told', async () => {
    const recipientsUnread = vi.fn();
    const mentionsListed = vi.fn((text: string) => text.includes('maya@calmpractice.example'));
    const s = start({ mentionsListed, recipientsUnread });
    s.adapter.readRecipients.mockImplementation(() => {
      throw new PageNotUnderstood('header collapsed');
    });
    expect(userClick(s)).toEqual([false, false, false]);
    await settle();
    expect(mentionsListed).toHaveBeenCalledWith(expect.stringContaining('Could we move Thursday?'));
    expect(s.deps.openDialog).not.toHaveBeenCalled();
    expect(recipientsUnread).toHaveBeenCalled();
  });

  it('recipients unreadable and a listed address shows in the compose: held as unchecked', async () => {
    const recipientsUnread = vi.fn();
    const s = start({ mentionsListed: (text) => text.includes('maya@calmpractice.example'), recipientsUnread });
    s.compose.querySelector('.body')!.append(' From: Maya Lee <maya@calmpractice.example>');
    s.adapter.readRecipients.mockImplementation(() => {
      throw new PageNotUnderstood('header collapsed');
    });
    s.adapter.readDraft.mockImplementation(() => {
      throw new PageNotUnderstood('header collapsed');
    });
    expect(userClick(s)).toEqual([true, true, true]);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(recipientsUnread).not.toHaveBeenCalled();
  });

  it('ignores events that are not send attempts', () => {
    const s = start();
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    s.compose.querySelector('.body')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(s.deps.isListed).not.toHaveBeenCalled();
  });

  it('stops a send to a listed therapist and sends again exactly once when nothing blocks', async () => {
    const s = start({ evaluate: vi.fn(async () => [INFO]) });
    expect(userClick(s)).toEqual([true, true, true]);
    await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
    await settle();
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    expect(s.adapter.resend).toHaveBeenCalledWith(s.compose, 'send', undefined);
    expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
    expect(s.deps.evaluate).toHaveBeenCalledWith(DRAFT);
    expect(s.deps.openDialog).not.toHaveBeenCalled();
    expect(s.deps.notify).not.toHaveBeenCalled();
    // The send is logged (recipients only) for frequency limits, once the compose closed.
    await until(() => expect(s.deps.recordSend).toHaveBeenCalledTimes(1));
  });

  it('checks only on the decisive event (the click), not on mousedown/mouseup', async () => {
    const s = start();
    expect(fire(s, 'mousedown').defaultPrevented).toBe(true);
    expect(fire(s, 'mouseup').defaultPrevented).toBe(true);
    await settle();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('does not see its own re-sent events as a new attempt', async () => {
    const s = start();
    s.adapter.resend.mockImplementation(() => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      s.sendButton().dispatchEvent(event);
      return !event.defaultPrevented;
    });
    fire(s);
    await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
    await settle();
    expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
    expect(s.deps.notify).not.toHaveBeenCalled();
  });

  it('opens the dialog for warning and critical findings (info joins them, after), and sends once on "send anyway"', async () => {
    const s = start({ evaluate: vi.fn(async () => [INFO, WARNING, CRITICAL]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings).toEqual([WARNING, CRITICAL, INFO]);
    await settle();
    expect(s.adapter.resend).not.toHaveBeenCalled();

    s.dialogs[0]!.actions.sendAnyway({});
    expect(s.deps.closeDialog).toHaveBeenCalledTimes(1);
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    expect(s.deps.acceptPlainEmail).not.toHaveBeenCalled();
    await settle();
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
  });

  it('records the acceptance of plain email when the user ticked it', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalled());
    s.dialogs[0]!.actions.sendAnyway({ acceptPlainEmailFor: 't-maya' });
    expect(s.deps.acceptPlainEmail).toHaveBeenCalledWith('t-maya');
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
  });

  it('records each check the user silenced, then sends once', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalled());
    s.dialogs[0]!.actions.sendAnyway({ suppress: [{ personId: 't-maya', check: 'too-long', days: 7 }] });
    expect(s.deps.suppressCheck).toHaveBeenCalledWith({ personId: 't-maya', check: 'too-long', days: 7 });
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
  });

  it('"save for next session" hands the draft over, sends nothing, and the next attempt is checked again', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    s.dialogs[0]!.actions.saveNote();
    s.dialogs[0]!.actions.saveNote();
    s.dialogs[0]!.actions.sendAnyway({});
    expect(s.deps.saveNote).toHaveBeenCalledTimes(1);
    expect(s.deps.saveNote).toHaveBeenCalledWith(expect.objectContaining({ subject: expect.any(String) }));
    expect(s.deps.closeDialog).toHaveBeenCalledTimes(1);
    expect(s.adapter.focusBody).toHaveBeenCalledWith(s.compose);
    await settle();
    expect(s.adapter.resend).not.toHaveBeenCalled();
    expect(fire(s).defaultPrevented).toBe(true);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(2));
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('swallows repeats while the check is pending, without checking again', async () => {
    let answer!: (f: Finding[]) => void;
    const s = start({ timeoutMs: 5000, evaluate: vi.fn(() => new Promise<Finding[]>((r) => (answer = r))) });
    fire(s);
    await until(() => expect(s.deps.evaluate).toHaveBeenCalledTimes(1));
    expect(userClick(s)).toEqual([true, true, true]);
    expect(fire(s, 'keydown').defaultPrevented).toBe(true);
    answer([]);
    await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
    expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
  });

  it('swallows repeats while the dialog is open, without checking again', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(userClick(s)).toEqual([true, true, true]);
    await settle();
    expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
    expect(s.deps.openDialog).toHaveBeenCalledTimes(1);
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('"edit" sends nothing, puts focus back in the body, and the next attempt is checked again', async () => {
    const s = start({ evaluate: vi.fn(async () => [WARNING]) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    s.dialogs[0]!.actions.edit();
    expect(s.deps.closeDialog).toHaveBeenCalledTimes(1);
    expect(s.adapter.focusBody).toHaveBeenCalledWith(s.compose);
    expect(document.activeElement).toBe(s.compose.querySelector('.body'));
    await settle();
    expect(s.adapter.resend).not.toHaveBeenCalled();

    expect(fire(s).defaultPrevented).toBe(true);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(2));
    expect(s.deps.evaluate).toHaveBeenCalledTimes(2);
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('opens the dialog with "unchecked" when no answer comes in time, and never sends on its own', async () => {
    const s = start({ evaluate: vi.fn(() => new Promise<Finding[]>(() => undefined)) });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => [f.id, f.severity])).toEqual([['unchecked', 'warning']]);
    await new Promise((r) => setTimeout(r, 80));
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('says it got no answer in time (fake timers)', async () => {
    vi.useFakeTimers();
    const s = start({ timeoutMs: 2000, evaluate: vi.fn(() => new Promise<Finding[]>(() => undefined)) });
    fire(s);
    await vi.advanceTimersByTimeAsync(1999);
    expect(s.deps.openDialog).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.deps.openDialog).toHaveBeenCalledTimes(1);
    expect(s.dialogs[0]!.findings).toHaveLength(1);
    expect(s.dialogs[0]!.findings[0]!.message).toMatch(/in time/);
  });

  it('opens the dialog with "unchecked" when the page cannot be read', async () => {
    const s = start();
    s.adapter.readDraft.mockImplementation(() => {
      throw new PageNotUnderstood('no body');
    });
    fire(s);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(s.dialogs[0]!.findings[0]!.message).toMatch(/could not be read/);
    expect(s.deps.evaluate).not.toHaveBeenCalled();
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('opens the dialog with "unchecked" when the recipients cannot be read', async () => {
    const s = start();
    s.adapter.readRecipients.mockImplementation(() => {
      throw new PageNotUnderstood('no To');
    });
    s.adapter.readDraft.mockImplementation(() => {
      throw new PageNotUnderstood('no To');
    });
    expect(fire(s).defaultPrevented).toBe(true);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
  });

  it('holds a send while settings load, then lets mail to nobody listed go exactly once', async () => {
    let ready!: () => void;
    const s = start({ settingsReady: new Promise<void>((r) => (ready = r)) });
    s.setListed(null);
    expect(fire(s).defaultPrevented).toBe(true);
    await settle();
    expect(s.adapter.resend).not.toHaveBeenCalled();
    s.setListed(false);
    ready();
    await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
    await settle();
    expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    expect(s.deps.openDialog).not.toHaveBeenCalled();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
  });

  it('lets the page handle sends once the extension is invalid, and says so', () => {
    const s = start({ isInvalid: vi.fn(() => true) });
    expect(fire(s).defaultPrevented).toBe(false);
    expect(s.deps.onInvalid).toHaveBeenCalled();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
  });

  it('when it cannot press Send, tells the user and lets the next attempt through unchecked', async () => {
    const s = start();
    s.adapter.resend.mockReturnValue(false);
    fire(s);
    await until(() => expect(s.deps.notify).toHaveBeenCalledTimes(1));
    expect(userClick(s)).toEqual([false, false, false]);
    expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
    // ...and only that one: the attempt after it is checked again.
    expect(fire(s).defaultPrevented).toBe(true);
    await until(() => expect(s.deps.evaluate).toHaveBeenCalledTimes(2));
  });

  it('treats a resend that throws like one that could not be done', async () => {
    const s = start();
    s.adapter.resend.mockImplementation(() => {
      throw new Error('boom');
    });
    fire(s);
    await until(() => expect(s.deps.notify).toHaveBeenCalledTimes(1));
    expect(fire(s).defaultPrevented).toBe(false);
  });

  it('never traps the send when the dialog cannot be shown', async () => {
    const s = start({
      evaluate: vi.fn(async () => [WARNING]),
      openDialog: vi.fn(() => {
        throw new Error('no shadow root');
      }),
    });
    fire(s);
    await until(() => expect(s.deps.notify).toHaveBeenCalledTimes(1));
    expect(fire(s).defaultPrevented).toBe(false);
    expect(s.adapter.resend).not.toHaveBeenCalled();
  });

  it('ignores events inside its own UI', async () => {
    const s = start({ isOwnUi: vi.fn(() => true) });
    expect(userClick(s)).toEqual([false, false, false]);
    await settle();
    expect(s.adapter.classify).not.toHaveBeenCalled();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
  });

  it('re-sends in the compose window the host re-rendered meanwhile', async () => {
    let answer!: (f: Finding[]) => void;
    const s = start({ timeoutMs: 5000, evaluate: vi.fn(() => new Promise<Finding[]>((r) => (answer = r))) });
    fire(s);
    await until(() => expect(s.deps.evaluate).toHaveBeenCalled());
    const replacement = s.compose.cloneNode(true) as HTMLElement;
    s.compose.replaceWith(replacement);
    answer([]);
    await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
    expect(s.adapter.resend).toHaveBeenCalledWith(replacement, 'send', undefined);
  });

  describe('never traps a send', () => {
    it('a dialog whose overlay left the page holds nothing: the next Send is checked again', async () => {
      const s = start({ evaluate: vi.fn(async () => [WARNING]) });
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      s.screen.shown = false; // the host (or another extension) removed the overlay
      expect(fire(s).defaultPrevented).toBe(true);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(2));
      expect(s.deps.evaluate).toHaveBeenCalledTimes(2);
      s.dialogs[1]!.actions.sendAnyway({});
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    });

    it('a dialog that says it opened but is not on screen: overlay closed, next send goes, with a notice', async () => {
      const s = start({ evaluate: vi.fn(async () => [WARNING]), openDialog: vi.fn() });
      fire(s);
      await until(() => expect(s.deps.notify).toHaveBeenCalledTimes(1));
      expect(vi.mocked(s.deps.notify).mock.calls[0]![0]).toMatch(/could not show its check/);
      expect(s.deps.closeDialog).toHaveBeenCalled();
      expect(userClick(s)).toEqual([false, false, false]);
      expect(s.adapter.resend).not.toHaveBeenCalled();
    });

    it('a dialog that fails after it opened (notShown): released, notice, the next Send goes unchecked, once', async () => {
      const s = start({ evaluate: vi.fn(async () => [WARNING]) });
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      s.dialogs[0]!.actions.notShown();
      expect(s.deps.closeDialog).toHaveBeenCalled();
      expect(vi.mocked(s.deps.notify).mock.calls[0]![0]).toMatch(/could not show its check/);
      // A late answer from the dialog that failed is not a send.
      s.dialogs[0]!.actions.sendAnyway({});
      expect(s.adapter.resend).not.toHaveBeenCalled();
      expect(userClick(s)).toEqual([false, false, false]);
      expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
    });

    it('an answer whose closing throws still sends once and leaves nothing pending', async () => {
      const s = start({
        evaluate: vi.fn(async () => [WARNING]),
        closeDialog: vi.fn(() => {
          throw new Error('already gone');
        }),
      });
      s.adapter.resend.mockReturnValue(true); // the compose stays (the host is slow to close it)
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      expect(() => s.dialogs[0]!.actions.sendAnyway({ acceptPlainEmailFor: 't-maya' })).not.toThrow();
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
      expect(fire(s).defaultPrevented).toBe(true);
      await until(() => expect(s.deps.evaluate).toHaveBeenCalledTimes(2));
    });

    it('an acceptance that throws never stops "send anyway" from sending', async () => {
      const s = start({
        evaluate: vi.fn(async () => [WARNING]),
        acceptPlainEmail: vi.fn(() => {
          throw new Error('storage gone');
        }),
      });
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      try {
        s.dialogs[0]!.actions.sendAnyway({ acceptPlainEmailFor: 't-maya' });
      } catch {
        // the acceptance's own error may surface; the send must have gone regardless
      }
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    });

    it('a check in progress for one compose never swallows a send from another to nobody listed', async () => {
      const s = start({ timeoutMs: 5000, evaluate: vi.fn(() => new Promise<Finding[]>(() => undefined)) });
      const other = buildCompose('k2');
      document.body.append(other);
      s.adapter.readRecipients.mockImplementation((compose?: Element) =>
        compose === other
          ? { to: ['sam@example.org'], cc: [], bcc: [] }
          : { to: ['maya@calmpractice.example'], cc: [], bcc: [] },
      );
      vi.mocked(s.deps.isListed).mockImplementation((r: Recipients) => r.to.includes('maya@calmpractice.example'));
      fire(s);
      await until(() => expect(s.deps.evaluate).toHaveBeenCalledTimes(1));
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      other.querySelector('#send')!.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(false);
      // The same compose (and another to someone listed) is still held.
      expect(fire(s).defaultPrevented).toBe(true);
    });

    it('tells the user to reload when the extension went away while checking, and still lets them send', async () => {
      let invalid = false;
      const s = start({
        isInvalid: vi.fn(() => invalid),
        evaluate: vi.fn(async () => {
          invalid = true;
          throw new Error('Extension context invalidated.');
        }),
      });
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      expect(s.deps.onInvalid).toHaveBeenCalled();
      expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
      s.dialogs[0]!.actions.sendAnyway({});
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    });

    it('updated while the dialog is open: Send anyway still sends once, and a reload is asked for', async () => {
      let invalid = false;
      const s = start({ isInvalid: vi.fn(() => invalid), evaluate: vi.fn(async () => [WARNING]) });
      fire(s);
      await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
      invalid = true;
      s.dialogs[0]!.actions.sendAnyway({});
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
      expect(s.deps.onInvalid).toHaveBeenCalledTimes(1);
    });

    it('stopped while a check is pending: says so, nothing lost in silence', async () => {
      const s = start({ timeoutMs: 5000, evaluate: vi.fn(() => new Promise<Finding[]>(() => undefined)) });
      fire(s);
      await until(() => expect(s.deps.evaluate).toHaveBeenCalledTimes(1));
      s.controller.abort();
      expect(s.deps.notify).toHaveBeenCalledTimes(1);
      expect(vi.mocked(s.deps.notify).mock.calls[0]![0]).toMatch(/Nothing was sent/);
    });
  });

  describe('key auto-repeat', () => {
    const ctrlEnter = (repeat: boolean) =>
      new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', ctrlKey: true, repeat });

    it('a repeated keydown never starts a check, and never sends a second time', async () => {
      const s = start();
      s.adapter.classify.mockImplementation((event: Event) =>
        event.type === 'keydown' ? { compose: s.compose, action: 'send', decisive: true } : null,
      );
      s.adapter.resend.mockReturnValue(true); // the host is still closing the compose
      const body = s.compose.querySelector('.body')!;
      const first = ctrlEnter(false);
      body.dispatchEvent(first);
      expect(first.defaultPrevented).toBe(true);
      await until(() => expect(s.adapter.resend).toHaveBeenCalledTimes(1));
      // The key is still held: the repeats that follow the send are not new attempts.
      for (let i = 0; i < 5; i++) {
        const again = ctrlEnter(true);
        body.dispatchEvent(again);
        expect(again.defaultPrevented).toBe(true);
      }
      await settle();
      expect(s.deps.evaluate).toHaveBeenCalledTimes(1);
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
    });

    it('a repeat alone starts nothing', async () => {
      const s = start();
      s.adapter.classify.mockImplementation((event: Event) =>
        event.type === 'keydown' ? { compose: s.compose, action: 'send', decisive: true } : null,
      );
      s.compose.querySelector('.body')!.dispatchEvent(ctrlEnter(true));
      await settle();
      expect(s.deps.evaluate).not.toHaveBeenCalled();
    });
  });

  it('settings that could not be read: the send is stopped as unchecked with the reason, its body unread', async () => {
    const s = start({ settingsProblem: () => 'its settings could not be read; see the options page' });
    s.setListed(null);
    expect(fire(s).defaultPrevented).toBe(true);
    await until(() => expect(s.deps.openDialog).toHaveBeenCalledTimes(1));
    expect(s.dialogs[0]!.findings.map((f) => f.id)).toEqual(['unchecked']);
    expect(s.dialogs[0]!.findings[0]!.message).toMatch(/options page/);
    expect(s.adapter.readDraft).not.toHaveBeenCalled();
    expect(s.deps.evaluate).not.toHaveBeenCalled();
  });

  describe('"sent" means sent', () => {
    it('a re-send after which the compose stays open (the host did not act): says so, logs nothing, next Send goes', async () => {
      vi.useFakeTimers();
      const s = start();
      s.adapter.resend.mockImplementation(() => true); // events dispatched, nothing sent
      fire(s);
      await vi.advanceTimersByTimeAsync(10);
      expect(s.adapter.resend).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(SEND_CONFIRM_MS - 200);
      expect(s.deps.notify).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(400);
      expect(s.deps.notify).toHaveBeenCalledTimes(1);
      expect(vi.mocked(s.deps.notify).mock.calls[0]![0]).toMatch(/not sent/);
      expect(s.deps.recordSend).not.toHaveBeenCalled();
      expect(userClick(s)).toEqual([false, false, false]);
    });

    it('a lowered crisis finding is shown after sending only once the message really went', async () => {
      vi.useFakeTimers();
      const lowered: Finding = { ...CRITICAL, severity: 'info' };
      const s = start({ evaluate: vi.fn(async () => [lowered]) });
      let close!: () => void;
      s.adapter.resend.mockImplementation((compose: Element) => {
        close = () => compose.remove();
        return true;
      });
      fire(s);
      await vi.advanceTimersByTimeAsync(500);
      expect(s.deps.showAfterSend).not.toHaveBeenCalled();
      expect(s.deps.recordSend).not.toHaveBeenCalled();
      close();
      await vi.advanceTimersByTimeAsync(200);
      expect(s.deps.showAfterSend).toHaveBeenCalledWith([lowered]);
      expect(s.deps.recordSend).toHaveBeenCalledTimes(1);
      expect(s.deps.notify).not.toHaveBeenCalled();
    });

    it("scheduling waits longer: the host's date picker is the user's to answer", async () => {
      vi.useFakeTimers();
      const s = start();
      s.adapter.classify.mockImplementation((event: Event) =>
        event.target instanceof Element && event.target.closest('#send') && event.type === 'click'
          ? { compose: s.compose, action: 'schedule', decisive: true }
          : null,
      );
      let close!: () => void;
      s.adapter.resend.mockImplementation((compose: Element) => {
        close = () => compose.remove();
        return true;
      });
      fire(s);
      await vi.advanceTimersByTimeAsync(SEND_CONFIRM_MS + 5000);
      expect(s.deps.notify).not.toHaveBeenCalled();
      close();
      await vi.advanceTimersByTimeAsync(200);
      expect(s.deps.recordSend).toHaveBeenCalledTimes(1);
    });
  });

  it('stops listening once its signal is aborted', () => {
    const s = start();
    s.controller.abort();
    expect(userClick(s)).toEqual([false, false, false]);
    expect(s.adapter.classify).not.toHaveBeenCalled();
  });
});
