import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_HOSTS } from '../../lib/hosts/hosts';
import { adapterFor } from '../../lib/hosts';
import { installDraftPrefetch } from '../../lib/guard/prefetch';
import { installSendGuard } from '../../lib/guard/send-guard';
import { ask } from '../../lib/messaging/client';
import { listedViewSource } from '../../lib/messaging/listed-source';
import { createCheckFrame } from '../../lib/ui/check-frame';
import { CHECK_FRAME_PATH } from '../../lib/ui/frame-protocol';
import { createModalLayers } from '../../lib/ui/modal-layer';
import { createComposeBadge } from '../../lib/ui/compose-badge';
import { HOST_TAGS, removeLeftoverHosts } from '../../lib/ui/host-tags';
import { t } from '../../lib/i18n';
import { buildSelfCheck } from '../../lib/selfcheck/answer';
import { installBrowserCatalogue } from '../../lib/i18n/browser';
import { SELF_CHECK_REQUEST } from '../../lib/selfcheck/report';
import { createCrisisNoticePresenter, createDialogPresenter } from './dialog';
import { mailPageDeps } from './wiring';
import { CONTENT_SCRIPT_WORDS } from './words';

export default defineContentScript({
  matches: MAIL_HOSTS,
  // Early, so our capture listeners on the window run before any of the page's own.
  runAt: 'document_start',
  main() {
    // Every word the page may show once the extension went away (the fallback dialog, the
    // notices) is read now: from then on the browser's catalogue cannot be read (words.ts).
    installBrowserCatalogue(CONTENT_SCRIPT_WORDS);
    const adapter = adapterFor(location.hostname, document);
    if (!adapter) return;
    // Run again in an open tab after an update (Firefox), the old script is gone: its UI goes too.
    removeLeftoverHosts(document);

    // WXT's context would stop this script when the page posts the event WXT uses to tell an
    // older script that a newer one started, and any page can post it. Only the extension API
    // itself says the script is orphaned: chrome.runtime.id is gone once the extension was
    // updated, reloaded or removed (developer.chrome.com/docs/extensions/reference/api/runtime#property-id,
    // 2026-12-01). An orphaned guard lets every send through and asks for a reload.
    const lifetime = new AbortController();
    const isInvalid = () => browser.runtime?.id == null;

    const layers = createModalLayers(window, lifetime.signal);
    // The dialog lives in the extension's own page; runtime.getURL gives its dynamic URL where
    // the manifest asks for one (use_dynamic_url).
    const frameUrl = browser.runtime.getURL(CHECK_FRAME_PATH);
    // Chrome loads the dynamic URL but the document gets the extension's own origin (checked in
    // Chromium 156, 2026-12-01); Firefox's moz-extension:// URL is its origin.
    const frameOrigin = frameUrl.startsWith('chrome-extension:')
      ? `chrome-extension://${browser.runtime.id}`
      : new URL(frameUrl).origin;
    const frame = createCheckFrame({
      doc: document,
      url: frameUrl,
      origin: frameOrigin,
      signal: lifetime.signal,
    });
    const dialog = createDialogPresenter(layers, frame, isInvalid);
    const noticeFrame = createCheckFrame({
      doc: document,
      // The same page; `#notice` tells it apart in the tests' frame list.
      url: `${frameUrl}#notice`,
      origin: frameOrigin,
      signal: lifetime.signal,
      layout: 'notice',
    });
    const badgeFrameOptions = {
      doc: document,
      // The same page; `#badge` makes it the compose badge.
      url: `${frameUrl}#badge`,
      origin: frameOrigin,
      signal: lifetime.signal,
      layout: 'badge' as const,
      // Its own host tag: what finds the dialog's host (between-sessions-layer) never finds it.
      hostTag: HOST_TAGS.badge,
      title: t('badge_frame_title'),
    };
    const badge = createComposeBadge(
      window,
      (onBadgeSize) => createCheckFrame({ ...badgeFrameOptions, onBadgeSize }),
      lifetime.signal,
      adapter.badgeRoom,
    );
    const listed = listedViewSource(ask);
    const deps = mailPageDeps({
      doc: document,
      adapter,
      ask,
      loadListed: listed.load,
      watchListed: listed.watch,
      onListedSeen: frame.warm,
      badge,
      showCrisisNotice: createCrisisNoticePresenter(document, noticeFrame),
      dialog,
      isOwnUi: (event) => layers.isOwn(event) || frame.isOwn(event),
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
