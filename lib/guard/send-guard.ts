import type { Draft } from '../draft';
import type { Finding } from '../checks/finding';
import { blocking } from '../checks/finding';
import type { HostAdapter, Recipients, SendAction, SendAttempt, Shortcut } from '../hosts/adapter';
import { PageNotUnderstood } from '../hosts/adapter';
import { NoAnswerError } from '../messaging/errors';
import { uncheckedFinding } from '../checks/unchecked';
import { t } from '../i18n';
import type { SuppressibleId } from '../policy/suppressions';

export { uncheckedFinding };

/** How long a send may wait for the background before the dialog says it could not check. */
export const CHECK_TIMEOUT_MS = 2000;

/**
 * How long a re-send may take to show: the compose window closes once the host has taken the
 * message. Scheduling waits for the user to pick a time in the host's own date picker.
 */
export const SEND_CONFIRM_MS = 3000;
export const SCHEDULE_CONFIRM_MS = 120_000;
const CONFIRM_POLL_MS = 100;

/** The events a send attempt is made of; all are watched in the capture phase on the window. */
const GUARDED_EVENTS = ['mousedown', 'mouseup', 'click', 'keydown', 'keypress', 'keyup'] as const;

/** "Not again for this one": a check silenced for one person, 7 days or (null) until withdrawn. */
export interface SuppressChoice {
  personId: string;
  check: SuppressibleId;
  days: 7 | null;
}

export interface DialogChoice {
  /** The user ticked "don't warn me again about plain email" for this therapist. */
  acceptPlainEmailFor?: string;
  /** Checks the user asked not to be warned about again for this person. */
  suppress?: SuppressChoice[];
}

export interface DialogActions {
  sendAnyway(choice: DialogChoice): void;
  edit(): void;
  /** Keeps the draft's text as a note for the next session; sends nothing, the draft stays. */
  saveNote(): void;
  /**
   * The dialog could not be put on screen after all (it fails later than `openDialog` returns:
   * the frame, then its fallback): nothing is held, and the next Send goes through unchecked.
   */
  notShown(): void;
}

/** What the dialog may show beside the findings: who the message is to (the wiring looks up their policy). */
export interface DialogContext {
  recipients: Recipients | null;
}

export interface GuardDeps {
  adapter: HostAdapter;
  /**
   * Is any recipient a listed therapist? `null` while the settings are not loaded yet (or could
   * not be read). Mail to nobody listed passes untouched and its body is never read.
   */
  isListed(recipients: Recipients): boolean | null;
  /**
   * True once the settings are known to list nobody: then nothing is ever stopped, not even
   * where the page cannot be read (a host redesign must not trap everyone's mail).
   */
  nobodyListed(): boolean;
  /**
   * Does a listed person show anywhere in this text (null while settings load)? Asked only for a
   * compose whose recipients cannot be read: it is held as unchecked only when one does.
   */
  mentionsListed?(text: string): boolean | null;
  /** Recipients could not be read and nobody listed shows in the compose: it went unchecked. */
  recipientsUnread?(): void;
  /**
   * Resolves once settings are loaded (or known to be unreadable). A function is asked at each
   * check: it may wait a little longer for settings still on their way (managed storage).
   */
  settingsReady: Promise<void> | (() => Promise<void>);
  /**
   * Set when the stored settings could not be read: who is listed is unknown, so every send is
   * stopped with `unchecked` (its body unread) and this reason, never let through as "nobody".
   */
  settingsProblem?(): string | null;
  evaluate(draft: Draft): Promise<Finding[]>;
  /** Shows the dialog; throws when it could not be shown. */
  openDialog(findings: Finding[], actions: DialogActions, context: DialogContext): void;
  closeDialog(): void;
  /** Is the dialog really on screen? False once its overlay left the document. */
  isDialogShown(): boolean;
  acceptPlainEmail(counterpartId: string): void;
  suppressCheck(choice: SuppressChoice): void;
  /** Keeps the draft as a note; `null` when the draft could not be read (the user is told). */
  saveNote(draft: Draft | null): void;
  /** A checked message went out: log the time for frequency limits (never its content). */
  recordSend(recipients: Recipients): void;
  /** Information to show once a message has gone (crisis lines for a lowered crisis finding). */
  showAfterSend(findings: Finding[]): void;
  /** A short notice to the user that is not a dialog (e.g. "press Send again"). */
  notify(message: string): void;
  /** True for events inside the extension's own UI. */
  isOwnUi(event: Event): boolean;
  /** True once the extension was updated or removed under this page. */
  isInvalid(): boolean;
  onInvalid(): void;
  timeoutMs?: number;
}

