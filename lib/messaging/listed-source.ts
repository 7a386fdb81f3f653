import { browser } from 'wxt/browser';
import type { ListedView } from '../policy/listed-view';
import type { ask as askBackground } from './client';

/** How long the page waits for the background to say who is listed (a cold worker wakes first). */
export const LISTED_VIEW_TIMEOUT_MS = 2000;

/**
 * Who is listed, as the mail page learns it: asked of the background, which reads and validates
 * the settings, and asked again whenever the settings (or what an organisation deployed) change.
 * The page reads no settings itself; it only hears that something changed.
 */
export function listedViewSource(ask: typeof askBackground) {
  const load = async (options: { managedWaitMs?: number } = {}): Promise<ListedView> => {
    const answer = await ask({ type: 'listed-view', ...options }, LISTED_VIEW_TIMEOUT_MS);
    if (!answer.ok) throw new Error(answer.error);
    return answer.view;
  };

  const watch = (onChange: (view: ListedView) => void, onError: () => void): (() => void) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'managed' && !('settings' in changes) && !('managedCache' in changes)) return;
      // One question for a burst of writes (an import writes several keys).
      clearTimeout(timer);
      timer = setTimeout(() => void load().then(onChange, onError), 50);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  };

  return { load, watch };
}
