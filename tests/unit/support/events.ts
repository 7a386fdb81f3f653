import type { HostAdapter, SendAttempt } from '../../../lib/hosts/adapter';

/** Test-only: DOM events as a user's input makes them, and classifying them as the guard does. */

/** Classifies an event from a window capture listener while it is dispatched, as the guard does. */
export function classifyOn(adapter: HostAdapter, el: Element, event: Event): SendAttempt | null | undefined {
  let result: SendAttempt | null | undefined;
  const listener = (e: Event) => void (result = adapter.classify(e));
  window.addEventListener(event.type, listener, { capture: true, once: true });
  el.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  return result;
}

export const mouse = (type: string, button = 0) =>
  new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button });

export const key = (type: string, k: string, mods: KeyboardEventInit = {}) =>
  new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, key: k, ...mods });
