import { setSettings } from './extension';
import { expect, test } from './test';
import { isFocused, type AnyUi, type Surface } from './ui';
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

/**
 * How the suite drives one webmail's fake, in any browser (ui.ts): the same definition runs in
 * the chromium and the firefox projects.
 */
export interface MailDriver<P extends string> {
  open(): Promise<AnyUi>;
  write(compose: AnyUi, draft: { to?: string[]; cc?: string[]; subject?: string; body: string }): Promise<void>;
  attemptSend(compose: AnyUi, path: P): Promise<void>;
  sent(): Promise<SentLike[]>;
  bodyText(compose: AnyUi): Promise<string>;
  /** The pre-send dialog, in the page or in an extension frame (ui.ts findDialog). */
  dialog(): AnyUi;
  body(compose: AnyUi): AnyUi;
  send(compose: AnyUi): AnyUi;
}

export interface SendSuite<P extends string> {
  /** Names the suite in reports ("gmail", "outlook.office.com"). */
  host: string;
  fixture: { name: string; subject: boolean; prefilledTo: string[] };
  paths: readonly P[];
  driver(page: Surface): MailDriver<P>;
  /** The action the fake records for a path. */
  actionOf(path: P): string;
  /** How a Cc'd stranger is named in the other-recipients finding (Outlook may show a name only). */
  strangerShownAs?: string;
  /** A path that sends from the keyboard while the body has focus. */
  keyboardPath: P;
  /**
   * What the firefox project runs of this fixture (tests tagged @firefox): 'all', or the paths
   * whose two send tests run (the Cc, Edit and repeat tests then stay Chromium's).
   */
  firefox: 'all' | readonly P[];
}

const shown = (ui: AnyUi) => expect.poll(() => ui.isVisible(), { message: 'shown' });
const count = (ui: AnyUi) => expect.poll(() => ui.count(), { message: 'count' });
const text = (ui: AnyUi) => expect.poll(() => ui.innerText(), { message: 'text' });
const focused = (ui: AnyUi) => expect.poll(() => isFocused(ui), { message: 'focused' });

