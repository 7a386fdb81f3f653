import { checkFrame, noticeLocator } from '../support/dialog-frame';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { jsonFile } from '../support/options-page';
import { clientSettings, contactPolicy, MAYA, therapistEntry } from '../support/settings-builder';
import { expect, test } from '../support/test';

/**
 * The client's safety plan: written in the options page, then shown first in the crisis panel
 * of the dialog in Gmail (Send anyway still sends exactly once, the dialog stays keyboard usable)
 * and in the notice after a lowered crisis finding; with no plan the panel is as before.
 */
const THERAPIST = MAYA;
const peoplekit = fixtureNamed('compose-peoplekit');

async function seed(worker: Worker): Promise<void> {
  const email = { purposes: ['scheduling', 'admin', 'checkin', 'support'] };
  await writeSettings(worker, clientSettings([therapistEntry('t1', contactPolicy({ email }))]));
  await worker.evaluate(() => chrome.storage.local.set({ safetyPlan: null }));
}

test.beforeEach(async ({ ext }) => seed(ext.worker));
test.afterEach(async ({ ext }) => {
  await ext.worker.evaluate(() => chrome.storage.local.set({ safetyPlan: null }));
});

async function writePlanInOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByTestId('safety-plan-section');
  await section.getByRole('button', { name: 'Show my safety plan' }).click();
  await expect(section.getByTestId('safety-plan-empty')).toContainText('How to start');
  await section.getByLabel('1. My warning signs').fill('Not sleeping for two nights');
  await section.getByLabel('2. Things I can do on my own').fill('Cold shower\nWalk the dog around the block');
  const helpers = section.getByRole('group', { name: '4. People I can ask for help' });
  await helpers.getByLabel('Name or place 1').fill('Sam (brother)');
  await helpers.getByLabel('Phone 1').fill('+1 555 0199');
  await section.getByLabel('What matters most to me').fill('My daughter');
  await section.getByRole('button', { name: 'Save safety plan' }).click();
  await expect(section.getByTestId('safety-plan-status')).toContainText('Safety plan saved.');
  await expect(section.getByTestId('safety-plan-updated')).toContainText('Last updated');
}

test('a plan written in the options page comes first in the crisis dialog; Send anyway sends exactly once', async ({
  page,
  ext,
}) => {
  await writePlanInOptions(page, ext.extensionId);

  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [THERAPIST],
    subject: 'Thursday',
    body: 'I have been saving up my pills and I want to die.',
  });
  await gmail.attemptSend(compose, 'click');

  const crisis = gmail.dialog().locator('[data-finding-id="crisis"]');
  const plan = crisis.locator('[data-testid="safety-plan"]');
  await expect(plan).toBeVisible();
  await expect(plan).toContainText('Cold shower');
  await expect(plan).toContainText('My daughter');
  await expect(plan.locator('a[href="tel:+15550199"]')).toBeVisible();
  // Before the national lines.
  const planFirst = await crisis.evaluate((li) => {
    const card = li.querySelector('[data-testid="safety-plan"]')!;
    const line = li.querySelector('a[href="tel:988"]')!;
    return Boolean(card.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(planFirst).toBe(true);
  // Warning signs folded; opened with the keyboard inside the modal.
  const signs = plan.getByText('Not sleeping for two nights');
  await expect(signs).toBeHidden();
  const toggle = plan.getByRole('button', { name: /show your warning signs/i });
  await expect(gmail.dialog().locator('[data-action="edit"]')).toBeFocused();
  for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el.matches(':focus'))); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(signs).toBeVisible();
  expect(await gmail.sent()).toHaveLength(0);

  // Tab reaches Send anyway with the plan open; Enter sends exactly once.
  const sendAnyway = gmail.dialog().locator('[data-action="send-anyway"]');
  for (let i = 0; i < 12 && !(await sendAnyway.evaluate((el) => el.matches(':focus'))); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(sendAnyway).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await page.waitForTimeout(300);
  expect(await gmail.sent()).toHaveLength(1);
  await expect(gmail.dialog()).toHaveCount(0);
});

