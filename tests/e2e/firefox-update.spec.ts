import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { setSettings } from '../support/extension';
import {
  FIREFOX_EXTENSION_ORIGIN,
  launchFirefoxWithExtension,
  type FirefoxSession,
  type FirefoxSurface,
} from '../support/firefox';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { SELF_CHECK_REQUEST } from '../../lib/selfcheck/report';
import { findDialog } from '../support/ui';
import { visibleBadges } from '../support/badge';

/**
 * The extension is updated (here: reloaded) under an open Gmail tab, in Firefox. Unlike Chromium
 * (extension-update.spec.ts), Firefox brings a temporary add-on back after `runtime.reload()` and
 * runs its declared content scripts in the tabs already open (MDN, "content_scripts": scripts are
 * injected into pages already loaded when the extension is installed or enabled, checked
 * 2026-12-02). So the old script is gone and a new one finds the compose that was already being
 * written: the same draft must be checked once (one dialog, no second guard left over from the
 * old script), Send anyway must send it exactly once, the compose keeps one badge (the new
 * script's, not a dead one left by the old), and the popup must report the tab as checked
 * without a reload.
 */
const THERAPIST = 'maya@calmpractice.example';
let session: FirefoxSession;

test.beforeAll(async () => {
  session = await launchFirefoxWithExtension();
  console.log(`e2e browser: ${session.version}`);
});
test.afterAll(async () => session?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An extension page of the add-on as it is now, where `chrome` is `browser`. */
async function extensionTab(): Promise<Page> {
  const tab = await session.browser.newPage();
  const context = (
    tab.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<unknown> } }
  ).browsingContext;
  await context.navigate(`${FIREFOX_EXTENSION_ORIGIN}/options.html`, 'none');
  await expect
    .poll(() => tab.evaluate(() => document.readyState).catch(() => ''), { timeout: 10_000 })
    .toBe('complete');
  return tab;
}

/** What the badge frames of the add-on as it is now say (frames of the old one cannot answer). */
async function badgeText(tab: FirefoxSurface): Promise<string> {
  const texts: string[] = [];
  for (const frame of tab.tab.frames().slice(1)) {
    const text = await frame
      .evaluate(() => (location.hash === '#badge' ? document.body.innerText : ''))
      .catch(() => '');
    texts.push(text);
  }
  return texts.join('\n');
}

/** Ids of the tabs whose content script answers the self-check with this host. */
function answeringTabs(tab: Page, host: string): Promise<number[]> {
  return tab
    .evaluate(
      async (want, type) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const ids: number[] = [];
        for (const t of await api.tabs.query({})) {
          const answer = await api.tabs.sendMessage(t.id!, { type }).catch(() => null);
          if ((answer as { hostname?: string } | null)?.hostname === want) ids.push(t.id!);
        }
        return ids;
      },
      host,
      SELF_CHECK_REQUEST,
    )
    .catch(() => []);
}

test('after an update the open draft is checked once by the new script, sent once, and the popup says so @firefox', async () => {
  test.setTimeout(60_000);
  await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const tab: FirefoxSurface = await session.newSurface();
  const gmail = new GmailPage(tab, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Can we move to 5pm?' });

  await expect.poll(() => visibleBadges(tab), { timeout: 10_000 }).toBe(1);
  const before = await extensionTab();
  const [mailTab] = await answeringTabs(before, 'mail.google.com');
  expect(mailTab).toBeDefined();
  // The reload closes every page of the add-on, this one included: answer first, reload after.
  await before.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.reload(), 50);
  });
  await sleep(1500);

  // The add-on is back, and its new content script answers in the tab that was already open.
  const after = await extensionTab();
  await expect.poll(() => answeringTabs(after, 'mail.google.com'), { timeout: 15_000 }).toEqual([mailTab]);

  // One badge, the new script's, showing the therapist's policy: the old one went with its script.
  await expect.poll(() => badgeText(tab), { timeout: 10_000 }).toContain('Dr. Maya Lee');
  expect(await visibleBadges(tab)).toBe(1);
  expect(await tab.tab.evaluate(() => document.querySelectorAll('between-sessions-badge').length)).toBe(1);

  await tab.tab.bringToFront();
  await gmail.attemptSend(compose, 'click');
  const dialog = findDialog(tab);
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
  expect(await gmail.sent()).toEqual([]);
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await sleep(1000);
  const sent = await gmail.sent();
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toContain('Can we move to 5pm?');
  expect(await dialog.count()).toBe(0);

  // The popup, opened for that tab, reads it as a checked Gmail tab (no reload hint).
  const popup = await session.newSurface();
  await popup.goto(`${FIREFOX_EXTENSION_ORIGIN}/popup.html?tab=${mailTab}`);
  await expect.poll(() => popup.locator('[data-testid="self-check"]').getAttribute('data-host')).toBe('gmail');
  expect(await popup.locator('[data-testid="popup-reload"]').count()).toBe(0);
  expect(await popup.locator('[data-testid="popup-checks"]').innerText()).toBe(
    'Checks are on: mail to someone you listed is checked when you press Send.',
  );
  await popup.close();
  await tab.close();
});
