/**
 * A modal layer over any page: a closed shadow root (so the page's styles do not leak in and its
 * scripts cannot read what is shown) that keeps keys, clicks and focus away from the page while
 * it is open. The extension frame's host (check-frame.ts) is held modal by the same rules.
 *
 * Keys are held at the window in the capture phase, by a listener installed when the content
 * script starts (document_start), i.e. before any page script: a mail page's shortcut handler on
 * the window or document would otherwise see a keystroke before the dialog could stop it.
 * Stopping propagation there keeps default actions (Enter/Space on a focused button), so the
 * dialog's buttons and checkboxes still work with the keyboard.
 */
import { HOST_TAGS } from './host-tags';

const HOST_TAG = HOST_TAGS.layer;
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
/** Events that must not bubble out of the layer into the page. */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'wheel',
  'input',
  'change',
  'focusin',
  'focusout',
  'keydown',
  'keypress',
  'keyup',
] as const;
const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export interface OpenLayer {
  container: HTMLElement;
  close(): void;
  /** Still the open layer, and still in the document (a page may remove it). */
  isOpen(): boolean;
}

export interface HeldLayer {
  release(): void;
  /** Still the held layer, and still in the document. */
  isHeld(): boolean;
}

export interface ModalLayers {
  open(options: { css: string; onEscape(): void; label: string }): OpenLayer;
  /**
   * Holds an element the caller made (the frame's host) modal: page keys are swallowed, Esc calls
   * `onEscape`, focus that wanders to the page goes back to `focusables()[0]`.
   */
  hold(host: HTMLElement, focusables: () => HTMLElement[], onEscape: () => void): HeldLayer;
  /** Events inside one of our layers (never a send attempt). */
  isOwn(event: Event): boolean;
}

export function createModalLayers(
  win: Window,
  signal: AbortSignal,
  /** `open` only for unit tests that look inside; the page never gets a way in. */
  options: { shadow?: ShadowRootMode } = {},
): ModalLayers {
  let active: {
    host: HTMLElement;
    focusables(): HTMLElement[];
    activeElement(): Element | null;
    onEscape(): void;
    /** Made by `open`: removed on close. A held host belongs to its caller. */
    owned: boolean;
  } | null = null;

  const focusablesIn = (shadow: ShadowRoot) => () =>
    Array.from(shadow.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);

  /**
   * The open layer, if it is still in the document. One the page removed holds nothing back:
   * keys and focus go to the page again.
   */
  const live = () => {
    if (active && !active.host.isConnected) active = null;
    return active;
  };

  const onKey = (event: Event) => {
    const layer = live();
    if (!layer || !(event instanceof KeyboardEvent)) return;
    event.stopImmediatePropagation(); // no page shortcut fires while the dialog is open
    if (event.type !== 'keydown') return;
    // A key held down since the send (Ctrl+Enter, say) must not press a button of the dialog.
    if (event.repeat && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      layer.onEscape();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      const items = layer.focusables();
      if (items.length === 0) return;
      const at = items.indexOf(layer.activeElement() as HTMLElement);
      const next = at === -1 ? 0 : (at + (event.shiftKey ? -1 : 1) + items.length) % items.length;
      items[next]?.focus();
    }
  };

  // Focus that wanders to the page (a page script, a click that slipped through) comes back.
  const onFocusIn = (event: FocusEvent) => {
    const layer = live();
    if (!layer || event.composedPath().includes(layer.host)) return;
    layer.focusables()[0]?.focus();
  };

  for (const type of KEY_EVENTS) win.addEventListener(type, onKey, { capture: true, signal });
  win.addEventListener('focusin', onFocusIn, { capture: true, signal });

  const close = () => {
    if (active?.owned) active.host.remove();
    active = null;
  };
  signal.addEventListener('abort', close);

  return {
    open({ css, onEscape, label }) {
      close();
      const doc = win.document;
      const host = doc.createElement(HOST_TAG);
      host.setAttribute('aria-label', label);
      host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;display:block;';
      const shadow = host.attachShadow({ mode: options.shadow ?? 'closed' });
      const style = doc.createElement('style');
      style.textContent = css;
      const container = doc.createElement('div');
      shadow.append(style, container);
      for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
      (doc.body ?? doc.documentElement).append(host);
      active = {
        host,
        focusables: focusablesIn(shadow),
        activeElement: () => shadow.activeElement,
        onEscape,
        owned: true,
      };
      return {
        container,
        close: () => {
          if (active?.host === host) close();
        },
        isOpen: () => live()?.host === host,
      };
    },
    hold(host, focusables, onEscape) {
      close();
      active = { host, focusables, activeElement: () => host.ownerDocument.activeElement, onEscape, owned: false };
      return {
        release: () => {
          if (active?.host === host) active = null;
        },
        isHeld: () => live()?.host === host,
      };
    },
    isOwn(event) {
      const path = event.composedPath();
      return path.some((node) => node instanceof HTMLElement && node.localName === HOST_TAG);
    },
  };
}

/** Moves focus to the first focusable element matching `selector` inside a layer. */
export function focusIn(container: HTMLElement, selector: string): void {
  container.querySelector<HTMLElement>(selector)?.focus();
}