interface Pending {
  compose: Element;
  key: string | null;
  action: SendAction;
  shortcut: Shortcut | undefined;
  selection: Range | null;
  /** Waiting for the findings, or showing them. */
  phase: 'checking' | 'dialog';
}

// The notices' words, read when shown (lib/i18n); the content script warms them at start.
const NOT_SHOWN = () => t('notice_not_shown');
const NOT_PRESSED = () => t('notice_not_pressed');
const NOT_SENT = () => t('notice_not_sent');
const STOPPED = () => t('notice_stopped');

/** Settings could not be read: who is listed is unknown. */
export class SettingsUnknown extends Error {
  override name = 'SettingsUnknown';
}

/**
 * Stops every send attempt from a compose window addressed to a listed therapist, asks for the
 * findings, and then sends again at once or shows the dialog. It never edits the draft, and every
 * path ends in "sent exactly once" or "back in the draft". Its state never outlives the dialog:
 * a dialog that is gone from the page, or that could not be shown, lets the next send through.
 */
export function installSendGuard(win: Window, deps: GuardDeps, signal: AbortSignal): void {
  const { adapter } = deps;
  const timeoutMs = deps.timeoutMs ?? CHECK_TIMEOUT_MS;
  let pending: Pending | null = null;
  let resending = false;
  /** A compose whose next attempt passes unchecked, after a re-send that could not be done. */
  let passNext: Element | null = null;

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const listedOrUnknown = (compose: Element): boolean | null => {
    if (deps.nobodyListed()) return false;
    try {
      return deps.isListed(adapter.readRecipients(compose));
    } catch {
      // Recipients not understood: held (the check says so) only when someone listed shows
      // anywhere in the compose, never for every reply; otherwise it goes, and the user is told.
      if (deps.mentionsListed?.(wordsOf(compose)) === false) {
        deps.recipientsUnread?.();
        return false;
      }
      return null;
    }
  };

  const closeQuietly = () => {
    try {
      deps.closeDialog();
    } catch {
      // Nothing left to close.
    }
  };

  /** A dialog removed from the page (by the host, another extension, a re-render) holds nothing. */
  const dropIfDialogGone = () => {
    if (pending?.phase !== 'dialog') return;
    let shown = false;
    try {
      shown = deps.isDialogShown();
    } catch {
      shown = false;
    }
    if (shown) return;
    pending = null;
    closeQuietly();
  };

  const onEvent = (event: Event) => {
    if (resending || deps.isOwnUi(event)) return;
    let attempt: SendAttempt | null;
    try {
      attempt = adapter.classify(event);
    } catch {
      return; // a classifier that breaks on odd DOM must never block the page
    }
    if (!attempt) return;
    if (deps.isInvalid()) {
      deps.onInvalid();
      return;
    }
    // A held key repeats its keydown: never a new send attempt (nor a second send).
    const repeat = event instanceof KeyboardEvent && event.repeat;
    dropIfDialogGone();
    if (pending) {
      // Another compose window to nobody listed is none of this check's business.
      if (!isPendingCompose(pending, attempt.compose) && listedOrUnknown(attempt.compose) === false) return;
      swallow(event); // repeats while checking or while the dialog is open
      return;
    }
    if (passNext === attempt.compose) {
      if (attempt.decisive && !repeat) passNext = null;
      return;
    }
    if (listedOrUnknown(attempt.compose) === false) return;
    swallow(event);
    if (attempt.decisive && !repeat) void check(attempt);
  };

  const isPendingCompose = (p: Pending, compose: Element) => compose === p.compose || compose === currentCompose(p);

  const check = async (attempt: SendAttempt) => {
    const compose = attempt.compose;
    const current: Pending = {
      compose,
      key: adapter.composeKey(compose),
      action: attempt.action,
      shortcut: attempt.shortcut,
      selection: savedSelection(win, compose),
      phase: 'checking',
    };
    pending = current;
    let findings: Finding[];
    try {
      findings = await withTimeout(
        (async () => {
          await (typeof deps.settingsReady === 'function' ? deps.settingsReady() : deps.settingsReady);
          const listed = listedOrUnknown(currentCompose(current));
          if (listed === false) return [];
          const problem = listed === null ? (deps.settingsProblem?.() ?? null) : null;
          if (problem) throw new SettingsUnknown(problem);
          return deps.evaluate(adapter.readDraft(currentCompose(current)));
        })(),
        timeoutMs,
      );
    } catch (error) {
      findings = [uncheckedFinding(reasonOf(error))];
    }
    if (pending !== current) return; // dropped meanwhile: nothing of it is left to act on
    if (signal.aborted) {
      pending = null;
      deps.notify(STOPPED());
      return;
    }
    // Updated under the page while checking: the user can still send, and is told to reload.
    if (deps.isInvalid()) deps.onInvalid();
    try {
      answer(current, findings);
    } catch {
      unshown(current);
    }
  };

  /** Whatever broke, the page is never left locked: the next send goes through. */
  const unshown = (current: Pending) => {
    if (pending === current) pending = null;
    closeQuietly();
    passNext = currentCompose(current);
    deps.notify(NOT_SHOWN());
  };

  const answer = (current: Pending, findings: Finding[]) => {
    const stop = blocking(findings);
    // Information never stops a send. When the dialog opens anyway it shows it too (an accepted
    // plain-email risk, the therapist's hours); when it does not, a lowered (info) crisis finding
    // is shown after sending, so crisis resources are never hidden.
    const info = findings.filter((f) => f.severity === 'info');
    if (stop.length === 0) {
      const crisisInfo = info.filter((f) => f.id === 'crisis');
      resend(current, () => {
        if (crisisInfo.length > 0) deps.showAfterSend(crisisInfo);
      });
      return;
    }
    const shown = [...stop, ...info];
    // One answer per dialog: a second click can never send twice.
    let answered = false;
    const once = (act: () => void) => () => {
      if (answered) return;
      answered = true;
      try {
        closeQuietly();
      } finally {
        if (pending === current) pending = null;
      }
      act();
      // Updated while the dialog was open: this send went, the next ones will not be checked.
      if (deps.isInvalid()) deps.onInvalid();
    };
    current.phase = 'dialog';
    let recipients: Recipients | null = null;
    try {
      recipients = adapter.readRecipients(currentCompose(current));
    } catch {
      recipients = null;
    }
    deps.openDialog(
      shown,
      {
        sendAnyway: (choice) =>
          once(() => {
            try {
              if (choice.acceptPlainEmailFor) deps.acceptPlainEmail(choice.acceptPlainEmailFor);
              for (const item of choice.suppress ?? []) deps.suppressCheck(item);
            } finally {
              resend(current);
            }
          })(),
        edit: once(() => backToDraft(current)),
        notShown: once(() => unshown(current)),
        saveNote: once(() => {
          try {
            deps.saveNote(readDraftOrNull(current));
          } finally {
            backToDraft(current);
          }
        }),
      },
      { recipients },
    );
    // The presenter says it rendered; make sure it is really there before holding the page.
    if (!answered && !deps.isDialogShown()) throw new Error('dialog not on screen');
  };

  const readDraftOrNull = (p: Pending): Draft | null => {
    try {
      return adapter.readDraft(currentCompose(p));
    } catch {
      return null;
    }
  };

  const currentCompose = (p: Pending): Element =>
    p.compose.isConnected || !p.key ? p.compose : (adapter.findCompose(p.key) ?? p.compose);

  /** Once the message really went: log it, and show what is shown after sending. */
  const resend = (p: Pending, afterSent?: () => void) => {
    if (pending === p) pending = null;
    const compose = currentCompose(p);
    let recipients: Recipients | null = null;
    try {
      recipients = adapter.readRecipients(compose); // before sending: the window closes after
    } catch {
      recipients = null;
    }
    let sent = false;
    resending = true;
    try {
      sent = compose.isConnected && adapter.resend(compose, p.action, p.shortcut);
    } catch {
      sent = false;
    } finally {
      resending = false;
    }
    if (!sent) {
      passNext = compose;
      deps.notify(NOT_PRESSED());
      return;
    }
    // Events were dispatched; "sent" means the host took the message (Alt+S where the user's
    // Outlook has no such shortcut, a date picker cancelled, a host that ignores synthetic
    // events: nothing went). Only a compose window that closed counts, within a short window.
    confirmSent(p, compose, () => {
      if (recipients) deps.recordSend(recipients);
      afterSent?.();
    });
  };

  const confirmSent = (p: Pending, compose: Element, onSent: () => void) => {
    const deadline = Date.now() + (p.action === 'schedule' ? SCHEDULE_CONFIRM_MS : SEND_CONFIRM_MS);
    const stillOpen = () => {
      if (compose.isConnected) return true;
      try {
        return p.key ? (adapter.findCompose(p.key)?.isConnected ?? false) : false;
      } catch {
        return false;
      }
    };
    const poll = () => {
      if (signal.aborted) return;
      if (!stillOpen()) {
        onSent();
      } else if (Date.now() >= deadline) {
        passNext = p.key ? (adapter.findCompose(p.key) ?? compose) : compose;
        deps.notify(NOT_SENT());
      } else {
        win.setTimeout(poll, CONFIRM_POLL_MS);
      }
    };
    poll();
  };

  const backToDraft = (p: Pending) => {
    const compose = currentCompose(p);
    try {
      adapter.focusBody(compose);
      restoreSelection(win, compose, p.selection);
    } catch {
      // Focus is a courtesy; the draft itself is untouched either way.
    }
  };

  for (const type of GUARDED_EVENTS) {
    win.addEventListener(type, onEvent, { capture: true, signal });
  }
  // Stopped while a check or the dialog was pending (the page is being torn down, say): the
  // click that started it is not lost in silence.
  signal.addEventListener('abort', () => {
    if (!pending) return;
    pending = null;
    closeQuietly();
    deps.notify(STOPPED());
  });
}

/** Every text and label in a compose, word-separated (textContent runs "To" into "Maya Lee"). */
function wordsOf(compose: Element): string {
  const parts: string[] = [];
  const walker = compose.ownerDocument.createTreeWalker(compose, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof Element)
      for (const name of ['aria-label', 'title']) parts.push(node.getAttribute(name) ?? '');
  }
  return parts.join(' ');
}

class CheckTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  if (error instanceof CheckTimeout || error instanceof NoAnswerError) return 'it did not get an answer in time';
  if (error instanceof PageNotUnderstood) return 'the page could not be read';
  if (error instanceof SettingsUnknown) return error.message;
  return 'something went wrong while checking';
}

function savedSelection(win: Window, compose: Element): Range | null {
  const selection = win.document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return compose.contains(range.startContainer) ? range.cloneRange() : null;
}

function restoreSelection(win: Window, compose: Element, range: Range | null): void {
  if (!range || !range.startContainer.isConnected || !compose.contains(range.startContainer)) return;
  const selection = win.document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
