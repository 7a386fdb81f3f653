import type { AnyUi, Surface } from './ui';

/** The badge in either browser: the frame that says it is `#badge` (asked in the frame itself). */
export async function badgeIn(surface: Surface, waitMs = 5000): Promise<AnyUi | null> {
  const deadline = Date.now() + waitMs;
  do {
    for (const frame of surface.frames().slice(1)) {
      const isBadge = await frame.evaluate(() => location.hash === '#badge').catch(() => false);
      if (isBadge) {
        const badge = frame.locator('[data-testid="compose-badge"]');
        if ((await badge.count()) > 0) return badge;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return null;
}

/** How many badge hosts the page shows (it sees the host, not what is inside), in either browser. */
export function visibleBadges(page: { evaluate<R>(fn: () => R): Promise<R> }): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('between-sessions-badge')].filter(
        (h) => (h as HTMLElement).style.visibility === 'visible' && h.getBoundingClientRect().width > 0,
      ).length,
  );
}
