import { expect, test } from '@playwright/test';
import { launchWithExtension, setSettings, writeSettings, type ExtensionSession } from '../support/extension';
import { serveWebmailFixtures } from '../support/fixture-server';
import { checkFrame, closedShadowQuery } from '../support/dialog-frame';
import { fixtureNamed, GmailPage } from '../support/gmail-page';

/** The pre-send dialog's buttons and an encryption finding's message, in each language. */
const DIALOG = {
  de: {
    heading: 'Bevor Sie senden',
    edit: 'Bearbeiten',
    send: 'Trotzdem senden',
    finding: 'Diese Nachricht ist nicht Ende-zu-Ende-verschlüsselt.',
    emergencyLine: 'Rettungsdienst, Polizei und Feuerwehr, wenn jemand gerade in Gefahr ist. rund um die Uhr',
  },
  fr: {
    heading: "Avant d'envoyer",
    edit: 'Modifier',
    send: 'Envoyer quand même',
    finding: "Ce message n'est pas chiffré de bout en bout.",
    emergencyLine:
      'Ambulance, police et pompiers, quand quelqu’un est en danger en ce moment. 24\u00a0h/24, 7\u00a0j/7',
  },
  en: {
    heading: 'Before you send',
    edit: 'Edit',
    send: 'Send anyway',
    finding: 'This message is not end-to-end encrypted.',
    emergencyLine: 'Ambulance, police and fire, when someone is in danger right now. 24/7',
  },
} as const;

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
      await serveWebmailFixtures(ext.context);
    });
    test.afterAll(() => ext.close());

    test('the popup on a tab that is not webmail speaks its language', async () => {
      expect(await ext.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${language}`));
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await expect(popup.getByText(notMail)).toBeVisible();
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Between Sessions');
      // The page says which language its words are in (English's catalogue is en-GB).
      expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        language === 'en' ? 'en-GB' : language,
        'ltr',
      ]);
      // The way to the options page, in the same language, opens it.
      const [options] = await Promise.all([
        ext.context.waitForEvent('page'),
        popup.getByRole('button', { name: optionsLabel }).click(),
      ]);
      await expect(options).toHaveURL(new RegExp(`chrome-extension://${ext.extensionId}/options.html`));
    });

    test('the pre-send dialog on Gmail speaks its language: buttons, heading and the finding', async () => {
      const words = DIALOG[language];
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] }]);
      const page = await ext.context.newPage();
      const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
      const compose = await gmail.open();
      await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Thursday', body: 'Thursday at 4.' });
      await gmail.attemptSend(compose, 'click');
      const dialog = gmail.dialog();
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(words.heading);
      // The dialog's frame page says its language too (it was the browser's own tag, not the catalogue's).
      expect(await checkFrame(page)!.evaluate(() => document.documentElement.lang)).toBe(
        language === 'en' ? 'en-GB' : language,
      );
      await expect(dialog.locator('[data-action="edit"]')).toHaveText(words.edit);
      await expect(dialog.locator('[data-action="send-anyway"]')).toHaveText(words.send);
      await expect(dialog.locator('[data-finding-id="encryption"] p').first()).toContainText(words.finding);
      await dialog.getByRole('button', { name: words.send }).click();
      await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
      await page.close();
    });

    test('the crisis panel speaks its language: the lines’ descriptions and hours (docs/i18n.md, "Crisis lines")', async () => {
      await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] }]);
      const page = await ext.context.newPage();
      const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
      const compose = await gmail.open();
      await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Tonight', body: 'I want to die.' });
      await gmail.attemptSend(compose, 'click');
      const dialog = gmail.dialog();
      await expect(dialog.locator('.line-detail').first()).toHaveText(DIALOG[language].emergencyLine);
      await dialog.getByRole('button', { name: DIALOG[language].send }).click();
      await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
      await page.close();
    });
  });
}

test.describe('a browser in German, findings given as parts (docs/i18n.md, "Finding messages")', () => {
  let ext: ExtensionSession;
  test.beforeAll(async () => {
    ext = await launchWithExtension({ language: 'de' });
    await serveWebmailFixtures(ext.context);
    await writeSettings(ext.worker, {
      role: 'client',
      therapists: [
        {
          id: 't1',
          source: 'imported',
          policy: {
            format: 'between-sessions.contact-policy',
            version: 1,
            therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'], practice: 'Praxis Lee' },
            email: { purposes: ['scheduling'], encryption: 'not-required', allowedCc: [] },
            emergency: { region: 'DE', practicePhone: '+49 30 1234567' },
          },
        },
      ],
      acceptances: {},
      clients: [],
    });
  });
  test.afterAll(() => ext.close());

  test('the dialog in its frame shows crisis and purpose in German, lists joined in German', async () => {
    const page = await ext.context.newPage();
    const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
    const compose = await gmail.open();
    const body =
      'I have been saving up my pills and I want to die. Since our last session the panic attacks have come back ' +
      'almost every night. I stopped taking the sertraline last week because of the side effects.';
    await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Thursday', body });
    await gmail.attemptSend(compose, 'click');
    const dialog = gmail.dialog();
    const crisis = dialog.locator('[data-finding-id="crisis"]');
    await expect(crisis).toContainText('Was Sie geschrieben haben, klingt nach');
    await expect(crisis).toContainText('Dr. Maya Lee sieht dies vielleicht erst nach Stunden oder Tagen.');
    await expect(crisis).toContainText('Praxis Lee: Nummer für dringende Fälle');
    await expect(crisis).not.toContainText('sounds like');
    const purpose = dialog.locator('[data-finding-id="purpose"]');
    await expect(purpose).toContainText('Dr. Maya Lee nutzt E-Mail für Terminabsprachen.');
    await expect(purpose).toContainText('Diese Nachricht betrifft offenbar');
    await expect(purpose).toContainText('Therapieinhalte: Vorgeschichte, Symptome');
    await expect(purpose).not.toContainText('looks like');
    await dialog.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    await page.close();
  });

  test('the in-page fallback, when the frame does not answer, shows crisis in German too (read by the background)', async () => {
    const page = await ext.context.newPage();
    const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
    const compose = await gmail.open();
    await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Thursday', body: 'I want to die.' });
    await expect.poll(() => checkFrame(page)).not.toBeNull();
    // The frame's script stops answering: the page draws the dialog itself (frame-isolation.spec.ts).
    await checkFrame(page)!.evaluate(() => {
      MessagePort.prototype.postMessage = () => undefined;
    });
    await gmail.attemptSend(compose, 'click');
    let findings: Awaited<ReturnType<typeof closedShadowQuery>> = [];
    await expect
      .poll(async () =>
        (findings = await closedShadowQuery(page, 'data-finding-id')).map((n) => n.attributes['data-finding-id']),
      )
      .toContain('crisis');
    const crisis = findings.find((n) => n.attributes['data-finding-id'] === 'crisis')!;
    expect(crisis.text).toContain('Was Sie geschrieben haben, klingt nach');
    expect(crisis.text).not.toContain('sounds like');
    const buttons = await closedShadowQuery(page, 'data-action');
    const sendAnyway = buttons.find((n) => n.attributes['data-action'] === 'send-anyway')!;
    await page.mouse.click(sendAnyway.center!.x, sendAnyway.center!.y);
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    await page.close();
  });
});

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
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
    await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');
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
