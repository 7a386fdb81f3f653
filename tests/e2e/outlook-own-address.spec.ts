import { setSettings } from '../support/extension';
import { OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { THERAPIST } from '../support/send-suite';
import { expect, test } from '../support/test';

/**
 * Your own address in Outlook on the web, from Microsoft's account manager once you opened it
 * (docs/hosts/outlook.md, "Your own address"): a Bcc to yourself is then not another recipient.
 * Before that it is unknown, and the warning stays.
 */
const ME = 'jordan@outlook.com';

test('a Bcc to yourself is named as another recipient until the account manager was opened, then not', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const outlook = new OutlookPage(page, outlookFixtureNamed('chips-wrapped'));
  const compose = await outlook.open();
  await outlook.write(compose, { to: [THERAPIST], bcc: [ME], subject: 'Thursday', body: 'Could we move Thursday?' });

  await outlook.attemptSend(compose, 'click');
  const others = outlook.dialog().locator('[data-finding-id="other-recipients"]');
  await expect(others).toBeVisible();
  await expect(others).toContainText('Jordan Park');
  await outlook.dialog().locator('[data-action="edit"]').click();
  await expect(outlook.dialog()).toHaveCount(0);

  await page.locator('#mectrl_main_trigger').click(); // the user looks at their account once
  await expect(page.locator('#mectrl_currentAccount_secondary')).toHaveText(ME);
  await page.locator('#mectrl_main_trigger').click();

  await outlook.attemptSend(compose, 'click');
  await expect(outlook.dialog().locator('[data-finding-id="encryption"]')).toBeVisible();
  await expect(others).toHaveCount(0);
  await outlook.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => outlook.sent().then((s) => s.length)).toBe(1);
  expect((await outlook.sent())[0]).toMatchObject({ to: [THERAPIST], bcc: [ME] });
});
