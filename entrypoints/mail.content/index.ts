import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_HOSTS } from '../../lib/hosts/hosts';
import { adapterFor } from '../../lib/hosts';
import { installDraftPrefetch } from '../../lib/guard/prefetch';
import { installSendGuard } from '../../lib/guard/send-guard';
import { ask } from '../../lib/messaging/client';
import { loadSettings, watchSettings } from '../../lib/storage/settings';
import { createModalLayers } from '../../lib/ui/modal-layer';
import { createDialogPresenter } from './dialog';
import { mailPageDeps } from './wiring';

export default defineContentScript({
  matches: MAIL_HOSTS,
  // Early, so our capture listeners on the window run before any of the page's own.
  runAt: 'document_start',
  main() {
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
    installDraftPrefetch(window, deps.prefetch, lifetime.signal);
    installSendGuard(window, deps.guard, lifetime.signal);
  },
});
