import { storage } from 'wxt/utils/storage';

/**
 * Which people's compose badge the user collapsed to an icon: their counterpart ids, in
 * `local:` storage (read and written by the badge's extension frame only, never by the page).
 * Anything else found there reads as "nobody collapsed".
 */
const collapsedItem = storage.defineItem<unknown>('local:badgeCollapsed', { fallback: null });

/** At most this many ids are kept (the settings hold at most 500 therapists and 5000 clients). */
const MAX_IDS = 6000;

export function readCollapsed(raw: unknown): Set<string> {
  if (!Array.isArray(raw)) return new Set();
  return new Set(
    (raw as unknown[]).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100),
  );
}

export async function isBadgeCollapsed(counterpartId: string): Promise<boolean> {
  return readCollapsed(await collapsedItem.getValue()).has(counterpartId);
}

export async function setBadgeCollapsed(counterpartId: string, collapsed: boolean): Promise<void> {
  const ids = readCollapsed(await collapsedItem.getValue());
  if (collapsed) ids.add(counterpartId);
  else ids.delete(counterpartId);
  await collapsedItem.setValue([...ids].slice(-MAX_IDS));
}
