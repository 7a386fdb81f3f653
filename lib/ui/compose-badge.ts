import type { CheckFrame } from './check-frame';

/**
 * The compose badge on the mail page: one frame (layout `badge`, lib/ui/check-frame.ts) that sits
 * beside the compose the user last worked in with someone listed on it. One frame for the page,
 * not one per compose: a single extension page stays loaded however many drafts are open, and the
 * badge follows the draft being written. It is placed outside the compose's box, so it never
 * covers the host's Send button or toolbar, and never takes focus: typing stays in the draft.
 *
 * Page cost: one box read of the compose and one style write per prefetch result (after the
 * prefetch's debounce, lib/guard/prefetch.ts), none per keystroke; while it shows, the same once a
 * frame at most when the page or a pane scrolls, the window resizes or the compose changes size
 * (a ResizeObserver on the compose), never in a loop of its own.
 */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** Space between the compose and the badge, and between the badge and the window's edge. */
const GAP = 6;

/**
 * Where the badge goes. With a `room` (the part of the compose below the host's controls, from the
 * adapter), inside it at its bottom-right corner, as much of it as is in view. Else above the
 * compose, right-aligned with it, when there is room; else to its left, top-aligned; else nowhere
 * (null: hidden rather than over the compose's own controls). A compose out of view: nowhere.
 */
export function badgePlacement(
  compose: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  room?: Box | null,
): { top: number; left: number } | null {
  if (compose.bottom <= 0 || compose.top >= viewport.height || compose.right <= 0 || compose.left >= viewport.width)
    return null;
  if (room) {
    const top = Math.min(room.bottom, viewport.height) - GAP - size.height;
    const left = Math.min(room.right, viewport.width) - GAP - size.width;
    if (top >= Math.max(room.top, 0) + GAP && left >= Math.max(room.left, 0) + GAP)
      return { top: Math.round(top), left: Math.round(left) };
  }
  const clampLeft = (left: number) => Math.max(GAP, Math.min(left, viewport.width - size.width - GAP));
  if (compose.top - GAP - size.height >= GAP) {
    return {
      top: Math.round(compose.top - GAP - size.height),
      left: Math.round(clampLeft(compose.right - size.width)),
    };
  }
  if (compose.left - GAP - size.width >= GAP) {
    const top = Math.max(GAP, Math.min(compose.top, viewport.height - size.height - GAP));
    return { top: Math.round(top), left: Math.round(compose.left - GAP - size.width) };
  }
  return null;
}

export interface ComposeBadge {
  /** Shows (or refreshes) the badge for this compose: who it is for, and the draft's info findings. */
  update(compose: Element, counterpartId: string, findings: unknown[]): void;
  /** Nobody listed on this compose any more (or it closed): its badge goes. */
  clear(compose: Element): void;
}

/** Before the badge has said its size: a collapsed icon's box. */
const FIRST_SIZE = { width: 40, height: 40 };
/** After this many broken frames the page stops trying (the badge is a help, never a must). */
const MAX_FAILURES = 2;

export function createComposeBadge(
  win: Window,
  makeFrame: (onSize: (width: number, height: number) => void) => CheckFrame,
  signal: AbortSignal,
  roomOf?: (compose: Element) => Box | null,
): ComposeBadge {
  let compose: WeakRef<Element> | null = null;
  let size = FIRST_SIZE;
  let watch: ReturnType<typeof setInterval> | undefined;
  let frameQueued = 0;
  const resized = new ResizeObserver(() => later());

  const place = () => {
    const el = compose?.deref();
    if (!el?.isConnected) return hide();
    const where = badgePlacement(
      el.getBoundingClientRect(),
      size,
      { width: win.innerWidth, height: win.innerHeight },
      roomOf?.(el),
    );
    frame.place(
      where
        ? `position:fixed;top:${where.top}px;left:${where.left}px;width:${size.width}px;height:${size.height}px;z-index:2147483645;display:block;visibility:visible;border:0;`
        : null,
    );
  };
  const hide = () => {
    compose = null;
    clearInterval(watch);
    watch = undefined;
    resized.disconnect();
    frame.place(null);
  };
  // Scrolls and resizes come in bursts: the badge moves once per animation frame at most.
  const later = () => {
    if (compose && !frameQueued)
      frameQueued = win.requestAnimationFrame(() => {
        frameQueued = 0;
        place();
      });
  };

  const frame = makeFrame((width, height) => {
    if (width === size.width && height === size.height) return;
    size = { width, height };
    place();
  });

  // A compose that closes (sent, discarded) takes its badge with it: one cheap check a second
  // while a badge shows, no observer on the host's DOM.
  const startWatch = () => {
    if (watch === undefined)
      watch = setInterval(() => {
        if (!compose?.deref()?.isConnected) hide();
      }, 1000);
  };
  win.addEventListener('resize', later, { passive: true, signal });
  // Scroll does not bubble: caught in the capture phase, it says any pane moved (Outlook's reading pane).
  win.addEventListener('scroll', later, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => {
    clearInterval(watch);
    resized.disconnect();
  });

  return {
    update(el, counterpartId, findings) {
      if (signal.aborted || frame.failures() >= MAX_FAILURES) return;
      if (compose?.deref() !== el) {
        resized.disconnect();
        resized.observe(el);
      }
      compose = new WeakRef(el);
      frame.badge(counterpartId, findings);
      place();
      startWatch();
    },
    clear(el) {
      if (compose?.deref() === el) hide();
    },
  };
}
