import type { Draft } from '../draft';
import type { HostAdapter, Recipients } from '../hosts/adapter';
import { targetElement } from '../hosts/dom';

/** Quiet time after the last keystroke before the draft is sent ahead for analysis. */
export const PREFETCH_DEBOUNCE_MS = 600;

export interface PrefetchDeps {
  adapter: HostAdapter;
  isListed(recipients: Recipients): boolean | null;
  /** Sends the draft to the background so its analysis is cached by send time (and the badge updated). */
  prefetch(draft: Draft, compose: Element): void;
  /** Nobody listed is on this compose (any more): its badge, if any, goes. */
  notListed?(compose: Element): void;
  /** Someone works in this compose (a keystroke, a focus): a cheap look, before the debounce. */
  onCompose?(compose: Element): void;
}

/**
 * While someone types to a listed therapist, sends the draft to the background now and then, so
 * the analysis (cached per paragraph there) is ready when they press Send. Mail to anyone else
 * is never read. Holds one timer and a weak reference: nothing per compose window.
 */
export function installDraftPrefetch(win: Window, deps: PrefetchDeps, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: WeakRef<Element> | null = null;

  const flush = () => {
    const compose = pending?.deref();
    pending = null;
    if (!compose?.isConnected) return;
    try {
      if (deps.isListed(deps.adapter.readRecipients(compose)) !== true) return deps.notListed?.(compose);
      deps.prefetch(deps.adapter.readDraft(compose), compose);
    } catch {
      // Prefetch is an optimisation: the check at send time reads the draft again.
    }
  };

  const lookAt = (el: Element | null) => {
    const compose = el && deps.adapter.composeOf(el);
    if (!compose) return;
    try {
      deps.onCompose?.(compose);
    } catch {
      // Only an optimisation.
    }
    pending = new WeakRef(compose);
    clearTimeout(timer);
    timer = setTimeout(flush, PREFETCH_DEBOUNCE_MS);
  };

  const onActivity = (event: Event) => lookAt(targetElement(event));

  for (const type of ['input', 'focusin'] as const)
    win.addEventListener(type, onActivity, { capture: true, passive: true, signal });
  // Started in a tab already open (Firefox runs an updated extension's scripts again there),
  // someone may be in the middle of a draft: it is looked at without waiting for a keystroke.
  const active = win.document.activeElement;
  if (active && active !== win.document.body) lookAt(active);
  signal.addEventListener('abort', () => clearTimeout(timer));
}
