import type { FrameExtras, FromFrame, ToFrame } from './frame-protocol';
import { PORT_HELLO, readFromFrame } from './frame-protocol';
import { t } from '../i18n';
import { HOST_TAGS } from './host-tags';

/**
 * The extension's own page (entrypoints/check-frame/) in an <iframe> inside a closed shadow root
 * on the mail page. The page can see that the host element exists, and remove it; it cannot reach
 * the iframe, read the dialog (another origin) or press its buttons, and nothing it posts is ever
 * taken as an answer: answers come only over the MessageChannel whose other end was handed to the
 * frame, posted to the extension's origin alone.
 *
 * Made hidden the first time a listed person is seen on a compose (`warm`), so a dialog later
 * costs no page load; removed with the content script.
 */
const HOST_TAG = HOST_TAGS.layer;
const HIDDEN = 'position:fixed;inset:0;z-index:2147483647;display:block;visibility:hidden;pointer-events:none;';
const SHOWN = 'position:fixed;inset:0;z-index:2147483647;display:block;visibility:visible;';
/** A notice: a box in the corner, the page usable around it (not modal). */
const NOTICE_BOX =
  'position:fixed;right:16px;bottom:16px;width:min(440px,calc(100vw - 32px));height:min(600px,calc(100vh - 32px));z-index:2147483646;display:block;';
const NOTICE_HIDDEN = `${NOTICE_BOX}visibility:hidden;pointer-events:none;`;
const NOTICE_SHOWN = `${NOTICE_BOX}visibility:visible;`;
/** The compose badge: placed by its presenter (lib/ui/compose-badge.ts) beside the compose. */
const BADGE_HIDDEN =
  'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483645;display:block;visibility:hidden;pointer-events:none;';

/**
 * How long the frame may take to say it runs, from its creation: a cold frame loads React, and on
 * a busy 2-core machine that took over 1.5 s (e2e latency.spec.ts, 2026-12-01). Normally the
 * frame was made long before, while the draft was written.
 */
export const FRAME_READY_MS = 2500;
/** How long a shown dialog may take to say it is on screen once the frame runs. */
export const FRAME_SHOW_MS = 1000;

export interface FrameDialogHandlers {
  answer(answer: Extract<FromFrame, { type: 'answer' }>): void;
  /** A notice was dismissed (or timed out) in the frame. */
  closed?(): void;
  /** The frame did not load, did not answer in time, went away or could not render. */
  failed(reason: string): void;
  shown?(): void;
}

export interface CheckFrame {
  /** Creates the hidden frame now, if there is none. */
  warm(): void;
  /** Shows the dialog in the frame; `failed` is called (once) if it cannot be shown. */
  show(findings: unknown[], handlers: FrameDialogHandlers, extras?: FrameExtras): void;
  /** Shows a notice after sending (a frame made with `layout: 'notice'`). */
  notice(finding: unknown, handlers: FrameDialogHandlers): void;
  hide(): void;
  /** The host element while the frame is shown (for the modal rules), else null. */
  shownHost(): HTMLElement | null;
  /** The iframe element, for focus. */
  frameElement(): HTMLIFrameElement | null;
  isOwn(event: Event): boolean;
  /** How many times a frame broke on this page (not loaded, navigated away, removed). */
  failures(): number;
  /**
   * The compose badge (`layout: 'badge'`): who it is for (an id) and the draft's info findings.
   * Posted once the frame runs; a later call replaces an earlier one not yet posted.
   */
  badge(counterpartId: string, findings: unknown[]): void;
  /** Puts the badge's host where the presenter says (fixed-position CSS), or hides it (null). */
  place(css: string | null): void;
}