test('Esc with the plan open is Edit: nothing sent, the draft unchanged', async ({ page, ext }) => {
  await writePlanInOptions(page, ext.extensionId);
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  const body = 'I have been saving up my pills and I want to die.';
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body });
  await gmail.attemptSend(compose, 'click');
  const plan = gmail.dialog().locator('[data-testid="safety-plan"]');
  await plan.getByRole('button', { name: /show your warning signs/i }).click();
  await expect(plan.getByText('Not sleeping for two nights')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gmail.dialog()).toHaveCount(0);
  expect(await gmail.sent()).toHaveLength(0);
  expect(await gmail.bodyText(compose)).toContain(body);
});

test('the notice after a lowered crisis finding shows the plan above the crisis lines', async ({ page, ext }) => {
  await writePlanInOptions(page, ext.extensionId);
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
  // The notice is in the extension's corner frame: the plan never reaches the mail page.
  await expect.poll(() => checkFrame(page, 'notice') !== null).toBe(true);
  const notice = noticeLocator(page, '[data-testid="bs-crisis-notice"]');
  await expect(notice.locator('[data-testid="safety-plan"]')).toContainText('Cold shower');
  await expect(notice.locator('[data-testid="safety-plan"] a[href="tel:+15550199"]')).toBeVisible();
  await expect(notice.locator('.crisis-lines a[href="tel:988"]').first()).toBeVisible();
  const planFirst = await notice.evaluate((section) => {
    const card = section.querySelector('[data-testid="safety-plan"]')!;
    return Boolean(
      card.compareDocumentPosition(section.querySelector('.crisis-lines')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(planFirst).toBe(true);
  // What a page script can see of it: nothing.
  const seen = await page.evaluate(() => {
    const texts: string[] = [document.body.innerText];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) texts.push(el.shadowRoot.textContent ?? '');
    return texts.join(' ') + String(window.frames.length);
  });
  expect(seen).not.toContain('Cold shower');
  expect(seen.endsWith('0')).toBe(true);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(await gmail.sent()).toHaveLength(1);
});

test('with no plan the crisis panel is as before', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [THERAPIST],
    subject: 'Thursday',
    body: 'I have been saving up my pills and I want to die.',
  });
  await gmail.attemptSend(compose, 'click');
  const crisis = gmail.dialog().locator('[data-finding-id="crisis"]');
  await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
  await page.waitForTimeout(300); // the plan would have been read by now
  await expect(gmail.dialog().locator('[data-testid="safety-plan"]')).toHaveCount(0);
  await expect(gmail.dialog().locator('[data-testid="safety-plan-problem"]')).toHaveCount(0);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
});

test('the options page imports a plan file named "Import safety plan"; a refused file changes nothing', async ({
  page,
  ext,
}) => {
  const stored = () => ext.worker.evaluate(async () => (await chrome.storage.local.get('safetyPlan'))['safetyPlan']);
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const section = page.getByTestId('safety-plan-section');
  await section.getByRole('button', { name: 'Show my safety plan' }).click();
  const input = page.getByLabel('Import safety plan');
  await input.setInputFiles(
    jsonFile(
      { format: 'between-sessions.safety-plan', version: 1, helpers: [{ name: '', phone: 'call' }] },
      'bad.json',
    ),
  );
  const problems = section.getByTestId('safety-plan-problems');
  await expect(problems).toContainText('bad.json was not imported');
  await expect(problems.locator('li[data-path="helpers.0.name"]')).toBeVisible();
  await expect(problems.locator('li[data-path="helpers.0.phone"]')).toBeVisible();
  expect(await stored()).toBeNull();

  const plan = {
    format: 'between-sessions.safety-plan',
    version: 1,
    updated: '2026-01-05',
    copingStrategies: ['Cold shower'],
    professionals: [{ name: 'Dr. Maya Lee', phone: '+1 555 0100' }],
  };
  await input.setInputFiles(jsonFile(plan, 'plan.json'));
  await expect(section.getByTestId('safety-plan-status')).toContainText('Safety plan imported from plan.json.');
  await expect(section.getByLabel('2. Things I can do on my own')).toHaveValue('Cold shower');
  await expect(section.getByTestId('safety-plan-review')).toContainText('therapist');
  expect(await stored()).toMatchObject({ copingStrategies: ['Cold shower'] });

  const results = await new AxeBuilder({ page }).include('[data-testid="safety-plan-section"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
