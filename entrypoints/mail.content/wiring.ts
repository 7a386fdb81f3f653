import type { Finding } from '../../lib/checks/finding';
import type { DialogActions, GuardDeps } from '../../lib/guard/send-guard';
import type { PrefetchDeps } from '../../lib/guard/prefetch';
import type { HostAdapter, Recipients } from '../../lib/hosts/adapter';
import type { ask as askBackground } from '../../lib/messaging/client';
import { listedRecipients, mentionsListed } from '../../lib/policy/listed';
import type { Settings } from '../../lib/policy/settings';
import { counterparts } from '../../lib/policy/settings';
import type { LoadedSettings } from '../../lib/storage/settings';
import { showNotice } from '../../lib/ui/notice';

/** What the mail page's wiring is built from; the content script passes the real ones. */
export interface MailPageEnv {
  doc: Document;
  adapter: HostAdapter;
  ask: typeof askBackground;
  loadSettings(options?: { managedWaitMs?: number }): Promise<LoadedSettings>;
  watchSettings(onChange: (loaded: LoadedSettings) => void): () => void;
  dialog: {
    open(findings: Finding[], actions: DialogActions): void;
    close(): void;
    isShown(): boolean;
    /** After a send: the crisis lines of a lowered crisis finding (and the safety plan). */
    showCrisisNotice(finding: Finding): void;
  };
  isOwnUi(event: Event): boolean;
  isInvalid(): boolean;
}

/** Why a send is stopped unchecked while the stored settings cannot be read. */
export const SETTINGS_UNREADABLE = 'its settings could not be read: see its options page';

/** Why a send is stopped unchecked while the organisation's settings have never been read. */
export const MANAGED_PENDING = "your organisation's settings were not read yet: try again in a moment";

const NOT_SAVED = 'Your choice about plain email could not be saved.';
const UNREAD =
  'Between Sessions could not read the recipients of this message, so it was not checked. Nobody you listed appears in it. The extension popup shows what could not be read.';
const RELOAD =
  'Between Sessions was updated or turned off, so it is no longer checking messages in this tab. Reload the tab to turn the checks back on.';

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
  let settings: Settings | null = null;
  let problem: string | null = null;
  /** Managed (enterprise) settings not read yet: nobody may be listed by them for all we know. */
  let managedPending = false;
  const apply = (loaded: LoadedSettings) => {
    managedPending = loaded.managedPending === true;
    problem = loaded.problem ? SETTINGS_UNREADABLE : null;
    settings = loaded.problem ? null : loaded.settings;
  };
  const unreadable = () => {
    settings = null;
    problem = SETTINGS_UNREADABLE;
  };
  const firstLoad = env.loadSettings().then(apply, unreadable);
  // A check may wait again for managed settings still on their way, within its 2 s budget.
  const settingsReady = () =>
    firstLoad.then(() =>
      managedPending ? env.loadSettings({ managedWaitMs: 800 }).then(apply, unreadable) : undefined,
    );
  const stop = env.watchSettings(apply);

  /** Unknown (null) while settings are unread, or while someone deployed by policy may be on it. */
  const isListed = (recipients: Recipients) => {
    if (!settings) return null;
    if (listedRecipients(recipients, settings).length > 0) return true;
    return managedPending ? null : false;
  };
  const notify = (message: string) => showNotice(doc, message, { testId: 'bs-notice', timeoutMs: 12000 });
  const selfCheck = { recipientsUnread: false };

  const guard: GuardDeps = {
    adapter,
    isListed,
    mentionsListed: (text) => (settings ? mentionsListed(text, settings) : null),
    recipientsUnread: () => {
      // Once per page: a message whose recipients could not be read went out unchecked.
      if (selfCheck.recipientsUnread) return;
      selfCheck.recipientsUnread = true;
      showNotice(doc, UNREAD, { testId: 'bs-unread-notice', timeoutMs: 12000 });
    },
    nobodyListed: () => settings !== null && !managedPending && counterparts(settings).length === 0,
    settingsReady,
    settingsProblem: () => problem ?? (managedPending ? MANAGED_PENDING : null),
    evaluate: async (draft) => {
      const answer = await env.ask({ type: 'evaluate-draft', draft }, 2000);
      if (!answer.ok) throw new Error(answer.error);
      return answer.findings;
    },
    openDialog: env.dialog.open,
    closeDialog: env.dialog.close,
    isDialogShown: env.dialog.isShown,
    acceptPlainEmail: (therapistId) => {
      // A refusal is as much a failure as no answer: the user is told either way.
      const failed = () => void showNotice(doc, NOT_SAVED, { testId: 'bs-notice', timeoutMs: 8000 });
      env.ask({ type: 'accept-plain-email', therapistId }, 2000).then((answer) => {
        if (!answer.ok) failed();
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
      if (crisis) env.dialog.showCrisisNotice(crisis);
    },
    isOwnUi: env.isOwnUi,
    isInvalid: env.isInvalid,
    onInvalid: () => void showNotice(doc, RELOAD, { testId: 'bs-reload-notice' }),
  };

  const prefetch: PrefetchDeps = {
    adapter,
    isListed,
    prefetch: (draft) => void env.ask({ type: 'analyze-draft', draft }, 5000).catch(() => undefined),
  };

  return { guard, prefetch, selfCheck, stop };
}
