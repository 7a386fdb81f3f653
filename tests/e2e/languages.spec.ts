import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from '../support/extension';

/**
 * The extension speaks the browser's language (docs/i18n.md): its name in the browser, and the
 * popup's words, come from public/_locales/<lang>/messages.json.
 */
for (const [language, notMail, optionsLabel] of [
  [
    'de',
    'Dieser Tab ist weder Gmail noch Outlook im Web, hier wird also nichts geprüft.',
    'Therapeut:innen und Einstellungen',
  ],
  ['fr', "Cet onglet n'est ni Gmail ni Outlook sur le web : rien n'y est vérifié.", 'Thérapeutes et réglages'],
  ['en', 'This tab is not Gmail or Outlook on the web, so nothing here is checked.', 'Therapists and settings'],
] as const) {
  test.describe(`a browser in ${language}`, () => {
    let ext: ExtensionSession;
    test.beforeAll(async () => {
      ext = await launchWithExtension({ language });
    });
    test.afterAll(() => ext.close());

    test('the popup on a tab that is not webmail speaks its language', async () => {
      expect(await ext.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${language}`));
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await expect(popup.getByText(notMail)).toBeVisible();
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Between Sessions');
      // The way to the options page, in the same language, opens it.
      const [options] = await Promise.all([
        ext.context.waitForEvent('page'),
        popup.getByRole('button', { name: optionsLabel }).click(),
      ]);
      await expect(options).toHaveURL(new RegExp(`chrome-extension://${ext.extensionId}/options.html`));
    });
  });
}

test.describe('a browser in German, the options page', () => {
  let ext: ExtensionSession;
  test.beforeAll(async () => {
    ext = await launchWithExtension({ language: 'de' });
  });
  test.afterAll(() => ext.close());

  test('opens in German: headings, buttons, the tab title and weekday names', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Between Sessions – Einstellungen');
    await expect(options).toHaveTitle('Between Sessions – Einstellungen');
    await expect(options.getByRole('heading', { name: 'Ihre Therapeutinnen und Therapeuten' })).toBeVisible();
    await expect(options.getByRole('heading', { name: 'Auf ein anderes Gerät umziehen' })).toBeVisible();
    await expect(options.getByText('Between Sessions settings')).toHaveCount(0);
    // A new policy's hours: the weekdays come from Intl in German.
    await options.getByRole('button', { name: 'Therapeut/in hinzufügen' }).click();
    await options.getByRole('button', { name: 'Weiter' }).click();
    const hours = options.getByRole('checkbox', { name: 'Zeiten festlegen, zu denen E-Mails gelesen werden' });
    if (!(await hours.isChecked())) await hours.check();
    await expect(options.getByRole('group', { name: 'Montag' })).toBeVisible();
    await expect(options.getByRole('group', { name: 'Sonntag' })).toBeVisible();
    await expect(options.getByText('Monday')).toHaveCount(0);
  });
});
