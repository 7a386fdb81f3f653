import { test, expect } from '@playwright/test';
import type { ExtensionSession } from '../support/extension';
import { ownSession } from '../support/session';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { visibleBadges } from '../support/badge';

/**
 * The extension is updated (or reloaded) under an open Gmail tab: the old content script has lost
 * its extension. It must stop intercepting (never trap a send), take its badge away (it would
 * promise checks that no longer run) and ask for a tab reload.
 * Its own browser: Chromium does not bring back an extension loaded with --load-extension after
 * chrome.runtime.reload(), so this browser has no extension left afterwards (a removal looks the
 * same to the orphaned script).
 */
const THERAPIST = 'maya@calmpractice.example';
let session: ExtensionSession;

test.beforeAll(async () => {
  session = await ownSession([{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
});
test.afterAll(async () => session.close());

test('after an update the old script lets a send through and asks for a tab reload', async () => {
  const page = await session.context.newPage();
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });

  // The badge is up beside the draft (the policy of the therapist it is to).
  await expect.poll(() => visibleBadges(page)).toBe(1);
  await session.worker
    .evaluate(() => chrome.runtime.reload())
    .catch(() => {
      // The worker goes away while answering; that is the point.
    });
  // The reloaded extension starts its new worker lazily; the old content script is orphaned now.
  await page.waitForTimeout(500);

  // Typing on: the keystrokes arrive, the badge goes (nothing behind it checks any more) and the
  // reload notice says why, before the send.
  await page.keyboard.type(' Thanks.');
  await expect(compose.locator(GM.body)).toContainText('See you Thursday. Thanks.');
  await expect.poll(() => visibleBadges(page)).toBe(0);
  const notice = page.locator('[data-testid="bs-reload-notice"] [role="status"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Reload the tab');

  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Reload the tab');

  await page.close();
});
