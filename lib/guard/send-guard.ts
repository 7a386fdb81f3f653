import type { Draft } from '../draft';
import type { Finding } from '../checks/finding';
import { blocking } from '../checks/finding';
import type { HostAdapter, Recipients, SendAction, SendAttempt, Shortcut } from '../hosts/adapter';
import { PageNotUnderstood } from '../hosts/adapter';
import { NoAnswerError } from '../messaging/errors';

/** How long a send may wait for the background before the dialog says it could not check. */
export const CHECK_TIMEOUT_MS = 2000;

/** The events a send attempt is made of; all are watched in the capture phase on the window. */
const GUARDED_EVENTS = ['mousedown', 'mouseup', 'click', 'keydown', 'keypress', 'keyup'] as const;

export interface DialogChoice {
  /** The user ticked "don't warn me again about plain email" for this therapist. */
  acceptPlainEmailFor?: string;
}

export interface DialogActions {
  sendAnyway(choice: DialogChoice): void;
  edit(): void;
}

export interface GuardDeps {
  adapter: HostAdapter;
  /**
   * Is any recipient a listed therapist? `null` while the settings are not loaded yet.
   * Mail to nobody listed passes untouched and its body is never read.
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
  /** Resolves once settings are loaded (or known to be unreadable). */
  settingsReady: Promise<void>;
  evaluate(draft: Draft): Promise<Finding[]>;
  openDialog(findings: Finding[], actions: DialogActions): void;
  closeDialog(): void;
  acceptPlainEmail(therapistId: string): void;
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
}

export function uncheckedFinding(reason: string): Finding {
  return {
    id: 'unchecked',
    severity: 'warning',
    message:
      `Between Sessions could not check this message (${reason}). It has not been sent yet. ` +
      `You can send it anyway, or go back and look it over yourself.`,
  };
}

/**
 * Stops every send attempt from a compose window addressed to a listed therapist, asks for the
 * findings, and then sends again at once or shows the dialog. It never edits the draft, and every
 * path ends in "sent exactly once" or "back in the draft".
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
    if (pending) {
      swallow(event); // repeats while checking or while the dialog is open
      return;
    }
    if (passNext === attempt.compose) {
      if (attempt.decisive) passNext = null;
      return;
    }
    if (listedOrUnknown(attempt.compose) === false) return;
    swallow(event);
    if (attempt.decisive) void check(attempt);
  };

  const check = async (attempt: SendAttempt) => {
    const compose = attempt.compose;
    const current: Pending = {
      compose,
      key: adapter.composeKey(compose),
      action: attempt.action,
      shortcut: attempt.shortcut,
      selection: savedSelection(win, compose),
    };
    pending = current;
    let findings: Finding[];
    try {
      findings = await withTimeout(
        (async () => {
          await deps.settingsReady;
          const listed = listedOrUnknown(currentCompose(current));
          if (listed === false) return [];
          return deps.evaluate(adapter.readDraft(currentCompose(current)));
        })(),
        timeoutMs,
      );
    } catch (error) {
      findings = [uncheckedFinding(reasonOf(error))];
    }
    if (signal.aborted) return;
    const stop = blocking(findings);
    // Information never stops a send. When the dialog opens anyway it shows it too (an accepted
    // plain-email risk, the therapist's hours); when it does not, a lowered (info) crisis finding
    // is shown after sending, so crisis resources are never hidden.
    const info = findings.filter((f) => f.severity === 'info');
    if (stop.length === 0) {
      resend(current);
      const crisisInfo = info.filter((f) => f.id === 'crisis');
      if (crisisInfo.length > 0) deps.showAfterSend(crisisInfo);
      return;
    }
    const shown = [...stop, ...info];
    // One answer per dialog: a second click can never send twice.
    let answered = false;
    const once = (act: () => void) => () => {
      if (answered) return;
      answered = true;
      deps.closeDialog();
      act();
    };
    try {
      deps.openDialog(shown, {
        sendAnyway: (choice) =>
          once(() => {
            if (choice.acceptPlainEmailFor) deps.acceptPlainEmail(choice.acceptPlainEmailFor);
            resend(current);
          })(),
        edit: once(() => {
          pending = null;
          backToDraft(current);
        }),
      });
    } catch {
      // The dialog could not be shown: never trap the send.
      pending = null;
      passNext = currentCompose(current);
      deps.notify('Between Sessions could not show its check. Press Send again to send unchecked.');
    }
  };

  const currentCompose = (p: Pending): Element =>
    p.compose.isConnected || !p.key ? p.compose : (adapter.findCompose(p.key) ?? p.compose);

  const resend = (p: Pending) => {
    pending = null;
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
    if (sent && recipients) deps.recordSend(recipients);
    if (!sent) {
      passNext = compose;
      deps.notify('Between Sessions could not press Send for you. Your draft is unchanged: press Send again.');
    }
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
}

/** Every text and label in a compose, word-separated (textContent runs "To" into "Maya Lee"). */
function wordsOf(compose: Element): string {
  const parts: string[] = [];
  const walker = compose.ownerDocument.createTreeWalker(compose, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof Element) for (const name of ['aria-label', 'title']) parts.push(node.getAttribute(name) ?? '');
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
