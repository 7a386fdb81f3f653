import type { Worker } from '@playwright/test';
import { checkFrame, noticeLocator, settleFrames } from '../support/dialog-frame';
import { setSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { clientSettings, contactPolicy, therapistEntry } from '../support/settings-builder';
import { expect, test } from '../support/test';

/**
 * The guard under faults, in the built extension: whatever breaks, a send is never trapped and
 * never goes out unchecked in silence. Every send the fake records counts: exactly one.
 */
const THERAPIST = 'maya@calmpractice.example';
const MAYA = { name: 'Dr. Maya Lee', emails: [THERAPIST] };
const peoplekit = fixtureNamed('compose-peoplekit');

test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, [MAYA]);
});

/** Makes the background answer one request type itself, before its own listener can. */
async function answerInBackground(worker: Worker, type: string, answer: unknown): Promise<void> {
  await worker.evaluate(
    ({ type, answer }) => {
      const g = globalThis as unknown as {
        __testAnswer?: (m: { type?: string }, s: unknown, respond: (a: unknown) => void) => boolean | undefined;
      };
      const runtime = (
        chrome as unknown as {
          runtime: { onMessage: { addListener(f: unknown): void; removeListener(f: unknown): void } };
        }
      ).runtime;
      if (g.__testAnswer) runtime.onMessage.removeListener(g.__testAnswer);
      g.__testAnswer = (message, _sender, respond) => {
        if (message?.type !== type) return undefined;
        respond(answer);
        return true;
      };
      runtime.onMessage.addListener(g.__testAnswer);
    },
    { type, answer },
  );
}

async function stopAnswering(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __testAnswer?: unknown };
    const runtime = (chrome as unknown as { runtime: { onMessage: { removeListener(f: unknown): void } } }).runtime;
    if (g.__testAnswer) runtime.onMessage.removeListener(g.__testAnswer);
    delete g.__testAnswer;
  });
}

test('the dialog overlay removed by the page: keys work again, and Send is checked again, then sends once', async ({
  page,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog()).toBeVisible();

  // The host re-renders its body (or another extension cleans up): our overlay is gone.
  await page.evaluate(() => document.querySelector('between-sessions-layer')?.remove());
  // The extension frame goes with it.
  await expect.poll(() => checkFrame(page)).toBeNull();
  await expect(gmail.dialog()).toHaveCount(0);
  // Keys reach the page again: the fake's "c" shortcut works.
  await page.locator('body').click({ position: { x: 600, y: 200 } });
  await page.keyboard.press('c');
  expect(await page.evaluate(() => (window as unknown as { __shortcuts: string[] }).__shortcuts)).toContain('c');

  await gmail.attemptSend(compose, 'click');
  // A new frame is made: the dialog is looked for in it once it exists.
  await expect.poll(() => checkFrame(page) !== null).toBe(true);
  await expect(gmail.dialog()).toBeVisible();
  expect(await gmail.sent()).toHaveLength(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await page.waitForTimeout(2500); // past the check timeout: still exactly one
  expect(await gmail.sent()).toHaveLength(1);
});

test('a background that answers {ok:false}: the dialog says unchecked, and Send anyway sends once', async ({
  page,
  ext,
}) => {
  await answerInBackground(ext.worker, 'evaluate-draft', { ok: false, error: 'storage failed' });
  try {
    const gmail = new GmailPage(page, peoplekit);
    const compose = await gmail.open();
    await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
    await gmail.attemptSend(compose, 'click');
    await expect(gmail.dialog().locator('[data-finding-id="unchecked"]')).toBeVisible();
    expect(await gmail.sent()).toHaveLength(0);
    await gmail.dialog().locator('[data-action="send-anyway"]').click();
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  } finally {
    await stopAnswering(ext.worker);
  }
});

test('a refused "don\'t warn me again" ({ok:false}) is said on the page, and the mail still goes once', async ({
  page,
  ext,
}) => {
  await answerInBackground(ext.worker, 'accept-plain-email', { ok: false, error: 'unknown therapist or client' });
  try {
    const gmail = new GmailPage(page, peoplekit);
    const compose = await gmail.open();
    await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
    await gmail.attemptSend(compose, 'click');
    await gmail.dialog().getByRole('checkbox').check();
    await gmail.dialog().locator('[data-action="send-anyway"]').click();
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    await expect(page.locator('[data-testid="bs-notice"] [role="status"]')).toContainText('could not be saved');
  } finally {
    await stopAnswering(ext.worker);
  }
});

test('a check that throws in the background: its own "unchecked" note, and the other findings still shown', async ({
  page,
  ext,
}) => {
  const policy = contactPolicy({
    email: { purposes: ['scheduling'], encryption: 'preferred' },
    availability: { timezone: 'Pacific/Chatham', hours: { mon: ['09:00-17:00'] } },
  });
  await writeSettings(ext.worker, clientSettings([therapistEntry('t1', policy, 'edited')]));
  // The hours check reads the therapist's wall clock through Intl in that zone: make only that fail.
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { __realParts?: Intl.DateTimeFormat['formatToParts'] };
    const proto = Intl.DateTimeFormat.prototype;
    g.__realParts ??= proto.formatToParts;
    const real = g.__realParts;
    proto.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
      if (this.resolvedOptions().timeZone === 'Pacific/Chatham') throw new RangeError('time zone data missing');
      return real.call(this, date);
    };
  });
  try {
    const gmail = new GmailPage(page, peoplekit);
    const compose = await gmail.open();
    await gmail.write(compose, {
      to: [THERAPIST],
      cc: ['sam.friend@example.org'],
      subject: 'Thursday',
      body: 'See you Thursday.',
    });
    await gmail.attemptSend(compose, 'click');
    const dialog = gmail.dialog();
    await expect(dialog.locator('[data-finding-id="unchecked"]')).toBeVisible();
    await expect(dialog.locator('[data-finding-id="other-recipients"]')).toBeVisible();
    await dialog.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  } finally {
    await ext.worker.evaluate(() => {
      const g = globalThis as unknown as { __realParts?: Intl.DateTimeFormat['formatToParts'] };
      if (g.__realParts) Intl.DateTimeFormat.prototype.formatToParts = g.__realParts;
    });
  }
});

