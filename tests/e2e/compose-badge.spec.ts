import type { Frame, Page } from '@playwright/test';
import { axeInFrame } from '../support/axe';
import { type StorageHost, writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { badgeIn } from '../support/badge';
import { expect, test } from '../support/test';

/**
 * The compose badge (issue 14, item 1): the policy that applies, beside a compose with a listed
 * therapist on it, in the extension's own frame (`check-frame.html#badge`). It shows for a listed
 * therapist and nobody else, follows the draft while it is written, never takes a keystroke,
 * passes axe in light and dark mode, and stays collapsed per therapist across a reload.
 */
const MAYA = 'maya@calmpractice.example';
const ANA = 'ana@otherpractice.example';
const STRANGER = 'sam.friend@example.org';
const peoplekit = fixtureNamed('compose-peoplekit');
const ALL_DAY = ['00:00-24:00'];

function policy(name: string, email: string, extra: { email?: object; availability?: object } = {}) {
  return {
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist: { name, emails: [email] },
    email: { purposes: ['scheduling', 'admin'], encryption: 'preferred', allowedCc: [], ...extra.email },
    ...(extra.availability ? { availability: extra.availability } : {}),
    emergency: { region: 'US' },
  };
}

async function seed(worker: StorageHost): Promise<void> {
  await writeSettings(worker, {
    role: 'client',
    therapists: [
      {
        id: 't-maya',
        source: 'imported',
        policy: policy('Dr. Maya Lee', MAYA, {
          // Billed after 0 free minutes: any words make a `billable` info finding, none make none.
          email: {
            secureChannel: { name: 'Client portal', url: 'https://portal.calmpractice.example/' },
            fees: { freeMinutes: 0, rate: '$40 per 15 minutes' },
          },
          // Open every hour of every day: `outside-hours` never shows, whenever the test runs.
          availability: {
            timezone: 'America/New_York',
            hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
            responseTime: 'Within two working days',
          },
        }),
      },
      { id: 't-ana', source: 'imported', policy: policy('Dr. Ana Ruiz', ANA) },
    ],
    acceptances: {},
    clients: [],
  });
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ sendLog: {}, notes: [], badgeCollapsed: [] });
  });
}

function badgeFrame(page: Page): Frame | null {
  return (
    page
      .frames()
      .filter((f) => !f.isDetached())
      .find((f) => /^(chrome|moz)-extension:\/\/[^/]+\/check-frame\.html#badge$/.test(f.url())) ?? null
  );
}

/** The badge once it is on screen: its frame has committed and its host is visible. */
async function shownBadge(page: Page) {
  await expect.poll(() => badgeFrame(page) !== null, { timeout: 5000 }).toBe(true);
  const badge = badgeFrame(page)!.locator('[data-testid="compose-badge"]');
  await expect(badge).toBeVisible();
  return badge;
}

/** The badge's host element on the page is visible (the page can see it is there, not inside it). */
const badgeHostVisible = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('between-sessions-badge')].some(
      (h) => (h as HTMLElement).style.visibility === 'visible' && (h as HTMLElement).style.width !== '0px',
    ),
  );

test.beforeEach(async ({ session }) => {
  await seed(session.storage);
});

test('in both browsers: the badge shows for the listed therapist, follows the draft, and takes no keystroke @firefox', async ({
  ui,
}) => {
  const gmail = new GmailPage(ui, peoplekit);
  const compose = await gmail.open();
  // Someone not listed: no badge, however long one waits past the prefetch's pause.
  await gmail.addRecipient(compose, 'to', STRANGER);
  await compose.locator('[g_editable="true"]').click();
  expect(await badgeIn(ui, 1500), 'a badge for someone not listed').toBeNull();

  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  const badge = (await badgeIn(ui))!;
  expect(badge, 'no badge for the listed therapist').not.toBeNull();
  await expect.poll(() => badge.innerText()).toContain('Dr. Maya Lee');
  expect(await badge.locator('[data-finding-id="billable"]').count()).toBe(0);
  const text = 'Could we move Thursday to Friday? Every key lands in the draft.';
  await ui.keyboard.type(text);
  await expect.poll(() => badge.locator('[data-finding-id="billable"]').count(), { timeout: 5000 }).toBe(1);
  expect((await gmail.bodyText(compose)).split('\n')[0]).toBe(text);
});

