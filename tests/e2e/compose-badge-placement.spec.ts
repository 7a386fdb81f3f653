import type { Locator, Page } from '@playwright/test';
import { setSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { expect, test } from '../support/test';

/**
 * The compose badge never covers the host's controls (issue 14, item 1). Gmail's docked compose
 * draws a title bar above its form, with minimise, full screen and close (docs/hosts/gmail.md,
 * "Compose mole"): a badge placed above the form alone sat over those buttons. Every control a
 * person uses in the compose window must stay uncovered, in the windows Gmail docks side by side.
 */
const THERAPIST = 'maya@calmpractice.example';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The visible badge host's box on the page (the page sees the host, not what is inside). */
async function badgeBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const host = [...document.querySelectorAll<HTMLElement>('between-sessions-badge')].find(
      (h) => h.style.visibility === 'visible' && h.getBoundingClientRect().width > 0,
    );
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Boxes of the controls in a compose window: title bar buttons, recipients, subject, body, Send. */
async function controlBoxes(window: Locator): Promise<Box[]> {
  const controls = window.locator(
    'button, [role="button"], input, textarea, [role="combobox"], [contenteditable="true"], [g_editable="true"]',
  );
  const boxes: Box[] = [];
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    if (box && box.width > 0 && box.height > 0) boxes.push(box);
  }
  return boxes;
}

test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
});

for (const name of ['compose-peoplekit', 'two-composes']) {
  test(`${name}: the badge covers none of the compose window's controls, title bar included`, async ({ page }) => {
    const gmail = new GmailPage(page, fixtureNamed(name));
    const compose = await gmail.open();
    await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
    await expect.poll(() => badgeBox(page), { timeout: 5000 }).not.toBeNull();
    const badge = (await badgeBox(page))!;

    const windows = page.locator('[role="dialog"]:has(div.M9)');
    expect(await windows.count()).toBeGreaterThan(0);
    const boxes: Box[] = [];
    for (const window of await windows.all()) boxes.push(...(await controlBoxes(window)));
    // The title bar's buttons are among them (minimise, full screen, close).
    expect(await page.locator('[role="dialog"] td.Hm button').count()).toBeGreaterThanOrEqual(3);
    expect(boxes.length).toBeGreaterThan(5);
    const covered = boxes.filter((b) => overlaps(badge, b));
    expect(covered, `badge ${JSON.stringify(badge)} covers controls`).toEqual([]);
  });
}
