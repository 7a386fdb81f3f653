import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dialogLocator } from '../support/dialog-frame';
import { ROOT, setSettings } from '../support/extension';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { openPopupFor } from '../support/popup';
import { expect, test } from '../support/test';

/**
 * The README's pictures (issue 14, item 8), taken from the built extension each time the suite
 * runs, into docs/screenshots/ (the only copy: README.md and docs/store-listing.md link it).
 * A 1000x680 window keeps each PNG small. The demo (`npm run demo`) writes its own step
 * screenshots into demo-screenshots/, which is not committed.
 */
const OUT = path.join(ROOT, 'docs/screenshots');
const THERAPIST = 'maya@calmpractice.example';
const FRIEND = 'sam.friend@example.org';

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  // No caret blinking, no animation caught half way: the same picture every run.
  await page.screenshot({ path: path.join(OUT, name), animations: 'disabled', caret: 'hide', fullPage });
}

test.beforeEach(async ({ page, ext }) => {
  await page.setViewportSize({ width: 1000, height: 680 });
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  await ext.worker.evaluate(async () => chrome.storage.local.set({ notes: [] }));
});

test('gmail-dialog.png: the pre-send dialog in Gmail, not encrypted and a friend in Cc', async ({ page }) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [THERAPIST],
    cc: [FRIEND],
    subject: 'Thursday',
    body: 'Could we move Thursday to 4pm? Sam is copied, as we discussed.',
  });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await expect(dialog).toBeVisible();
  for (const id of ['encryption', 'other-recipients'])
    await expect(dialog.locator(`[data-finding-id="${id}"]`)).toBeVisible();
  await shoot(page, 'gmail-dialog.png');
  expect(await gmail.sent()).toHaveLength(0);
});

test('outlook-dialog.png: the dialog in Outlook on the web, the chip showing a name only', async ({ page }) => {
  const outlook = new OutlookPage(page, outlookFixtureNamed('name-only'));
  const compose = await outlook.open();
  await outlook.write(compose, { to: [THERAPIST], subject: 'Homework', body: 'I did the breathing exercise twice.' });
  await outlook.attemptSend(compose, 'click');
  const dialog = dialogLocator(page, GM.dialog);
  await expect(dialog).toBeVisible();
  await shoot(page, 'outlook-dialog.png');
  expect(await outlook.sent()).toHaveLength(0);
});

test('options.png: the options page with a therapist listed', async ({ page, ext }) => {
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.locator('[data-testid="therapist"]').filter({ hasText: THERAPIST })).toBeVisible();
  await shoot(page, 'options.png');
});

test('popup.png: the popup on a Gmail tab with a message to the therapist', async ({ page, ext }) => {
  await ext.worker.evaluate(async () =>
    chrome.storage.local.set({
      notes: [
        { id: 'n1', savedAt: '2026-11-30T10:00:00.000Z', therapist: 'Dr. Maya Lee', subject: 'Sleep', body: 'Kept.' },
      ],
    }),
  );
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  const popup = await openPopupFor(ext, page);
  await expect(popup.getByTestId('popup-notes')).toBeVisible();
  // The popup's own size: its content, at most 420 wide.
  await popup.setViewportSize({ width: 420, height: 200 });
  await shoot(popup, 'popup.png', true);
  await popup.close();
});
