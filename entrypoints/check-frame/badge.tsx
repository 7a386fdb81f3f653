import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { ComposeBadge } from '../../components/ComposeBadge';
import type { Finding } from '../../lib/checks/finding';
import { acceptFindings } from '../../lib/messaging/findings';
import { catalogueLanguage } from '../../lib/i18n/language';
import { badgeView, type BadgeView } from '../../lib/policy/badge-view';
import { counterparts } from '../../lib/policy/settings';
import { isBadgeCollapsed, setBadgeCollapsed } from '../../lib/storage/badge';
import { loadSettings } from '../../lib/storage/settings';
import type { FromFrame } from '../../lib/ui/frame-protocol';

/**
 * The compose badge in the extension frame (`#badge`): the content script names the person by id
 * and hands over the draft's `info` findings; the policy itself is read here, from extension
 * storage, so the mail page never sees it. Whether the user collapsed the badge is kept per
 * person in storage (lib/storage/badge.ts).
 */
export function createBadgeScreen(root: Root, rootElement: HTMLElement, say: (message: FromFrame) => void) {
  let seq = 0;
  let id: string | null = null;
  let view: BadgeView | null = null;
  let findings: Finding[] = [];
  let collapsed = false;
  // Days and times in the catalogue's language, so they agree with the words around them.
  const locale = catalogueLanguage().lang;
  const userTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  // The badge says its size again whenever it changes without a render of ours (the browser's
  // font size setting, a web font arriving): the page then sizes the frame to it.
  let lastSize = '';
  let observed: Element | null = null;
  const sizes = new ResizeObserver(() => report());
  const report = () => {
    const badge = rootElement.querySelector<HTMLElement>('[data-testid="compose-badge"]');
    if (!badge) return;
    if (badge !== observed) {
      sizes.disconnect();
      sizes.observe((observed = badge));
    }
    const box = badge.getBoundingClientRect();
    const size = `${box.width}x${box.height}`;
    if (size === lastSize) return;
    lastSize = size;
    say({ type: 'badge-size', seq, width: box.width, height: box.height });
  };

  const render = () => {
    flushSync(() =>
      root.render(
        <ComposeBadge
          view={view}
          findings={findings}
          collapsed={collapsed}
          locale={locale}
          onToggle={() => {
            collapsed = !collapsed;
            render();
            if (id) void setBadgeCollapsed(id, collapsed).catch(() => undefined);
          }}
        />,
      ),
    );
    lastSize = '';
    report();
  };

  return {
    async show(nextSeq: number, counterpartId: string, raw: unknown[]) {
      seq = nextSeq;
      const fresh = counterpartId !== id;
      findings = acceptFindings(raw).filter((f) => f.severity === 'info');
      // The policy is read again each time (a policy changed on the options page shows at the
      // next pause in typing); the collapsed state only for someone new.
      const [loaded, isCollapsed] = await Promise.all([
        loadSettings().catch(() => null),
        fresh ? isBadgeCollapsed(counterpartId).catch(() => false) : collapsed,
      ]);
      if (seq !== nextSeq) return; // a newer badge came in while storage answered
      const person = loaded ? counterparts(loaded.settings).find((p) => p.id === counterpartId) : undefined;
      id = counterpartId;
      // "Email read next" is counted from now: again at each pause in typing.
      view = person ? badgeView(person, { now: Date.now(), userTimeZone }) : null;
      if (fresh) collapsed = isCollapsed;
      render();
    },
  };
}
