import { setSettings } from '../support/extension';
import { GM, GmailPage, fixtureNamed } from '../support/gmail-page';
import { OL, OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { THERAPIST } from '../support/send-suite';
import { expect, test } from '../support/test';
import { openPopupFor } from '../support/popup';

test('a working Outlook draft to the therapist: every part found, listed; the report carries none of the draft', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const outlook = new OutlookPage(page, outlookFixtureNamed('chips-wrapped'));
  const compose = await outlook.open();
  await outlook.write(compose, { to: [THERAPIST], subject: 'Thursday worries', body: 'I had a hard week at work.' });

  const popup = await openPopupFor(ext, page);
  const check = popup.getByTestId('self-check');
  await expect(check).toHaveAttribute('data-host', 'outlook');
  await expect(popup.getByTestId('self-check-summary')).toHaveText('Host recognised. Every open message can be read.');
  const message = popup.getByTestId('self-check-compose');
  await expect(message).toHaveCount(1);
  for (const part of ['recipients', 'subject', 'body', 'send']) {
    await expect(message.locator(`[data-part="${part}"]`)).toHaveAttribute('data-found', 'yes');
  }
  await expect(popup.getByTestId('self-check-listed')).toContainText('yes');

  // What goes on the clipboard, caught where the popup writes it (headless Chromium has no clipboard).
  await popup.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) =>
      void ((window as unknown as { copied: string }).copied = text);
  });
  await popup.getByRole('button', { name: 'Copy diagnostic report' }).click();
  await expect(popup.getByRole('status')).toHaveText('Copied.');
  const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toBe(await popup.getByTestId('self-check-report').textContent());
  expect(copied).toContain('Host: outlook (outlook.office.com)');
  expect(copied).toMatch(/Extension version: \d+\.\d+\.\d+/);
  for (const secret of ['Thursday', 'worries', 'hard week', 'Maya', 'maya@', 'calmpractice', 'Jordan'])
    expect(copied).not.toContain(secret);
});

test('Gmail with the body gone (a redesign): the popup says what is not found', async ({ page, ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], body: 'Private words.' });
  await compose.locator(GM.body).evaluate((b) => {
    b.removeAttribute('g_editable');
    b.setAttribute('contenteditable', 'plaintext-only-x');
    b.removeAttribute('role');
  });

  const popup = await openPopupFor(ext, page);
  await expect(popup.getByTestId('self-check')).toHaveAttribute('data-host', 'gmail');
  await expect(popup.getByTestId('self-check-summary')).toContainText('something could not be found');
  const message = popup.getByTestId('self-check-compose');
  await expect(message.locator('[data-part="body"]')).toHaveAttribute('data-found', 'no');
  await expect(message.locator('[data-part="send"]')).toHaveAttribute('data-found', 'yes');
  await expect(message.getByRole('list', { name: 'What could not be found' })).toHaveText('body: no message editor');
  const report = await popup.getByTestId('self-check-report').textContent();
  expect(report).toContain('body NOT FOUND');
  expect(report).not.toContain('Private words');
  expect(report).not.toContain('calmpractice');
});

test('with nobody listed: the host is still recognised and nobody is on the draft; a non-mail tab says so', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, []);
  const outlook = new OutlookPage(page, outlookFixtureNamed('reading-pane-reply'));
  await outlook.open();
  await expect(page.locator(OL.collapsedHeader)).toBeVisible();
  const popup = await openPopupFor(ext, page);
  await expect(popup.getByTestId('self-check-summary')).toHaveText('Host recognised. Every open message can be read.');
  await expect(popup.getByTestId('self-check-listed')).toHaveText('someone you listed on it: no');

  const other = await ext.context.newPage();
  await other.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const popupForOptions = await openPopupFor(ext, other);
  await expect(popupForOptions.getByTestId('self-check')).toHaveAttribute('data-host', 'none');
  await expect(popupForOptions.getByTestId('self-check')).toContainText('not Gmail or Outlook on the web');
});
