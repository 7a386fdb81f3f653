import type { Locator, Page } from '@playwright/test';
import { setSettings } from '../support/extension';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { CHECK_TIMEOUT_MS } from '../../lib/guard/send-guard';
import { expect, test } from '../support/test';

/**
 * Gmail's Schedule send with two composes open, each with its own menu (probes 2026-05,
 * docs/real-markup.md): the "Schedule send" dialog belongs to the compose whose item opened it,
 * and the mail is scheduled where a preset or the picker's button is chosen, exactly once.
 */
const THERAPIST = 'maya@calmpractice.example';
const STRANGER = 'sam.friend@example.org';
const twoComposes = fixtureNamed('two-composes');

async function openBoth(page: Page) {
  const gmail = new GmailPage(page, twoComposes);
  await gmail.open();
  const composes = page.locator(GM.compose);
  await expect(composes).toHaveCount(2);
  // Gmail puts a new window left of the open ones: the first in the DOM was opened second.
  const idOf = (compose: Locator) => compose.locator('input[name="composeid"]').inputValue();
  const [secondId, firstId] = [await idOf(composes.nth(0)), await idOf(composes.nth(1))];
  const byId = (id: string) => composes.filter({ has: page.locator(`input[name="composeid"][value="${id}"]`) });
  return { gmail, first: byId(firstId), second: byId(secondId), firstId, secondId };
}

for (const path of ['schedule', 'schedule-pick'] as const) {
  test(`${path}: from the second compose, the second compose's mail is scheduled, once; the first stays open`, async ({
    page,
    ext,
  }) => {
    await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
    const { gmail, first, second, firstId, secondId } = await openBoth(page);
    await gmail.write(first, { to: [THERAPIST], subject: 'First', body: 'The first draft.' });
    await gmail.write(second, { to: [THERAPIST], subject: 'Second', body: 'The second draft.' });
    // The first compose's menu was opened last before the second's: it must not win.
    await first.locator(GM.scheduleArrow).click();
    await expect(first.locator(GM.scheduleItem)).toBeVisible();
    await page.keyboard.press('Escape');

    await gmail.attemptSend(second, path);
    await expect(gmail.dialog()).toBeVisible();
    expect(await gmail.sent()).toHaveLength(0);
    await gmail.dialog().locator('[data-action="send-anyway"]').click();

    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    const [sent] = await gmail.sent();
    expect(sent).toMatchObject({ action: 'schedule', composeId: secondId, subject: 'Second', repeat: false });
    expect(sent!.body).toContain('The second draft.');
    expect(sent!.scheduledFor).toBe(path === 'schedule' ? 'Nov 17, 8:00 AM' : 'Nov 16, 2026, 9:12 AM');
    await page.waitForTimeout(CHECK_TIMEOUT_MS + 500);
    expect(await gmail.sent()).toHaveLength(1);
    await expect(page.locator(GM.compose)).toHaveCount(1);
    await expect(first.locator('input[name="composeid"]')).toHaveValue(firstId);
  });
}

test('the second compose to someone not listed is scheduled at once, though the first is to the therapist', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const { gmail, first, second, secondId } = await openBoth(page);
  await gmail.write(first, { to: [THERAPIST], subject: 'First', body: 'To the therapist.' });
  await gmail.write(second, { to: [STRANGER], subject: 'Second', body: 'To a friend.' });

  await gmail.attemptSend(second, 'schedule');

  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  expect((await gmail.sent())[0]).toMatchObject({ action: 'schedule', composeId: secondId, to: [STRANGER] });
  await page.waitForTimeout(CHECK_TIMEOUT_MS + 500);
  await expect(gmail.dialog()).toHaveCount(0);
  expect(await gmail.sent()).toHaveLength(1);
  await expect(first).toBeVisible();
});

test('choosing "Schedule send" in the menu is not yet a send: the dialog opens, and Cancel sends nothing', async ({
  page,
  ext,
}) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  const { gmail, second } = await openBoth(page);
  await gmail.write(second, { to: [THERAPIST], subject: 'Second', body: 'Hello.' });
  await second.locator(GM.scheduleArrow).click();
  await second.locator(GM.scheduleItem).click();
  await expect(page.locator(GM.schedulePreset).first()).toBeVisible();
  await expect(gmail.dialog()).toHaveCount(0);
  await page.locator(GM.schedulePick).click();
  await page.locator('[role="dialog"] button.Rb6pkf').click();
  await page.waitForTimeout(CHECK_TIMEOUT_MS + 500);
  await expect(gmail.dialog()).toHaveCount(0);
  expect(await gmail.sent()).toHaveLength(0);
});