export function defineSendSuite<P extends string>(suite: SendSuite<P>): void {
  const { fixture } = suite;
  const to = (who: string) => (fixture.prefilledTo.length ? [] : [who]);

  const onFirefox = (path?: P) =>
    suite.firefox === 'all' || (path !== undefined && suite.firefox.includes(path)) ? { tag: '@firefox' } : {};

  test.describe(`${suite.host} ${fixture.name}`, () => {
    for (const path of suite.paths) {
      test(
        `${path}: mail to someone not listed is sent once, with no dialog`,
        onFirefox(path),
        async ({ ui: page, session }) => {
          // The listed therapist is someone else, so a reply to Maya is "not listed" too.
          await setSettings(session.storage, [{ name: 'Dr. Ana Ruiz', emails: ['ana@otherpractice.example'] }]);
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
          expect(await mail.dialog().count()).toBe(0);
          expect(await mail.sent()).toHaveLength(1);
        },
      );

      test(
        `${path}: mail to the therapist opens the dialog; Send anyway sends once, unchanged`,
        onFirefox(path),
        async ({ ui: page, session }) => {
          await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
          const mail = suite.driver(page);
          const compose = await mail.open();
          await mail.write(compose, { to: to(THERAPIST), subject: 'Thursday', body: 'Could we move Thursday to 4pm?' });
          const body = await mail.bodyText(compose);

          await mail.attemptSend(compose, path);

          const dialog = mail.dialog();
          await shown(dialog).toBe(true);
          expect(await dialog.getAttribute('role')).toBe('alertdialog');
          await shown(dialog.locator('[data-finding-id="encryption"]')).toBe(true);
          expect(await mail.sent()).toHaveLength(0);

          await dialog.locator('[data-action="send-anyway"]').click();

          await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
          await count(mail.dialog()).toBe(0);
          const [sent] = await mail.sent();
          expect(sent!.action).toBe(suite.actionOf(path));
          expect(sent!.to).toEqual([THERAPIST]);
          expect(sent!.cc).toEqual([]);
          expect(sent!.body).toBe(body);
          if (fixture.subject) expect(sent!.subject).toBe('Thursday');
          await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
          expect(await mail.sent()).toHaveLength(1);
        },
      );
    }

    test('therapist plus a Cc: other-recipients names the Cc', onFirefox(), async ({ ui: page, session }) => {
      await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
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
      await shown(finding).toBe(true);
      await text(finding).toContain(suite.strangerShownAs ?? STRANGER);
      await mail.dialog().locator('[data-action="send-anyway"]').click();
      await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
      expect((await mail.sent())[0]!.cc).toEqual([STRANGER]);
      await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
      expect(await mail.sent()).toHaveLength(1);
    });

    test(
      'Edit: nothing is sent, the draft is unchanged and focus is back in the body',
      onFirefox(),
      async ({ ui: page, session }) => {
        await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
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

        await count(mail.dialog()).toBe(0);
        await focused(mail.body(compose)).toBe(true);
        expect(await mail.bodyText(compose)).toBe(body);
        // Typing goes on where it left off, and nothing was sent.
        await page.keyboard.type(' Done.');
        expect(await mail.bodyText(compose)).toContain('Done.');
        expect(await mail.sent()).toHaveLength(0);

        // Esc is Edit too, and the guard is armed again for the next attempt.
        await mail.attemptSend(compose, suite.keyboardPath);
        await shown(mail.dialog()).toBe(true);
        await page.keyboard.press('Escape');
        await count(mail.dialog()).toBe(0);
        await focused(mail.body(compose)).toBe(true);
        expect(await mail.sent()).toHaveLength(0);
      },
    );

    test(
      'repeats while checking or while the dialog is open are swallowed; then exactly one send',
      onFirefox(),
      async ({ ui: page, session }) => {
        // Firefox over BiDi: two chords sent back to back reached the page as one Control keydown
        // and nothing more (no Enter, no second chord, in a listener the guard never stops) in
        // most tests after a worker's first. The next test keeps the repeats while the dialog is open.
        test.fixme(session.engine === 'firefox', 'two back-to-back Ctrl+Enter chords are lost by the BiDi driver');
        await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
        const mail = suite.driver(page);
        const compose = await mail.open();
        await mail.write(compose, { to: to(THERAPIST), subject: 'Thursday', body: 'Running late.' });
        const sendBox = await mail.send(compose).boundingBox();

        // Two quick Ctrl+Enter presses: the second lands before the dialog appears.
        await mail.body(compose).click();
        await page.keyboard.press('Control+Enter');
        await page.keyboard.press('Control+Enter');
        await shown(mail.dialog()).toBe(true);
        // A click where Send is, while the dialog is open.
        await page.mouse.click(sendBox!.x + sendBox!.width / 2, sendBox!.y + sendBox!.height / 2);
        await page.keyboard.press('Control+Enter');
        await shown(mail.dialog()).toBe(true);
        expect(await mail.sent()).toHaveLength(0);

        await mail.dialog().locator('[data-action="send-anyway"]').click();
        await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
        await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
        expect(await mail.sent()).toHaveLength(1);
        expect(await mail.dialog().count()).toBe(0);
      },
    );

    if (suite.firefox === 'all') {
      test(
        'repeats while the dialog is open are swallowed; then exactly one send',
        onFirefox(),
        async ({ ui: page, session }) => {
          await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
          const mail = suite.driver(page);
          const compose = await mail.open();
          await mail.write(compose, { to: to(THERAPIST), subject: 'Thursday', body: 'Running late.' });
          const sendBox = await mail.send(compose).boundingBox();
          await mail.attemptSend(compose, suite.keyboardPath);
          await shown(mail.dialog()).toBe(true);

          // Send again while the dialog is open: a click where Send is, then the shortcut.
          await page.mouse.click(sendBox!.x + sendBox!.width / 2, sendBox!.y + sendBox!.height / 2);
          await page.keyboard.press('Control+Enter');
          await page.waitForTimeout(300);
          expect(await mail.dialog().count()).toBe(1);
          expect(await mail.sent()).toHaveLength(0);

          await mail.dialog().locator('[data-action="send-anyway"]').click();
          await expect.poll(() => mail.sent().then((s) => s.length)).toBe(1);
          await page.waitForTimeout(PAST_CHECK_TIMEOUT_MS);
          expect(await mail.sent()).toHaveLength(1);
          expect(await mail.dialog().count()).toBe(0);
        },
      );
    }
  });
}
