import type { Finding } from '../../lib/checks/finding';
import type { DialogActions, DialogContext, GuardDeps } from '../../lib/guard/send-guard';
import type { PrefetchDeps } from '../../lib/guard/prefetch';
import type { HostAdapter, Recipients } from '../../lib/hosts/adapter';
import type { ask as askBackground } from '../../lib/messaging/client';
import type { ListedView } from '../../lib/policy/listed-view';
import { matchListed, mentionsAnyone } from '../../lib/policy/listed-view';
import { crisisNoticeText } from '../../lib/ui/crisis-notice';
import { showNotice } from '../../lib/ui/notice';
import { t } from '../../lib/i18n';

/** What the mail page's wiring is built from; the content script passes the real ones. */
export interface MailPageEnv {
  doc: Document;
  adapter: HostAdapter;
  ask: typeof askBackground;
  /** Who is listed, from the background (the page carries no settings schema). */
  loadListed(options?: { managedWaitMs?: number }): Promise<ListedView>;
  watchListed(onChange: (view: ListedView) => void, onError: () => void): () => void;
  /** Crisis lines after a send go to the extension frame, never to the page (lib/ui/check-frame.ts). */
  showCrisisNotice?(finding: Finding): void;
  /** The compose badge (lib/ui/compose-badge.ts): updated with each prefetch's info findings. */
  badge?: { update(compose: Element, counterpartId: string, findings: unknown[]): void; clear(compose: Element): void };
  /** A listed person was seen on a compose: the dialog's frame can get ready (warm). */
  onListedSeen?(): void;
  dialog: {
    open(findings: Finding[], actions: DialogActions, extras?: DialogExtras): void;
    close(): void;
    isShown(): boolean;
  };
  isOwnUi(event: Event): boolean;
  isInvalid(): boolean;
}

/** What the dialog shows beside the findings, from the policy of the person the message is to. */
export interface DialogExtras {
  secureChannel?: { name: string; url: string };
}

/** Why a send is stopped unchecked while the stored settings cannot be read. */
export const SETTINGS_UNREADABLE = 'its settings could not be read: see its options page';

/** Why a send is stopped unchecked while the background has not said who is listed. */
export const LIST_UNKNOWN = 'it could not learn from its background who you listed: try again in a moment';

/** Why a send is stopped unchecked while the organisation's settings have never been read. */
export const MANAGED_PENDING = "your organisation's settings were not read yet: try again in a moment";

// The notices' words, read when shown; all of them are in the content script's warm list
// (entrypoints/mail.content/words.ts), as the reload notice shows once the extension went away.
const NOT_SAVED = () => t('notice_accept_not_saved');
const NOT_SUPPRESSED = () => t('notice_suppress_not_saved');
const NOTE_SAVED = () => t('notice_note_saved');
const NOTE_NOT_SAVED = () => t('notice_note_not_saved');
const UNREAD = () => t('notice_unread');
const RELOAD = () => t('notice_reload');

/**
 * The guard's and the prefetch's dependencies on a mail page: the settings as last read, the
 * background behind `ask`, the dialog and the notices. Settings that could not be read are
 * unknown, never "nobody listed": every send is then stopped as `unchecked`.
 */