test('a lowered crisis finding: no dialog, the message goes once, and the crisis lines show after sending', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ ...MAYA, encryption: 'not-required' }]);
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [THERAPIST],
    subject: 'Thursday',
    body: "Could we move Thursday to 4pm? I would never hurt myself, don't worry.",
  });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);
  // In the extension's corner frame: the page cannot read it.
  await expect.poll(() => checkFrame(page, 'notice') !== null).toBe(true);
  const notice = noticeLocator(page, '[data-testid="bs-crisis-notice"]');
  await expect(notice.locator('[role="status"]')).toContainText('Your message was sent');
  await expect(notice.locator('a[href="tel:988"]').first()).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('988');
});

test('a page posting the "newer script started" signal does not switch the guard off', async ({ page, ext }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  // What WXT's content-script context listens for, forged by the page itself.
  await page.evaluate((id) => {
    const type = `${id}:mail:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'mail', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'mail', messageId: 'forged' }, '*');
  }, ext.extensionId);
  await page.waitForTimeout(200);
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  await gmail.attemptSend(compose, 'click');
  // A new frame is made: the dialog is looked for in it once it exists.
  await expect.poll(() => checkFrame(page) !== null).toBe(true);
  await expect(gmail.dialog()).toBeVisible();
  expect(await gmail.sent()).toHaveLength(0);
  await expect(page.locator('[data-testid="bs-reload-notice"]')).toHaveCount(0);
});

test('a held Ctrl+Enter (key auto-repeat) is one attempt: it never presses a dialog button nor sends twice', async ({
  page,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  await compose.locator(GM.body).click();
  await page.keyboard.down('Control');
  await page.keyboard.down('Enter');
  await settleFrames(page);
  await expect(gmail.dialog()).toBeVisible();
  await expect(gmail.dialog().locator('[data-action="edit"]')).toBeFocused();
  // The key is still held: the browser repeats its keydown (Playwright sets repeat: true).
  for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  await page.keyboard.up('Control');
  await expect(gmail.dialog()).toBeVisible();
  expect(await gmail.sent()).toHaveLength(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await page.waitForTimeout(2500);
  expect(await gmail.sent()).toHaveLength(1);
});

test('stored settings that cannot be read: a send is stopped as unchecked, pointing to the options page, and can still go once', async ({
  page,
  ext,
}) => {
  await writeSettings(ext.worker, { role: 'nobody', therapists: 'not a list' });
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: ['sam.friend@example.org'], subject: 'Hi', body: 'Hello.' });
  await gmail.attemptSend(compose, 'click');
  const finding = gmail.dialog().locator('[data-finding-id="unchecked"]');
  await expect(finding).toContainText('options page');
  expect(await gmail.sent()).toHaveLength(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
});
