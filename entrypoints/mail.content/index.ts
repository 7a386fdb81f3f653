import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_HOSTS } from '../../lib/hosts/hosts';
import { adapterFor } from '../../lib/hosts';
import type { Recipients } from '../../lib/hosts/adapter';
import { installDraftPrefetch } from '../../lib/guard/prefetch';
import { installSendGuard } from '../../lib/guard/send-guard';
import { ask } from '../../lib/messaging/client';
import { listedRecipients, mentionsListed } from '../../lib/policy/listed';
import type { Settings } from '../../lib/policy/settings';
import { counterparts, defaultSettings } from '../../lib/policy/settings';
import { loadSettings, watchSettings } from '../../lib/storage/settings';
import { createModalLayers } from '../../lib/ui/modal-layer';
import { crisisNoticeText } from '../../lib/ui/crisis-notice';
import { showNotice } from '../../lib/ui/notice';
import { buildSelfCheck } from '../../lib/selfcheck/answer';
import { SELF_CHECK_REQUEST } from '../../lib/selfcheck/report';
import { createDialogPresenter } from './dialog';

export default defineContentScript({
  matches: MAIL_HOSTS,
  // Early, so our capture listeners on the window run before any of the page's own.
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterFor(location.hostname, document);
    if (!adapter) return;

    let settings: Settings | null = null;
    const settingsReady = loadSettings()
      .then((loaded) => void (settings = loaded.settings))
      .catch(() => void (settings = defaultSettings()));
    ctx.onInvalidated(watchSettings((loaded) => (settings = loaded.settings)));

    /** Once per page: a message whose recipients could not be read went out unchecked. */
    let unreadNoticeShown = false;
    const selfCheck = { recipientsUnread: false };
    const isListed = (recipients: Recipients) => (settings ? listedRecipients(recipients, settings).length > 0 : null);
    const layers = createModalLayers(window, ctx.signal);
    const dialog = createDialogPresenter(layers);

    // The popup's self-check asks this page what it found (never what the mail says).
    const onSelfCheck = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== SELF_CHECK_REQUEST) return undefined;
      const page = { version: browser.runtime.getManifest().version, hostname: location.hostname, recipientsUnread: selfCheck.recipientsUnread };
      return Promise.resolve(buildSelfCheck(adapter, isListed, page));
    };
    browser.runtime.onMessage.addListener(onSelfCheck);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onSelfCheck));

    installDraftPrefetch(
      window,
      {
        adapter,
        isListed,
        prefetch: (draft) => void ask({ type: 'analyze-draft', draft }, 5000).catch(() => undefined),
      },
      ctx.signal,
    );

    installSendGuard(
      window,
      {
        adapter,
        isListed,
        mentionsListed: (text) => (settings ? mentionsListed(text, settings) : null),
        recipientsUnread: () => {
          selfCheck.recipientsUnread = true;
          if (unreadNoticeShown) return;
          unreadNoticeShown = true;
          showNotice(
            document,
            'Between Sessions could not read the recipients of this message, so it was not checked. Nobody you listed appears in it. The extension popup shows what could not be read.',
            { testId: 'bs-unread-notice', timeoutMs: 12000 },
          );
        },
        nobodyListed: () => settings !== null && counterparts(settings).length === 0,
        settingsReady,
        evaluate: async (draft) => {
          const answer = await ask({ type: 'evaluate-draft', draft }, 2000);
          if (!answer.ok) throw new Error(answer.error);
          return answer.findings;
        },
        openDialog: dialog.open,
        closeDialog: dialog.close,
        acceptPlainEmail: (therapistId) => {
          ask({ type: 'accept-plain-email', therapistId }, 2000).catch(() => {
            showNotice(document, 'Your choice about plain email could not be saved.', { testId: 'bs-notice', timeoutMs: 8000 });
          });
        },
        recordSend: (recipients) => {
          ask({ type: 'record-send', recipients }, 2000).catch(() => {
            // Only the frequency limit misses one send; nothing to tell the user.
          });
        },
        notify: (message) => showNotice(document, message, { testId: 'bs-notice', timeoutMs: 12000 }),
        showAfterSend: (findings) => {
          const crisis = findings.find((f) => f.id === 'crisis');
          if (crisis) showNotice(document, crisisNoticeText(crisis), { testId: 'bs-crisis-notice' });
        },
        isOwnUi: layers.isOwn,
        isInvalid: () => ctx.isInvalid,
        onInvalid: () =>
          showNotice(
            document,
            'Between Sessions was updated or turned off, so it is no longer checking messages in this tab. Reload the tab to turn the checks back on.',
            { testId: 'bs-reload-notice' },
          ),
      },
      ctx.signal,
    );
  },
});