export function mailPageDeps(env: MailPageEnv): {
  guard: GuardDeps;
  prefetch: PrefetchDeps;
  /** What the popup's self-check reports about this page. */
  selfCheck: { recipientsUnread: boolean };
  stop(): void;
} {
  const { doc, adapter } = env;
  /** The people listed; null while unknown (not asked yet, no answer, or settings unreadable). */
  let people: ListedView['people'] | null = null;
  let problem: string | null = null;
  /** Managed (enterprise) settings not read yet: nobody may be listed by them for all we know. */
  let managedPending = false;
  /** The background gave no usable answer: asked again at the next check. */
  let failed = false;
  const apply = (view: ListedView) => {
    failed = false;
    managedPending = view.status === 'managed-pending';
    problem = view.status === 'unreadable' ? SETTINGS_UNREADABLE : null;
    people = view.status === 'unreadable' ? null : view.people;
  };
  const unknown = () => {
    failed = true;
    people = null;
    problem = LIST_UNKNOWN;
  };
  const firstLoad = env.loadListed().then(apply, unknown);
  // A check may ask again (no answer yet, or managed settings still on their way), within its
  // 2 s budget.
  const settingsReady = () => {
    // A check starts: it may end in the dialog, so its frame starts loading now.
    env.onListedSeen?.();
    return firstLoad.then(() =>
      failed
        ? env.loadListed().then(apply, unknown)
        : managedPending
          ? env.loadListed({ managedWaitMs: 800 }).then(apply, unknown)
          : undefined,
    );
  };
  const stop = env.watchListed(apply, unknown);

  /** Unknown (null) while settings are unread, or while someone deployed by policy may be on it. */
  let warmed = false;
  const isListed = (recipients: Recipients) => {
    if (!people) return null;
    if (matchListed(recipients, people).length > 0) {
      warmed = true;
      env.onListedSeen?.();
      return true;
    }
    return managedPending ? null : false;
  };
  /**
   * Until the dialog's frame is warm: a look at who a compose is to, at most every 300 ms. Someone
   * listed, or who is listed not known (a send would be held either way): the frame gets ready.
   */
  let lookedAt = 0;
  const onCompose = (compose: Element) => {
    if (warmed || !env.onListedSeen || (people !== null && !managedPending && people.length === 0)) return;
    const now = Date.now();
    if (now - lookedAt < 300) return;
    lookedAt = now;
    if (isListed(adapter.readRecipients(compose)) !== false) {
      warmed = true;
      env.onListedSeen();
    }
  };
  /** The secure channel of the first listed person on the message whose policy has one. */
  const extrasFor = (context: DialogContext): DialogExtras => {
    if (!people || !context.recipients) return {};
    const channel = matchListed(context.recipients, people)
      .map((p) => p.secureChannel)
      .find((c) => c !== undefined);
    return channel ? { secureChannel: channel } : {};
  };
  const notify = (message: string) => showNotice(doc, message, { testId: 'bs-notice', timeoutMs: 12000 });
  const selfCheck = { recipientsUnread: false };

  const guard: GuardDeps = {
    adapter,
    isListed,
    mentionsListed: (text) => (people ? mentionsAnyone(text, people) : null),
    recipientsUnread: () => {
      // Once per page: a message whose recipients could not be read went out unchecked.
      if (selfCheck.recipientsUnread) return;
      selfCheck.recipientsUnread = true;
      showNotice(doc, UNREAD(), { testId: 'bs-unread-notice', timeoutMs: 12000 });
    },
    nobodyListed: () => people !== null && !managedPending && people.length === 0,
    settingsReady,
    settingsProblem: () => problem ?? (managedPending ? MANAGED_PENDING : null),
    evaluate: async (draft) => {
      const answer = await env.ask({ type: 'evaluate-draft', draft }, 2000);
      if (!answer.ok) throw new Error(answer.error);
      return answer.findings;
    },
    openDialog: (findings, actions, context) => env.dialog.open(findings, actions, extrasFor(context)),
    closeDialog: env.dialog.close,
    isDialogShown: env.dialog.isShown,
    acceptPlainEmail: (counterpartId) => {
      // A refusal is as much a failure as no answer: the user is told either way.
      const failed = () => void showNotice(doc, NOT_SAVED(), { testId: 'bs-notice', timeoutMs: 8000 });
      env.ask({ type: 'accept-plain-email', counterpartId }, 2000).then((answer) => {
        if (!answer.ok) failed();
      }, failed);
    },
    suppressCheck: (choice) => {
      const failed = () => void showNotice(doc, NOT_SUPPRESSED(), { testId: 'bs-notice', timeoutMs: 8000 });
      env.ask({ type: 'suppress-check', ...choice }, 2000).then((answer) => {
        if (!answer.ok) failed();
      }, failed);
    },
    saveNote: (draft) => {
      const failed = () => void showNotice(doc, NOTE_NOT_SAVED(), { testId: 'bs-note-notice', timeoutMs: 12000 });
      if (!draft) return failed();
      env.ask({ type: 'save-note', draft }, 2000).then((answer) => {
        if (answer.ok) showNotice(doc, NOTE_SAVED(), { testId: 'bs-note-notice', timeoutMs: 12000 });
        else failed();
      }, failed);
    },
    recordSend: (recipients) => {
      env.ask({ type: 'record-send', recipients }, 2000).catch(() => {
        // Only the frequency limit misses one send; nothing to tell the user.
      });
    },
    notify,
    showAfterSend: (findings) => {
      const crisis = findings.find((f) => f.id === 'crisis');
      if (!crisis) return;
      if (env.showCrisisNotice) env.showCrisisNotice(crisis);
      else showNotice(doc, crisisNoticeText(crisis), { testId: 'bs-crisis-notice' });
    },
    isOwnUi: env.isOwnUi,
    isInvalid: env.isInvalid,
    onInvalid: () => void showNotice(doc, RELOAD(), { testId: 'bs-reload-notice' }),
  };

  // Orphaned by an update, the page's badge would still promise checks that no longer run: it
  // goes at the next keystroke or focus in a compose, and the reload notice shows then, once.
  let orphanNoticed = false;
  const orphaned = (compose: Element) => {
    if (!env.isInvalid()) return false;
    env.badge?.clear(adapter.composeWindowOf(compose));
    if (!orphanNoticed) guard.onInvalid();
    orphanNoticed = true;
    return true;
  };

  const prefetch: PrefetchDeps = {
    adapter,
    isListed,
    prefetch: (draft, compose) => {
      if (orphaned(compose)) return;
      const badge = env.badge;
      void env.ask({ type: 'analyze-draft', draft }, 5000).then(
        (answer) => {
          // The badge names the first listed person on the message by id only; the frame reads
          // their policy itself. Only `info` findings go to it.
          const person = people ? matchListed(draft, people)[0] : undefined;
          if (!badge || !person?.id || !compose.isConnected) return;
          const findings = answer.ok
            ? (answer.findings ?? []).filter((f) => (f as { severity?: unknown } | null)?.severity === 'info')
            : [];
          // Beside the compose's whole window: its title bar's buttons stay clear (adapter).
          badge.update(adapter.composeWindowOf(compose), person.id, findings);
        },
        () => undefined,
      );
    },
    notListed: (compose) => env.badge?.clear(adapter.composeWindowOf(compose)),
    onCompose: (compose) => {
      if (!orphaned(compose)) onCompose(compose);
    },
  };

  return { guard, prefetch, selfCheck, stop };
}