export function createCheckFrame(options: {
  doc: Document;
  /** The frame page's URL (runtime.getURL: the dynamic URL where the browser has one). */
  url: string;
  /** The origin the frame's document has: the port is posted to it and nowhere else. */
  origin: string;
  signal: AbortSignal;
  readyMs?: number;
  showMs?: number;
  /** `overlay` (the modal dialog, the default) or `notice` (a box in the corner). */
  layout?: 'overlay' | 'notice' | 'badge';
  /** The host element's tag (`between-sessions-layer` by default; the badge has its own). */
  hostTag?: string;
  /** What the frame is called for assistive technology (the dialog's title by default). */
  title?: string;
  /** The badge said how big it is (collapsed or open). */
  onBadgeSize?(width: number, height: number): void;
}): CheckFrame {
  const { doc, url, signal } = options;
  const origin = options.origin;
  const readyMs = options.readyMs ?? FRAME_READY_MS;
  const showMs = options.showMs ?? FRAME_SHOW_MS;
  const [hiddenStyle, shownStyle] =
    options.layout === 'notice'
      ? [NOTICE_HIDDEN, NOTICE_SHOWN]
      : options.layout === 'badge'
        ? [BADGE_HIDDEN, BADGE_HIDDEN]
        : [HIDDEN, SHOWN];
  let pendingBadge: Extract<ToFrame, { type: 'badge' }> | null = null;

  let host: HTMLElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  let port: MessagePort | null = null;
  let ready = false;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let broken = 0;
  let current: { seq: number; handlers: FrameDialogHandlers; timer?: ReturnType<typeof setTimeout> } | null = null;

  const post = (message: ToFrame) => port?.postMessage(message);

  const endCurrent = () => {
    const ending = current;
    current = null;
    if (ending?.timer) clearTimeout(ending.timer);
    return ending;
  };

  /** Tears the frame down; a dialog it was showing is handed to its fallback. */
  const breakFrame = (reason: string) => {
    broken += 1;
    teardown();
    endCurrent()?.handlers.failed(reason);
  };

  const teardown = () => {
    clearTimeout(readyTimer);
    port?.close();
    port = null;
    ready = false;
    host?.remove();
    host = null;
    iframe = null;
  };

  const onMessage = (event: MessageEvent) => {
    const message = readFromFrame(event.data);
    if (!message) return;
    if (message.type === 'ready') {
      ready = true;
      clearTimeout(readyTimer);
      if (current) sendShow();
      if (pendingBadge) post(pendingBadge);
      pendingBadge = null;
      return;
    }
    if (message.type === 'badge-size') {
      if (message.seq === seq) options.onBadgeSize?.(message.width, message.height);
      return;
    }
    if (!current || message.seq !== current.seq) return; // an answer to a dialog long gone
    if (message.type === 'shown') {
      if (current.timer) clearTimeout(current.timer);
      current.timer = undefined;
      current.handlers.shown?.();
    } else if (message.type === 'failed') {
      endCurrent()?.handlers.failed('the dialog could not be shown');
    } else if (message.type === 'answer') {
      endCurrent()?.handlers.answer(message);
    } else if (message.type === 'notice-closed') {
      endCurrent()?.handlers.closed?.();
      if (host) host.style.cssText = hiddenStyle;
    }
  };

  let pendingFindings: unknown[] = [];
  let pendingExtras: FrameExtras = {};
  let pendingNotice: { finding: unknown } | null = null;
  const sendShow = () => {
    if (!current) return;
    if (pendingNotice) post({ type: 'notice', seq: current.seq, finding: pendingNotice.finding });
    else post({ type: 'show', seq: current.seq, findings: pendingFindings, extras: pendingExtras });
    if (current.timer) clearTimeout(current.timer);
    current.timer = setTimeout(() => breakFrame('the dialog did not answer in time'), showMs);
  };

  const create = () => {
    const h = doc.createElement(options.hostTag ?? HOST_TAG);
    const title = options.title ?? t('dialog_title');
    h.setAttribute('aria-label', title);
    h.style.cssText = hiddenStyle;
    const shadow = h.attachShadow({ mode: 'closed' });
    const f = doc.createElement('iframe');
    f.title = title;
    // Transparent over the page: the dialog draws its own backdrop. The same color-scheme on both
    // sides keeps Chromium from painting the frame opaque
    // (developer.chrome.com/blog/auto-dark-theme#per-element-opt-out, 2026-12-01).
    f.style.cssText =
      'border:0;margin:0;padding:0;width:100%;height:100%;display:block;background:transparent;color-scheme:light;';
    f.setAttribute('allowtransparency', 'true');
    let loads = 0;
    f.addEventListener('load', () => {
      loads += 1;
      // A second load is the frame navigated away (by the page, through window.frames): the
      // document holding our port is gone.
      if (loads > 1 || f !== iframe) return breakFrame('the frame was replaced');
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = onMessage;
      // To the extension's origin only: if anything else loaded there, it never gets the port.
      f.contentWindow?.postMessage({ type: PORT_HELLO }, origin, [channel.port2]);
    });
    f.src = url;
    shadow.append(f);
    (doc.body ?? doc.documentElement).append(h);
    host = h;
    iframe = f;
    readyTimer = setTimeout(() => {
      if (!ready) breakFrame('the frame did not load in time');
    }, readyMs);
  };

  const alive = () => {
    if (host && !host.isConnected) {
      // Removed by the page: whatever it showed is gone with it (the guard drops its dialog).
      broken += 1;
      teardown();
      endCurrent();
    }
    return host !== null;
  };

  signal.addEventListener('abort', () => {
    endCurrent();
    teardown();
  });

  return {
    warm() {
      if (signal.aborted || alive()) return;
      create();
    },
    show(findings, handlers, extras = {}) {
      endCurrent();
      if (!alive()) create();
      seq += 1;
      pendingFindings = findings;
      pendingExtras = extras;
      pendingNotice = null;
      current = { seq, handlers };
      host!.style.cssText = shownStyle;
      if (ready) sendShow();
    },
    notice(finding, handlers) {
      endCurrent();
      if (!alive()) create();
      seq += 1;
      pendingNotice = { finding };
      current = { seq, handlers };
      host!.style.cssText = shownStyle;
      if (ready) sendShow();
    },
    hide() {
      endCurrent();
      post({ type: 'hide', seq });
      if (host) host.style.cssText = hiddenStyle;
    },
    shownHost: () => (alive() && host!.style.visibility === 'visible' ? host : null),
    frameElement: () => iframe,
    isOwn: (event) => host !== null && event.composedPath().includes(host),
    failures: () => broken,
    badge(counterpartId, findings) {
      if (signal.aborted) return;
      if (!alive()) create();
      seq += 1;
      const message: ToFrame = { type: 'badge', seq, counterpartId, findings };
      if (ready) post(message);
      else pendingBadge = message;
    },
    place(css) {
      if (!host) return;
      host.style.cssText = css ?? hiddenStyle;
    },
  };
}
