import { checkFrame } from '../support/dialog-frame';
import { readStoredSettings, setSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { clientSettings, contactPolicy, therapistEntry } from '../support/settings-builder';
import { expect, test } from '../support/test';

/** What the guard does around the send itself: modality, recovery, several windows, acceptance. */
const THERAPIST = 'maya@calmpractice.example';
const STRANGER = 'sam.friend@example.org';
const MAYA = { name: 'Dr. Maya Lee', emails: [THERAPIST] };
const peoplekit = fixtureNamed('compose-peoplekit');

test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, [MAYA]);
});

test('an address typed but not yet confirmed as a chip is still checked', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', THERAPIST, false);
  await gmail.write(compose, { subject: 'Thursday', body: 'See you Thursday.' });
  await gmail.attemptSend(compose, 'ctrl-enter-body');
  // The typed address is read only at Send, so the frame may be made then: find it once loaded.
  await expect.poll(() => checkFrame(page) !== null).toBe(true);
  await expect(gmail.dialog()).toBeVisible();
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  expect((await gmail.sent())[0]!.to).toEqual([THERAPIST]);
});

test('a recipient server without TLS (red padlock) gets the stronger encryption warning', async ({ page, ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. K', emails: ['@oldmail.example'], encryption: 'not-required' }]);
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: ['dr.k@oldmail.example'], subject: 'Hello', body: 'Hello.' });
  await expect(compose.locator('span.bcV.Sz').first()).toBeVisible();
  await gmail.attemptSend(compose, 'click');
  // Even a therapist who does not require encryption gets the warning: the message may travel unprotected.
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toContainText('encrypted connections');
});

test('accepting plain email once is remembered with its date: the next message goes straight out', async ({
  page,
  ext,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  let compose = await gmail.open();
  await expect(page.locator(GM.compose)).toHaveCount(1);
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Thursday at 4 works.' });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await dialog.getByRole('checkbox').check();
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);

  await expect
    .poll(async () => ((await readStoredSettings(ext.worker)) as { acceptances?: Record<string, unknown> }).acceptances)
    .toHaveProperty('t1.acceptedAt', expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));

  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Friday', body: 'And Friday?' });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(2);
  await expect(gmail.dialog()).toHaveCount(0);
});

test('a busy background: after 2 s the dialog says the message was not checked, and it can still be sent', async ({
  page,
  ext,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Running late.' });
  // Keep the service worker's thread busy for 3.5 s: it cannot answer in time.
  const busy = ext.worker.evaluate(() => {
    const end = Date.now() + 3500;
    while (Date.now() < end) {
      // spin
    }
  });
  const started = Date.now();
  await gmail.attemptSend(compose, 'click');
  const finding = gmail.dialog().locator('[data-finding-id="unchecked"]');
  await expect(finding).toBeVisible({ timeout: 4000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  expect(await gmail.sent()).toHaveLength(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await busy;
});

test('while the dialog is open, Gmail shortcuts do not fire, focus stays in it, outside clicks do nothing', async ({
  page,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await page.evaluate(() => {
    const w = window as unknown as { __pageClicks: number };
    w.__pageClicks = 0;
    document.addEventListener('click', () => w.__pageClicks++);
  });
  const shortcuts = () => page.evaluate(() => (window as unknown as { __shortcuts: string[] }).__shortcuts.slice());

  // Control: the fake's "c" shortcut works when no dialog is open.
  await page.locator('body').click({ position: { x: 600, y: 200 } });
  await page.keyboard.press('c');
  expect(await shortcuts()).toEqual(['c']);
  const composes = await page.locator(GM.compose).count();

  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Hi.' });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-action="edit"]')).toBeFocused();

  await page.keyboard.press('c');
  await page.keyboard.press('Shift+Slash');
  expect(await shortcuts()).toEqual(['c']);
  expect(await page.locator(GM.compose).count()).toBe(composes);

  for (let i = 0; i < 5; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('between-sessions-layer');
  }

  const clicksBefore = await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);
  await page.mouse.click(5, 5);
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks)).toBe(clicksBefore);
  expect(await gmail.sent()).toHaveLength(0);
});

test('several compose windows, one opened after load: each is checked on its own', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  await gmail.open();
  const earlyId = await page.locator('input[name="composeid"]').first().inputValue();
  const early = page.locator(GM.compose).filter({ has: page.locator(`input[name="composeid"][value="${earlyId}"]`) });
  const late = await gmail.openNewCompose();
  const composes = page.locator(GM.compose);
  await expect(composes).toHaveCount(2);
  await gmail.write(early, { to: [STRANGER], subject: 'Lunch', body: 'Lunch on Sunday?' });
  await gmail.write(late, { to: [THERAPIST], subject: 'Thursday', body: 'Can we move Thursday?' });
  const lateId = await late.locator('input[name="composeid"]').inputValue();

  await gmail.attemptSend(late, 'click');
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  expect((await gmail.sent())[0]!.composeId).toBe(lateId);
  await expect(composes).toHaveCount(1);

  await gmail.attemptSend(early, 'ctrl-enter-body');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(2);
  expect((await gmail.sent())[1]!.to).toEqual([STRANGER]);
  await expect(gmail.dialog()).toHaveCount(0);
});