test('the badge shows the listed therapist’s policy beside the compose, and follows the draft while it is written', async ({
  page,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  const badge = await shownBadge(page);
  await expect(badge).toContainText('Dr. Maya Lee');
  await expect(badge.locator('[data-badge="purposes"]')).toHaveText('scheduling, admin and paperwork');
  await expect(badge.locator('[data-badge="hours"]')).toContainText('Monday – Sunday');
  await expect(badge.locator('[data-badge="hours"]')).toContainText('America/New_York');
  await expect(badge.locator('[data-badge="reply"]')).toHaveText('Within two working days');
  await expect(badge.locator('[data-badge="secure-channel"]')).toHaveAttribute(
    'href',
    'https://portal.calmpractice.example/',
  );
  // Nothing written yet: no reading time to bill.
  await expect(badge.locator('[data-finding-id="billable"]')).toHaveCount(0);

  await page.keyboard.type('Could we move Thursday to Friday?');
  await expect(badge.locator('[data-finding-id="billable"]')).toBeVisible();
  await expect(badge.locator('[data-finding-id="billable"]')).toContainText('$40 per 15 minutes');

  // It sits outside the compose's box: never over Send or the toolbar.
  const host = await page.evaluate(() => {
    const h = [...document.querySelectorAll('between-sessions-badge')].find(
      (e) => (e as HTMLElement).style.visibility === 'visible',
    );
    const r = h!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  const box = (await compose.boundingBox())!;
  const overlaps =
    host.left < box.x + box.width && host.right > box.x && host.top < box.y + box.height && host.bottom > box.y;
  expect(overlaps, 'the badge overlaps the compose').toBe(false);
});

test('no badge for a compose to someone not listed; adding the therapist brings it', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [STRANGER], body: 'See you on Saturday at the match.' });
  await page.waitForTimeout(1500);
  expect(await badgeHostVisible(page)).toBe(false);
  const frame = badgeFrame(page);
  if (frame) await expect(frame.locator('[data-testid="compose-badge"]')).toHaveCount(0);

  // The same compose, now with the therapist on it: the badge comes.
  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  await expect(await shownBadge(page)).toContainText('Dr. Maya Lee');
  expect(await badgeHostVisible(page)).toBe(true);
});

test('with the badge showing, every keystroke lands in the draft', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', MAYA);
  const body = compose.locator('[g_editable="true"]');
  await body.click();
  await page.keyboard.type('First line. ');
  await shownBadge(page);
  const text = 'Every key goes to the draft: 1234567890 !?, even while the badge updates.';
  // Typed slowly enough that the prefetch answers, and the badge redraws, in the middle of it.
  await page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(800);
  await page.keyboard.type(' End.');
  // (The fake Gmail's signature follows the text.)
  expect((await gmail.bodyText(compose)).split('\n')[0]).toBe(`First line. ${text} End.`);
  // Focus never left the draft for the badge's frame.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
});

test('collapsed to an icon, the badge stays collapsed for that therapist after a reload, open for another', async ({
  page,
}) => {
  const gmail = new GmailPage(page, peoplekit);
  let compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  let badge = await shownBadge(page);
  await badge.locator('[data-action="badge-toggle"]').click();
  await expect(badge).toHaveAttribute('data-collapsed', 'true');
  await expect(badge.locator('[data-action="badge-toggle"]')).toHaveAccessibleName("Show Dr. Maya Lee's policy");

  await page.reload();
  compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  badge = await shownBadge(page);
  await expect(badge).toHaveAttribute('data-collapsed', 'true');

  await page.reload();
  compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', ANA);
  await compose.locator('[g_editable="true"]').click();
  badge = await shownBadge(page);
  await expect(badge).toHaveAttribute('data-collapsed', 'false');
  await expect(badge).toContainText('Dr. Ana Ruiz');
  // Expanded again: open for Maya next time too.
});

const badgeAxe = (frame: Frame) => axeInFrame(frame, '[data-testid="compose-badge"]');

test('axe: the badge has no violations, open and collapsed, in light and dark mode', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', MAYA);
  await compose.locator('[g_editable="true"]').click();
  await page.keyboard.type('Could we move Thursday to Friday?');
  const badge = await shownBadge(page);
  await expect(badge.locator('[data-finding-id="billable"]')).toBeVisible();
  const frame = badgeFrame(page)!;
  const background = () => badge.evaluate((el) => getComputedStyle(el).backgroundColor);

  expect(await badgeAxe(frame), 'axe (open, light)').toEqual([]);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(17, 24, 39)');
  expect(await badgeAxe(frame), 'axe (open, dark)').toEqual([]);

  await badge.locator('[data-action="badge-toggle"]').click();
  await expect(badge).toHaveAttribute('data-collapsed', 'true');
  expect(await badgeAxe(frame), 'axe (collapsed, dark)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await badgeAxe(frame), 'axe (collapsed, light)').toEqual([]);
});
