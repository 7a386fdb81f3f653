/**
 * The elements the content script adds to a mail page, each holding a closed shadow root: the
 * modal layer and the dialog's frame, the compose badge's frame, the in-page notices.
 */
export const HOST_TAGS = {
  layer: 'between-sessions-layer',
  badge: 'between-sessions-badge',
  notice: 'between-sessions-notice',
} as const;

/**
 * Removes what an earlier copy of this content script left on the page. Firefox runs an updated
 * or reloaded extension's content scripts again in the tabs already open (MDN, "content_scripts",
 * checked 2026-12-02) and drops the old script without letting it clean up: its badge would stay
 * over the compose with nothing behind it, beside the new script's own. At our start nothing of
 * ours can be on the page yet, so whatever carries our tags is left over.
 */
export function removeLeftoverHosts(doc: Document): number {
  const left = doc.querySelectorAll(Object.values(HOST_TAGS).join(','));
  for (const host of left) host.remove();
  return left.length;
}