for (const path of ['click', 'schedule'] as const) {
  test(`${path}: a toolbar re-rendered while the dialog is open still sends exactly once`, async ({ page }) => {
    const gmail = new GmailPage(page, peoplekit);
    const compose = await gmail.open();
    await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Hello.' });
    const oldSend = await compose.locator(GM.send).elementHandle();
    await gmail.attemptSend(compose, path);
    await expect(gmail.dialog()).toBeVisible();

    await compose.evaluate((m9) => m9.dispatchEvent(new CustomEvent('fake-gmail:rerender')));
    expect(await oldSend!.evaluate((el) => el.isConnected)).toBe(false);

    await gmail.dialog().locator('[data-action="send-anyway"]').click();
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    expect((await gmail.sent())[0]!.action).toBe(path === 'click' ? 'send' : 'schedule');
    await page.waitForTimeout(150);
    expect(await gmail.sent()).toHaveLength(1);
  });
}

test('German UI: the guard does not depend on the language', async ({ page }) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-de'));
  const compose = await gmail.open('mac=1');
  await expect(compose.locator(GM.send)).toHaveText('Senden');
  await gmail.write(compose, { to: [THERAPIST], subject: 'Donnerstag', body: 'Hallo.' });
  await gmail.attemptSend(compose, 'meta-enter-body');
  await expect(gmail.dialog()).toBeVisible();
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
});

// The fixture's encryption marker is built from documentation only (see fake-gmail.js, `cse=1`).
// A marker nobody has verified must never switch a check off: with it set, the warning stays.
test('an encrypted draft (hypothetical marker) still gets the encryption warning, and Send anyway sends once', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ ...MAYA, encryption: 'required' }]);
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open('cse=1');
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Encrypted, as you asked.' });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toContainText(
    'asks for encrypted messages only',
  );
  expect(await gmail.sent()).toHaveLength(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);

  // Control: the same draft without the marker is stopped for encryption.
  const plain = await gmail.open();
  await gmail.write(plain, { to: [THERAPIST], subject: 'Thursday', body: 'Plain this time.' });
  await gmail.attemptSend(plain, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toContainText(
    'asks for encrypted messages only',
  );
});

test('therapist role: a reply to a listed client is checked against the therapist’s own policy', async ({
  page,
  ext,
}) => {
  await writeSettings(ext.worker, {
    role: 'therapist',
    therapists: [],
    acceptances: {},
    clients: [{ id: 'c1', name: 'Jordan Avery', emails: ['jordan@gmail.com'] }],
    ownPolicy: contactPolicy({ email: { purposes: ['scheduling'], encryption: 'required' } }),
  });
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: ['jordan@gmail.com'],
    cc: [STRANGER],
    subject: 'Thursday',
    body: 'See you Thursday.',
  });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toContainText(
    'Your policy asks for encrypted messages only',
  );
  await expect(gmail.dialog().locator('[data-finding-id="other-recipients"]')).toContainText('is your client');
  await page.keyboard.press('Escape');

  // In the therapist role, mail to the user's own therapist is not checked (nobody listed).
  const other = await gmail.openNewCompose();
  await gmail.write(other, { to: [THERAPIST], subject: 'Supervision', body: 'Notes attached.' });
  await gmail.attemptSend(other, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);
});

/** Settings with one therapist whose policy has the given email and availability parts. */
function withPolicy(email: Record<string, unknown>, availability?: Record<string, unknown>) {
  return clientSettings([therapistEntry('t1', contactPolicy({ email, availability }))]);
}

test('outside the therapist’s hours: an info finding that does not stop the send, shown when the dialog opens anyway', async ({
  page,
  ext,
}) => {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const otherDay = days[(new Date().getUTCDay() + 3) % 7]!; // open only on a day that is not today
  await writeSettings(
    ext.worker,
    withPolicy({}, { timezone: 'UTC', hours: { [otherDay]: ['09:00-10:00'] }, responseTime: 'within a week' }),
  );
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Could we move Thursday?' });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);

  // When a warning opens the dialog anyway, the hours are shown in it, with the reply time.
  await writeSettings(
    ext.worker,
    withPolicy(
      { maxWords: 3 },
      { timezone: 'UTC', hours: { [otherDay]: ['09:00-10:00'] }, responseTime: 'within a week' },
    ),
  );
  const next = await gmail.openNewCompose();
  await gmail.write(next, { to: [THERAPIST], subject: 'Friday', body: 'Could we also move Friday?' });
  await gmail.attemptSend(next, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="too-long"]')).toBeVisible();
  await expect(gmail.dialog().locator('[data-finding-id="outside-hours"]')).toContainText('within a week');
});

test('a draft longer than the policy allows gets too-long', async ({ page, ext }) => {
  await writeSettings(ext.worker, withPolicy({ maxWords: 20 }));
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  const body = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
  await gmail.write(compose, { to: [THERAPIST], subject: 'Long', body });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="too-long"]')).toContainText('30 words');
});

test('the send log counts checked sends: the second message in a week of a one-a-week policy gets too-frequent', async ({
  page,
  ext,
}) => {
  await ext.worker.evaluate(async () => chrome.storage.local.set({ sendLog: {} }));
  await writeSettings(ext.worker, withPolicy({ maxPerWeek: 1 }));
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'One', body: 'First this week.' });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);

  const second = await gmail.openNewCompose();
  await gmail.write(second, { to: [THERAPIST], subject: 'Two', body: 'Second this week.' });
  await gmail.attemptSend(second, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="too-frequent"]')).toContainText('one message');
  await expect
    .poll(
      async () =>
        (
          (await ext.worker.evaluate(async () => chrome.storage.local.get('sendLog'))) as {
            sendLog: Record<string, string[]>;
          }
        ).sendLog['t1'],
    )
    .toHaveLength(1);
});
