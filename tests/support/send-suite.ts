import type { Locator, Page } from '@playwright/test';
import { setSettings } from './extension';
import { expect, test } from './test';
import { CHECK_TIMEOUT_MS } from '../../lib/guard/send-guard';

/**
 * How long to watch for a second send before concluding "exactly one": past the guard's check
 * timeout, so a late unchecked path or a duplicate re-send after a timed-out check shows up.
 */
const PAST_CHECK_TIMEOUT_MS = CHECK_TIMEOUT_MS + 500;

/**
 * The send-path assertions every webmail must pass, written once: mail to someone not listed goes
 * out once with no dialog; mail to the therapist stops at the dialog and "Send anyway" sends it
 * exactly once, unchanged; Edit loses nothing; repeats while the check runs are swallowed.
 */
export const THERAPIST = 'maya@calmpractice.example';
export const STRANGER = 'sam.friend@example.org';

export interface SentLike {
  action: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

/** How the suite drives one webmail's fake. */
export interface MailDriver<P extends string> {
  open(): Promise<Locator>;
  write(compose: Locator, draft: { to?: string[]; cc?: string[]; subject?: string; body: string }): Promise<void>;
  attemptSend(compose: Locator, path: P): Promise<void>;
  sent(): Promise<SentLike[]>;
  bodyText(compose: Locator): Promise<string>;
  dialog(): Locator;
  body(compose: Locator): Locator;
  send(compose: Locator): Locator;
}

export interface SendSuite<P extends string> {
  /** Names the suite in reports ("gmail", "outlook.office.com"). */
  host: string;
  fixture: { name: string; subject: boolean; prefilledTo: string[] };
  paths: readonly P[];
  driver(page: Page): MailDriver<P>;
  /** The action the fake records for a path. */
  actionOf(path: P): string;
  /** How a Cc'd stranger is named in the other-recipients finding (Outlook may show a name only). */
  strangerShownAs?: string;
  /** A path that sends from the keyboard while the body has focus. */
  keyboardPath: P;
}

export function defineSendSuite<P extends string>(suite: SendSuite<P>): void {
  const { fixture } = suite;
  const to = (who: string) => (fixture.prefilledTo.length ? [] : [who]);

  test.describe(`${suite.host} ${fixture.name}`, () => {
    for (const path of suite.paths) {
      test(`${path}: mail to someone not listed is sent once, with no dialog`, async ({ page, ext }) => {
        // The listed therapist is someone else, so a reply to Maya is "not listed" too.
        await setSettings(ext.worker, [{ name: 'Dr. Ana Ruiz', emails: ['ana@otherpractice.example'] }]);
        const mail = suite.driver(page);
        const compose = await mail.open();
        await mail.write(compose, {
          to: to(STRANGER),
          subject: 'Saturday hike',
          body: 'Are we still on for Saturday?',
        });
        const body = await mail.bodyText(compose);

        await mail.attemptSend(compose, path);

        await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
        const [sent] = await mail.sent();
        expect(sent!.action).toBe(suite.actionOf(path));
        expect(sent!.body).toBe(body);
        await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS); // a late dialog or a second send would show up here
        await expect(mail.dialog()).toHaveCount(0);
        expect(await mail.sent()).toHaveLength(1);
      });

      test(`${path}: mail to the therapist opens the dialog; Send anyway sends once, unchanged`, async ({
        page,
        ext,
      }) => {
        await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
        const mail = suite.driver(page);
        const compose = await mail.open();
        await mail.write(compose, { to: to(THERAPIST), subject: 'Thursday', body: 'Could we move Thursday to 4pm?' });
        const body = await mail.bodyText(compose);

        await mail.attemptSend(compose, path);

        const dialog = mail.dialog();
        await expect(dialog).toBeVisible();
        await expect(dialog).toHaveAttribute('role', 'alertdialog');
        await expect(dialog.locator('[data-finding-id="encryption"]')).toBeVisible();
        expect(await mail.sent()).toHaveLength(0);

        await dialog.locator('[data-action="send-anyway"]').click();

        await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
        await expect(mail.dialog()).toHaveCount(0);
        const [sent] = await mail.sent();
        expect(sent!.action).toBe(suite.actionOf(path));
        expect(sent!.to).toEqual([THERAPIST]);
        expect(sent!.cc).toEqual([]);
        expect(sent!.body).toBe(body);
        if (fixture.subject) expect(sent!.subject).toBe('Thursday');
        await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
        expect(await mail.sent()).toHaveLength(1);
      });
    }

    test('therapist plus a Cc: other-recipients names the Cc', async ({ page, ext }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const mail = suite.driver(page);
      const compose = await mail.open();
      await mail.write(compose, {
        to: to(THERAPIST),
        cc: [STRANGER],
        subject: 'Thursday',
        body: 'Copying my partner as discussed.',
      });
      await mail.attemptSend(compose, suite.paths[0]!);
      const finding = mail.dialog().locator('[data-finding-id="other-recipients"]');
      await expect(finding).toBeVisible();
      await expect(finding).toContainText(suite.strangerShownAs ?? STRANGER);
      await mail.dialog().locator('[data-action="send-anyway"]').click();
      await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
      expect((await mail.sent())[0]!.cc).toEqual([STRANGER]);
      await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
      expect(await mail.sent()).toHaveLength(1);
    });

    test('Edit: nothing is sent, the draft is unchanged and focus is back in the body', async ({ page, ext }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const mail = suite.driver(page);
      const compose = await mail.open();
      await mail.write(compose, {
        to: to(THERAPIST),
        subject: 'Homework',
        body: 'I did the breathing exercise twice.',
      });
      const body = await mail.bodyText(compose);

      await mail.attemptSend(compose, suite.paths[0]!);
      await mail.dialog().locator('[data-action="edit"]').click();

      await expect(mail.dialog()).toHaveCount(0);
      await expect(mail.body(compose)).toBeFocused();
      expect(await mail.bodyText(compose)).toBe(body);
      // Typing goes on where it left off, and nothing was sent.
      await page.keyboard.type(' Done.');
      expect(await mail.bodyText(compose)).toContain('Done.');
      expect(await mail.sent()).toHaveLength(0);

      // Esc is Edit too, and the guard is armed again for the next attempt.
      await mail.attemptSend(compose, suite.keyboardPath);
      await expect(mail.dialog()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(mail.dialog()).toHaveCount(0);
      await expect(mail.body(compose)).toBeFocused();
      expect(await mail.sent()).toHaveLength(0);
    });

    test('repeats while checking or while the dialog is open are swallowed; then exactly one send', async ({
      page,
      ext,
    }) => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
      const mail = suite.driver(page);
      const compose = await mail.open();
      await mail.write(compose, { to: to(THERAPIST), subject: 'Thursday', body: 'Running late.' });
      const sendBox = await mail.send(compose).boundingBox();

      // Two quick Ctrl+Enter presses: the second lands before the dialog appears.
      await mail.body(compose).click();
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Control+Enter');
      await expect(mail.dialog()).toBeVisible();
      // A click where Send is, while the dialog is open.
      await page.mouse.click(sendBox!.x + sendBox!.width / 2, sendBox!.y + sendBox!.height / 2);
      await page.keyboard.press('Control+Enter');
      await expect(mail.dialog()).toBeVisible();
      expect(await mail.sent()).toHaveLength(0);

      await mail.dialog().locator('[data-action="send-anyway"]').click();
      await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
      await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
      expect(await mail.sent()).toHaveLength(1);
      await expect(mail.dialog()).toHaveCount(0);
    });
  });
}
