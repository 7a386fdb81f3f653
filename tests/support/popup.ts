import { expect, type Page } from '@playwright/test';
import type { ExtensionSession } from './extension';
import { SELF_CHECK_REQUEST } from '../../lib/selfcheck/report';

/**
 * The tab id of a mail page, found by asking each tab's content script which host it is on: tab
 * URLs are hidden from an extension without host permissions (it has none). An extension page's
 * own id comes from the page.
 */
export async function tabIdOf(ext: ExtensionSession, mail: Page): Promise<number> {
  const hostname = new URL(mail.url()).hostname;
  const tabId = mail.url().startsWith('chrome-extension://')
    ? await mail.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null)
    : await ext.worker.evaluate(
        async ({ host, type }) => {
          for (const tab of await chrome.tabs.query({})) {
            if (tab.id === undefined) continue;
            const answer = await chrome.tabs.sendMessage(tab.id, { type }).catch(() => null);
            if ((answer as { hostname?: string } | null)?.hostname === host) return tab.id;
          }
          return null;
        },
        { host: hostname, type: SELF_CHECK_REQUEST },
      );
  expect(tabId).not.toBeNull();
  return tabId!;
}

/**
 * The popup, opened for a tab as the toolbar button opens it (the `tab` query names the tab, since
 * the popup page itself is the active tab here), in a window the size of a popup.
 */
export async function openPopupForTab(ext: ExtensionSession, tabId: number, extensionId = ext.extensionId) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('self-check')).toBeVisible();
  return popup;
}

export async function openPopupFor(ext: ExtensionSession, mail: Page): Promise<Page> {
  return openPopupForTab(ext, await tabIdOf(ext, mail));
}
