import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { axeInFrame } from '../support/axe';
import { checkFrame } from '../support/dialog-frame';
import { readStoredSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { openOptions } from '../support/options-page';
import { clientSettings, contactPolicy, MAYA, therapistEntry } from '../support/settings-builder';
import { expect, test } from '../support/test';

/**
 * "Save for next session" (a note kept, nothing sent, the draft left as it is), "not again for
 * this one" (one check, one therapist, 7 days), the options page's notes and silenced warnings,
 * and axe on the dialog and the options page in light and dark mode.
 */
const ANA = 'ana@otherpractice.example';
const STRANGER = 'sam.friend@example.org';
const peoplekit = fixtureNamed('compose-peoplekit');
const LONG = 'Could we move our Thursday appointment to Friday afternoon instead, if that works for you?';

async function seed(worker: Worker): Promise<void> {
  const secureChannel = { name: 'Client portal', url: 'https://portal.calmpractice.example/' };
  await writeSettings(
    worker,
    clientSettings([
      therapistEntry('t-maya', contactPolicy({ email: { maxWords: 5, secureChannel } })),
      therapistEntry('t-ana', contactPolicy({ name: 'Dr. Ana Ruiz', emails: [ANA], email: { maxWords: 5 } })),
    ]),
  );
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ sendLog: {}, notes: [] });
  });
}

