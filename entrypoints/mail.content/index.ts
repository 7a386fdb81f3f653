import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_HOSTS } from '../../lib/hosts/hosts';
import { adapterFor } from '../../lib/hosts';
import { installDraftPrefetch } from '../../lib/guard/prefetch';
import { installSendGuard } from '../../lib/guard/send-guard';
import { ask } from '../../lib/messaging/client';
import { loadSettings, watchSettings } from '../../lib/storage/settings';
import { createModalLayers } from '../../lib/ui/modal-layer';
import { buildSelfCheck } from '../../lib/selfcheck/answer';
import { installBrowserCatalogue } from '../../lib/i18n/browser';
import { SELF_CHECK_REQUEST } from '../../lib/selfcheck/report';
import { createDialogPresenter } from './dialog';
import { mailPageDeps } from './wiring';

export default defineContentScript({
  matches: MAIL_HOSTS,
  // Early, so our capture listeners on the window run before any of the page's own.
  runAt: 'document_start',
  main() {
    installBrowserCatalogue();
    const adapter = adapterFor(location.hostname, document);
    if (!adapter) return;

    // WXT's context would stop this script when the page posts the event WXT uses to tell an
    // older script that a newer one started, and any page can post it. Only the extension API
    // itself says the script is orphaned: chrome.runtime.id is gone once the extension was
    // updated, reloaded or removed (developer.chrome.com/docs/extensions/reference/api/runtime#property-id,
    // 2026-12-01). An orphaned guard lets every send through and asks for a reload.
    const lifetime = new AbortController();
    const isInvalid = () => browser.runtime?.id == null;

    const layers = createModalLayers(window, lifetime.signal);
    const dialog = createDialogPresenter(layers);
    const deps = mailPageDeps({
      doc: document,
      adapter,
      ask,
      loadSettings: () => loadSettings(),
      watchSettings,
      dialog,
      isOwnUi: layers.isOwn,
      isInvalid,
    });

    // The popup's self-check asks this page what it found (never what the mail says).
    const onSelfCheck = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== SELF_CHECK_REQUEST) return undefined;
      const page = {
        version: browser.runtime.getManifest().version,
        hostname: location.hostname,
        recipientsUnread: deps.selfCheck.recipientsUnread,
      };
      return Promise.resolve(buildSelfCheck(adapter, deps.guard.isListed, page));
    };
    browser.runtime.onMessage.addListener(onSelfCheck);
    lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onSelfCheck));

    installDraftPrefetch(window, deps.prefetch, lifetime.signal);
    installSendGuard(window, deps.guard, lifetime.signal);
  },
});
