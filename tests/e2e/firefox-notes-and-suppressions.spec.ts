import { test, expect } from '@playwright/test';
import { readStoredSettings, writeSettings } from '../support/extension';
import { launchFirefoxWithExtension, type FirefoxSession, type FirefoxSurface } from '../support/firefox';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { clientSettings, contactPolicy, MAYA, therapistEntry } from '../support/settings-builder';
import { findDialog } from '../support/ui';

/**
 * "Save for next session" and "not again for this one" in Firefox (issue 14, "Tests": both
 * browsers), driven with real clicks and keys in Debian's Firefox ESR: a note is kept and nothing
 * is sent; a check silenced for 7 days stays quiet for that therapist only. The options page's
 * lists of both are covered in Chromium (notes-and-suppressions.spec.ts).
 */
const ANA = 'ana@otherpractice.example';
const STRANGER = 'sam.friend@example.org';
const LONG = 'Could we move our Thursday appointment to Friday afternoon instead, if that works for you?';
let session: FirefoxSession;
let tab: FirefoxSurface;

test.beforeAll(async () => {
  session = await launchFirefoxWithExtension();
  console.log(`e2e browser: ${session.version}`);
});
test.afterAll(async () => session?.close());

test.beforeEach(async () => {
  await writeSettings(
    session.storage,
    clientSettings([
      therapistEntry('t-maya', contactPolicy({ email: { maxWords: 5 } })),
      therapistEntry('t-ana', contactPolicy({ name: 'Dr. Ana Ruiz', emails: [ANA], email: { maxWords: 5 } })),
    ]),
  );
  await session.storage.evaluate(async () => {
    await chrome.storage.local.set({ sendLog: {}, notes: [] });
  }, 0);
  tab = await session.newSurface();
});
test.afterEach(async () => tab?.close());

const storedNotes = () =>
  session.storage.evaluate(
    async () => ((await chrome.storage.local.get('notes'))['notes'] ?? []) as Record<string, unknown>[],
    0,
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('Save for next session keeps the note, sends nothing and leaves the draft @firefox', async () => {
  const gmail = new GmailPage(tab, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], cc: [STRANGER], subject: 'For our session', body: LONG });
  await gmail.attemptSend(compose, 'click');
  const dialog = findDialog(tab);
  await expect.poll(() => dialog.count()).toBe(1);
  await dialog.locator('[data-action="save-note"]').click();
  await expect.poll(() => dialog.count()).toBe(0);
  // The notice that says where the note is is put on the page. (Its words and box sit in a shadow
  // root the content script made, which Firefox keeps from the page's own scripts, so the test
  // cannot read them here; Chromium's spec does.)
  const notice = tab.locator('[data-testid="bs-note-notice"]');
  await expect.poll(() => notice.count()).toBe(1);

  await expect.poll(() => storedNotes().then((n) => n.length)).toBe(1);
  const [note] = await storedNotes();
  expect(note).toMatchObject({ therapist: 'Dr. Maya Lee', subject: 'For our session', body: LONG });
  expect(JSON.stringify(note)).not.toContain(STRANGER);
  expect(JSON.stringify(note)).not.toContain(MAYA);
  await sleep(1000);
  expect(await gmail.sent()).toEqual([]);
  expect(await gmail.bodyText(compose)).toContain(LONG);

  // The next Send is checked again and goes once.
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => dialog.count()).toBe(1);
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
});

test('"not again for 7 days" silences that check for that therapist only @firefox', async () => {
  const gmail = new GmailPage(tab, fixtureNamed('compose-peoplekit'));
  let compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], subject: 'Thursday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  const dialog = findDialog(tab);
  const choice = dialog.locator('[data-finding-id="too-long"] [data-testid="suppress-choice"]');
  await expect.poll(() => choice.count()).toBe(1);
  // The choice by keyboard: from "keep warning me" one step down is "not for 7 days".
  await choice.focus();
  await tab.keyboard.press('ArrowDown');
  await expect.poll(() => choice.evaluate((el) => (el as HTMLSelectElement).value)).toBe('7');
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect
    .poll(async () => ((await readStoredSettings(session.storage)) as { suppressions?: unknown[] }).suppressions)
    .toEqual([expect.objectContaining({ personId: 't-maya', check: 'too-long', until: expect.any(String) })]);

  // Same therapist, same check: straight out, no dialog.
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [MAYA], subject: 'Friday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(2);
  expect(await dialog.count()).toBe(0);

  // Another therapist: the same check still warns.
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [ANA], subject: 'Sunday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => dialog.locator('[data-severity="warning"] [data-finding-id="too-long"]').count()).toBe(1);
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(3);
  expect((await gmail.sent()).filter((s) => s.repeat)).toEqual([]);
});