const storedNotes = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('notes'))['notes'] as Record<string, unknown>[]);

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${state})`).toEqual([]);
}

test.beforeEach(async ({ ext }) => {
  await seed(ext.worker);
});

test('Save for next session keeps the subject, the text and the therapist name, sends nothing, leaves the draft', async ({
  page,
  ext,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], cc: [STRANGER], subject: 'For our session', body: LONG });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-action="save-note"]').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('bs-note-notice')).toContainText('Notes in the Between Sessions options page');

  await expect.poll(() => storedNotes(ext.worker).then((n) => n?.length ?? 0)).toBe(1);
  const [note] = await storedNotes(ext.worker);
  expect(note).toMatchObject({ therapist: 'Dr. Maya Lee', subject: 'For our session', body: LONG });
  expect(JSON.stringify(note)).not.toContain(STRANGER);
  expect(JSON.stringify(note)).not.toContain(MAYA);
  // Nothing went, and the draft is still there, unchanged.
  await page.waitForTimeout(1000);
  expect(await gmail.sent()).toEqual([]);
  await expect(compose).toBeVisible();
  expect(await gmail.bodyText(compose)).toContain(LONG);

  // The next Send is checked again and can still go, once.
  await gmail.attemptSend(compose, 'click');
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);

  // The options page lists it; it can be read, exported and deleted.
  const options = await ext.context.newPage();
  // The print dialog itself is the browser's: record that it was asked for, and what it shows.
  await options.addInitScript(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    window.print = () => {
      const shown = [...document.querySelectorAll('main > *')].filter((el) => getComputedStyle(el).display !== 'none');
      w.__printed.push(document.body.className + '|' + String(shown.length));
    };
  });
  await openOptions(options, ext.extensionId);
  const item = options.getByTestId('note');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('For our session');
  await expect(item).toContainText('for Dr. Maya Lee');
  await expect(item.getByTestId('note-body')).toBeHidden();
  await item.locator('summary').click();
  await expect(item.getByTestId('note-body')).toHaveText(LONG);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export as text' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^between-sessions-notes-\d{4}-\d{2}-\d{2}\.txt$/);
  await options.emulateMedia({ media: 'print' });
  await options.getByRole('button', { name: 'Print notes' }).click();
  // While printing, only the notes section is shown.
  expect(await options.evaluate(() => (window as unknown as { __printed: string[] }).__printed)).toEqual([
    'printing-notes|1',
  ]);
  await options.emulateMedia({ media: 'screen' });
  await item.getByRole('button', { name: /Delete/ }).click();
  await expect(options.getByTestId('note')).toHaveCount(0);
  expect(await storedNotes(ext.worker)).toEqual([]);
  await options.close();
});

test('"not again for 7 days" silences that check only, and only for that therapist', async ({ page, ext }) => {
  const gmail = new GmailPage(page, peoplekit);
  let compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], subject: 'Thursday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  const tooLong = dialog.locator('[data-finding-id="too-long"]');
  await expect(tooLong).toBeVisible();
  await tooLong.getByTestId('suppress-choice').selectOption('7');
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect
    .poll(async () => ((await readStoredSettings(ext.worker)) as { suppressions?: unknown[] }).suppressions)
    .toEqual([expect.objectContaining({ personId: 't-maya', check: 'too-long', until: expect.any(String) })]);
  const [stored] = ((await readStoredSettings(ext.worker)) as { suppressions: { since: string; until: string }[] })
    .suppressions;
  expect(Date.parse(stored!.until) - Date.parse(stored!.since)).toBe(7 * 24 * 60 * 60 * 1000);

  // Same therapist, same check: it goes straight out.
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [MAYA], subject: 'Friday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(2);
  await expect(dialog).toHaveCount(0);

  // Same therapist, another check: that one still stops the send; the silenced one is information.
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [MAYA], cc: [STRANGER], subject: 'Saturday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect(dialog.locator('[data-finding-id="other-recipients"]')).toBeVisible();
  await expect(dialog.locator('[data-severity="info"] [data-finding-id="too-long"]')).toContainText(
    'You asked not to be warned about this until',
  );
  await dialog.locator('[data-action="edit"]').click();
  await expect(dialog).toHaveCount(0);
  expect((await gmail.sent()).length).toBe(2);

  // Another therapist: the same check still warns.
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [ANA], subject: 'Sunday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect(dialog.locator('[data-severity="warning"] [data-finding-id="too-long"]')).toBeVisible();
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(3);
  expect((await gmail.sent()).filter((s) => s.repeat)).toEqual([]);

  // The options page lists it and withdraws it: the warning is back.
  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  const entry = options.getByTestId('suppression');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Longer than they asked for');
  await expect(entry).toContainText('Dr. Maya Lee');
  await entry.getByRole('button', { name: /Warn me again/ }).click();
  await expect(options.getByTestId('suppression')).toHaveCount(0);
  await expect
    .poll(async () => ((await readStoredSettings(ext.worker)) as { suppressions?: unknown[] }).suppressions)
    .toEqual([]);
  await options.close();
  compose = await gmail.openNewCompose();
  await gmail.write(compose, { to: [MAYA], subject: 'Monday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect(dialog.locator('[data-severity="warning"] [data-finding-id="too-long"]')).toBeVisible();
});

test('the dialog shows the words in an excerpt and opens the secure channel in a new tab, the draft staying', async ({
  page,
  ext,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], subject: 'Thursday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await expect(dialog.locator('[data-finding-id="too-long"] mark').first()).toBeVisible();
  const link = dialog.locator('[data-action="secure-channel"]');
  await expect(link).toHaveAttribute('href', 'https://portal.calmpractice.example/');
  await expect(link).toHaveAttribute('target', '_blank');
  // The portal is not served here: the tab is routed to a blank page, and no request of ours is made.
  await ext.context.route('https://portal.calmpractice.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Portal</title>' }),
  );
  const [tab] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe('https://portal.calmpractice.example/');
  await tab.close();
  await expect(dialog).toBeVisible();
  expect(await gmail.sent()).toEqual([]);
  await dialog.locator('[data-action="edit"]').click();
  expect(await gmail.bodyText(compose)).toContain(LONG);
  await ext.context.unroute('https://portal.calmpractice.example/**');
});

test('keyboard only: a warning silenced and a note saved and deleted without the mouse', async ({ page, ext }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], subject: 'Keys', body: LONG });
  await gmail.attemptSend(compose, 'ctrl-enter-body');
  const dialog = gmail.dialog();
  await expect(dialog.locator('[data-action="edit"]')).toBeFocused();
  const select = dialog.getByTestId('suppress-choice');
  for (
    let i = 0;
    i < 20 && !(await select.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement));
    i++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('7');
  const save = dialog.locator('[data-action="save-note"]');
  for (
    let i = 0;
    i < 20 && !(await save.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => storedNotes(ext.worker).then((n) => n?.length ?? 0)).toBe(1);
  expect(await gmail.sent()).toEqual([]);

  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  const summary = options.getByTestId('note').locator('summary');
  for (let i = 0; i < 80 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
    await options.keyboard.press('Tab');
  }
  await expect(summary).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('note-body')).toBeVisible();
  await options.keyboard.press('Tab');
  await expect(options.getByTestId('note').getByRole('button', { name: /Delete/ })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('note')).toHaveCount(0);
  await options.close();
});

test('axe: the dialog and the options page with notes and silenced warnings, light and dark', async ({ page, ext }) => {
  await ext.worker.evaluate(async () => {
    await chrome.storage.local.set({
      notes: [
        {
          id: 'n1',
          savedAt: '2026-11-30T10:00:00.000Z',
          therapist: 'Dr. Maya Lee',
          subject: 'For Thursday',
          body: 'I want to talk about my sister.',
        },
        { broken: true },
      ],
    });
  });
  const settings = (await readStoredSettings(ext.worker)) as Record<string, unknown>;
  await writeSettings(ext.worker, {
    ...settings,
    suppressions: [{ personId: 't-maya', check: 'purpose', since: '2026-11-30T10:00:00.000Z' }],
  });

  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [MAYA], cc: [STRANGER], subject: 'Thursday', body: LONG });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog()).toBeVisible();
  const dialogAxe = async (state: string) => {
    const frame = checkFrame(page);
    expect(frame, 'the dialog is in the extension frame').not.toBeNull();
    expect(await axeInFrame(frame!, '[data-testid="send-check-dialog"]'), `axe violations (${state})`).toEqual([]);
  };
  await dialogAxe('dialog, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await dialogAxe('dialog, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  await expect(options.getByTestId('note')).toHaveCount(1);
  await expect(options.getByTestId('notes-unreadable')).toContainText('One stored note could not be read');
  await expect(options.getByTestId('suppression')).toHaveCount(1);
  await options.getByTestId('note').locator('summary').click();
  await expectNoAxeViolations(options, 'options, light');
  await options.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(options, 'options, dark');
  await options.close();
});
