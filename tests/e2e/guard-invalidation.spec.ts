import { test, expect } from '@playwright/test';
import type { ExtensionSession } from '../support/extension';
import { ownSession } from '../support/session';
import { anyDialog } from '../support/dialog-frame';
import { fixtureNamed, GmailPage } from '../support/gmail-page';

/**
 * The extension is updated (here: reloaded) in the middle of a send: while the check runs, or
 * while the dialog is open. The user can still send, exactly once, and is told to reload the tab.
 * Each test has its own browser: Chromium does not bring back an extension loaded with
 * --load-extension after chrome.runtime.reload().
 */
const THERAPIST = 'maya@calmpractice.example';
let session: ExtensionSession;

test.beforeEach(async () => {
  session = await ownSession([{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
});
test.afterEach(async () => session.close());

const reloadNotice = (gmail: GmailPage) => gmail.page.locator('[data-testid="bs-reload-notice"] [role="status"]');

test('updated while the check runs: the dialog says unchecked, Send anyway sends once, and a reload is asked for', async () => {
  const page = await session.context.newPage();
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  // The background goes away the moment the check reaches it, before it can answer.
  await session.worker.evaluate(() => {
    const runtime = chrome.runtime as unknown as {
      onMessage: { addListener(f: (m: { type?: string }) => undefined): void };
      reload(): void;
    };
    runtime.onMessage.addListener((message) => {
      if (message?.type === 'evaluate-draft') runtime.reload();
      return undefined;
    });
  });
  await gmail.attemptSend(compose, 'click');
  // Whether the frame still draws the dialog or the in-page fallback does depends on how far the
  // reload got: either way it says unchecked and Send anyway sends once.
  const dialog = anyDialog(page);
  await expect.poll(() => dialog.findingIds(), { timeout: 8000 }).toContain('unchecked');
  expect(await gmail.sent()).toHaveLength(0);
  await dialog.click('send-anyway');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(reloadNotice(gmail)).toContainText('Reload the tab');
  await page.waitForTimeout(2500);
  expect(await gmail.sent()).toHaveLength(1);
});

test('updated while the dialog is open: Send anyway still sends once, and a reload is asked for', async () => {
  const page = await session.context.newPage();
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog()).toBeVisible();
  await session.worker
    .evaluate(() => chrome.runtime.reload())
    .catch(() => {
      // The worker goes away while answering; that is the point.
    });
  await page.waitForTimeout(500);
  await expect(gmail.dialog()).toBeVisible();
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(reloadNotice(gmail)).toContainText('Reload the tab');
  await page.waitForTimeout(2500);
  expect(await gmail.sent()).toHaveLength(1);
});
