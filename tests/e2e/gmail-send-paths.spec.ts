import { setSettings } from '../support/extension';
import { expectedAction, GM, GMAIL_FIXTURES, GmailPage, pathsFor } from '../support/gmail-page';
import { expect, test } from '../support/test';

/**
 * Every send path on every Gmail fixture, with the built extension in real Chromium:
 * mail to someone not listed goes out once with no dialog; mail to the therapist stops at the
 * dialog and "Send anyway" sends it exactly once, unchanged.
 */
const THERAPIST = 'maya@calmpractice.example';
const STRANGER = 'sam.friend@example.org';

for (const fixture of GMAIL_FIXTURES) {
  test.describe(fixture.name, () => {
    for (const path of pathsFor(fixture)) {
      test(`${path}: mail to someone not listed is sent once, with no dialog`, async ({ page, ext }) => {
        // The listed therapist is someone else, so a reply to Maya is "not listed" too.
        await setSettings(ext.worker, [{ name: 'Dr. Ana Ruiz', emails: ['ana@otherpractice.example'] }]);
        const gmail = new GmailPage(page, fixture);
        const compose = await gmail.open();
        await gmail.write(compose, {
          to: fixture.prefilledTo.length ? [] : [STRANGER],
          subject: 'Saturday hike',
          body: 'Are we still on for Saturday?',
        });
        const body = await gmail.bodyText(compose);

        await gmail.attemptSend(compose, path);

        await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
        const [sent] = await gmail.sent();
        expect(sent!.action).toBe(expectedAction(path));
        expect(sent!.body).toBe(body);
        await page.waitForTimeout(150); // a late dialog or a second send would show up here
        await expect(gmail.dialog()).toHaveCount(0);
        expect(await gmail.sent()).toHaveLength(1);
      });

      test(`${path}: mail to the therapist opens the dialog; Send anyway sends once, unchanged`, async ({ page, ext }) => {
        await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
        const gmail = new GmailPage(page, fixture);
        const compose = await gmail.open();
        await gmail.write(compose, {
          to: fixture.prefilledTo.length ? [] : [THERAPIST],
          subject: 'Thursday',
          body: 'Could we move Thursday to 4pm?',
        });
        const body = await gmail.bodyText(compose);

        await gmail.attemptSend(compose, path);

        const dialog = gmail.dialog();
        await expect(dialog).toBeVisible();
        await expect(dialog).toHaveAttribute('role', 'alertdialog');
        await expect(dialog.locator('[data-finding-id="encryption"]')).toBeVisible();
        expect(await gmail.sent()).toHaveLength(0);

        await dialog.locator('[data-action="send-anyway"]').click();

        await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
        await expect(gmail.dialog()).toHaveCount(0);
        const [sent] = await gmail.sent();
        expect(sent!.action).toBe(expectedAction(path));
        expect(sent!.to).toEqual([THERAPIST]);
        expect(sent!.cc).toEqual([]);
        expect(sent!.body).toBe(body);
        if (fixture.subject) expect(sent!.subject).toBe('Thursday');
        await page.waitForTimeout(150);
        expect(await gmail.sent()).toHaveLength(1);
      });
    }

    test('therapist plus a Cc: other-recipients names the Cc', async ({ page, ext }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const gmail = new GmailPage(page, fixture);
      const compose = await gmail.open();
      await gmail.write(compose, {
        to: fixture.prefilledTo.length ? [] : [THERAPIST],
        cc: [STRANGER],
        subject: 'Thursday',
        body: 'Copying my partner as discussed.',
      });
      await gmail.attemptSend(compose, 'click');
      const finding = gmail.dialog().locator('[data-finding-id="other-recipients"]');
      await expect(finding).toBeVisible();
      await expect(finding).toContainText(STRANGER);
      await gmail.dialog().locator('[data-action="send-anyway"]').click();
      await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
      expect((await gmail.sent())[0]!.cc).toEqual([STRANGER]);
    });

    test('Edit: nothing is sent, the draft is unchanged and focus is back in the body', async ({ page, ext }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const gmail = new GmailPage(page, fixture);
      const compose = await gmail.open();
      await gmail.write(compose, {
        to: fixture.prefilledTo.length ? [] : [THERAPIST],
        subject: 'Homework',
        body: 'I did the breathing exercise twice.',
      });
      const body = await gmail.bodyText(compose);

      await gmail.attemptSend(compose, 'click');
      await gmail.dialog().locator('[data-action="edit"]').click();

      await expect(gmail.dialog()).toHaveCount(0);
      await expect(compose.locator(GM.body)).toBeFocused();
      expect(await gmail.bodyText(compose)).toBe(body);
      // Typing goes on where it left off, and nothing was sent.
      await page.keyboard.type(' Done.');
      expect(await gmail.bodyText(compose)).toContain('Done.');
      expect(await gmail.sent()).toHaveLength(0);

      // Esc is Edit too, and the guard is armed again for the next attempt.
      await gmail.attemptSend(compose, 'ctrl-enter-body');
      await expect(gmail.dialog()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(gmail.dialog()).toHaveCount(0);
      await expect(compose.locator(GM.body)).toBeFocused();
      expect(await gmail.sent()).toHaveLength(0);
    });

    test('repeats while checking or while the dialog is open are swallowed; then exactly one send', async ({ page, ext }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const gmail = new GmailPage(page, fixture);
      const compose = await gmail.open();
      await gmail.write(compose, {
        to: fixture.prefilledTo.length ? [] : [THERAPIST],
        subject: 'Thursday',
        body: 'Running late.',
      });
      const sendBox = await compose.locator(GM.send).boundingBox();

      // Two quick Ctrl+Enter presses: the second lands before the dialog appears.
      await compose.locator(GM.body).click();
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Control+Enter');
      await expect(gmail.dialog()).toBeVisible();
      // A click where Send is, while the dialog is open.
      await page.mouse.click(sendBox!.x + sendBox!.width / 2, sendBox!.y + sendBox!.height / 2);
      await page.keyboard.press('Control+Enter');
      await expect(gmail.dialog()).toBeVisible();
      expect(await gmail.sent()).toHaveLength(0);

      await gmail.dialog().locator('[data-action="send-anyway"]').click();
      await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
      await page.waitForTimeout(200);
      expect(await gmail.sent()).toHaveLength(1);
      await expect(gmail.dialog()).toHaveCount(0);
    });
  });
}
