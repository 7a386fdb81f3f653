import { readStoredSettings, setSettings } from '../support/extension';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { expect, test } from '../support/test';

/** The options page (first cut): add and remove therapists; the Gmail guard follows at once. */
test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, []);
});

test('a therapist added on the options page is guarded in an open Gmail tab without reloading it', async ({ page, ext }) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByText('No therapist listed yet')).toBeVisible();
  await options.getByLabel('Name (optional)').fill('Dr. Maya Lee');
  await options.getByLabel(/Email address, or @domain/).fill('@CalmPractice.example');
  await options.getByRole('button', { name: 'Add therapist' }).click();
  await expect(options.getByTestId('therapist')).toHaveCount(1);
  await expect(options.getByTestId('therapist')).toContainText('@calmpractice.example');

  await page.bringToFront();
  await gmail.write(compose, { to: ['front.desk@calmpractice.example'], subject: 'Forms', body: 'Attached.' });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog()).toBeVisible();
  await page.keyboard.press('Escape');

  // Removed again: the same message now goes straight out.
  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove Dr. Maya Lee' }).click();
  await expect(options.getByTestId('therapist')).toHaveCount(0);
  await page.bringToFront();
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);
  await options.close();
});

test('bad input gets a clear message and changes nothing', async ({ page, ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] }]);
  const before = await readStoredSettings(ext.worker);
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const address = page.getByLabel(/Email address, or @domain/);

  for (const [input, message] of [
    ['maya at calmpractice', 'is not an email address or @domain'],
    ['maya@calmpractice.example', 'already listed'],
    ['', 'is not an email address or @domain'],
  ] as const) {
    await address.fill(input);
    await page.getByRole('button', { name: 'Add therapist' }).click();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await readStoredSettings(ext.worker)).toEqual(before);
  await expect(page.getByTestId('therapist')).toHaveCount(1);
});

test('unreadable stored settings: the page says so, and Gmail mail is not blocked by it', async ({ page, ext }) => {
  await ext.worker.evaluate(async () => {
    await chrome.storage.local.set({ settings: { therapists: 'not a list' } });
  });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  // The stored value is kept as it was (nothing the user wrote is destroyed by reading it).
  expect(await readStoredSettings(ext.worker)).toEqual({ therapists: 'not a list' });

  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Hi', body: 'Hi.' });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(page.locator(GM.dialog)).toHaveCount(0);
});

test('the options page can be used by keyboard alone', async ({ page, ext }) => {
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByText('No therapist listed yet')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name (optional)')).toBeFocused();
  await page.keyboard.type('Dr. Ana Ruiz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ana@otherpractice.example');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('therapist')).toContainText('ana@otherpractice.example');
  await expect(page.getByLabel(/Email address, or @domain/)).toHaveValue('');
});
