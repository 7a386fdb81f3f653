import { setSettings } from '../support/extension';
import { OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { expect, test } from '../support/test';

/**
 * A re-send that dispatched events but did not send (here Alt+S where the user's Outlook has no
 * such shortcut) is not a send: the user is told, nothing is logged, and their next Send goes.
 */
const THERAPIST = 'maya@calmpractice.example';

test('Alt+S that Outlook does not act on: "not sent" is said, nothing is logged, and the next Send sends once', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  await ext.worker.evaluate(async () => chrome.storage.local.set({ sendLog: {} }));
  const outlook = new OutlookPage(page, outlookFixtureNamed('name-only'));
  const compose = await outlook.open(); // no ?altS=1: Alt+S is no shortcut here
  await outlook.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Running late.' });
  await outlook.attemptSend(compose, 'alt-s');
  await outlook.dialog().locator('[data-action="send-anyway"]').click();

  const notice = page.locator('[data-testid="bs-notice"] [role="status"]');
  await expect(notice).toContainText('it was not sent', { timeout: 6000 });
  expect(await outlook.sent()).toHaveLength(0);
  const log = async () =>
    (
      (await ext.worker.evaluate(async () => chrome.storage.local.get('sendLog'))) as {
        sendLog?: Record<string, string[]>;
      }
    ).sendLog ?? {};
  expect(await log()).toEqual({});
  expect(await outlook.bodyText(compose)).toBe('Running late.');

  // The message was checked already: the next Send goes straight to Outlook, once.
  await outlook.attemptSend(compose, 'click');
  await expect.poll(() => outlook.sent().then((s) => s.length)).toBe(1);
  await expect(outlook.dialog()).toHaveCount(0);
  await page.waitForTimeout(2500);
  expect(await outlook.sent()).toHaveLength(1);
});
