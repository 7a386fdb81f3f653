import { writeSettings } from '../support/extension';
import { OL, OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { badgeIn } from '../support/badge';
import { expect, test } from '../support/test';
import type { AnyUi, Box, Surface } from '../support/ui';

/**
 * The compose badge on Outlook on the web (issue 14): for a listed therapist and nobody else, in
 * the compose below the host's controls (never over Send, the toolbar or the recipient wells),
 * updated while the draft is written, never taking a keystroke, in Chromium and Firefox; and it
 * follows the compose when the reading pane scrolls or the window is resized.
 */
const MAYA = 'maya@calmpractice.example';
const STRANGER = 'sam.friend@example.org';
const ALL_DAY = ['00:00-24:00'];

test.beforeEach(async ({ session }) => {
  await writeSettings(session.storage, {
    role: 'client',
    therapists: [
      {
        id: 't-maya',
        source: 'imported',
        policy: {
          format: 'between-sessions.contact-policy',
          version: 1,
          therapist: { name: 'Dr. Maya Lee', emails: [MAYA] },
          email: {
            purposes: ['scheduling'],
            encryption: 'preferred',
            allowedCc: [],
            // Billed after 0 free minutes: any words make a `billable` info finding, none make none.
            fees: { freeMinutes: 0, rate: '$40 per 15 minutes' },
          },
          // Open at every hour: `outside-hours` never shows, whenever the test runs.
          availability: {
            timezone: 'America/New_York',
            hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
          },
          emergency: { region: 'US' },
        },
      },
    ],
    acceptances: {},
    clients: [],
  });
  await session.storage.evaluate(async () => {
    await chrome.storage.local.set({ sendLog: {}, notes: [], badgeCollapsed: [] });
  });
});

/** The badge's host on the page, where the page draws it; null while it is hidden. */
const badgeBox = (surface: Surface) =>
  surface.evaluate(() => {
    const host = [...document.querySelectorAll('between-sessions-badge')].find(
      (h) => (h as HTMLElement).style.visibility === 'visible' && (h as HTMLElement).style.display !== 'none',
    );
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

/** The badge sits in the compose and over none of its controls: Send, the toolbar, the wells, the subject. */
async function expectPlacedAtCompose(surface: Surface, compose: AnyUi) {
  let box: Box | null = null;
  await expect.poll(async () => (box = await badgeBox(surface)), { timeout: 5000 }).not.toBeNull();
  const composeBox = (await compose.boundingBox())!;
  // In the compose below its controls, or (too little room there) just beside it, touching none of it.
  const near = {
    x: composeBox.x - 8,
    y: composeBox.y - 8,
    width: composeBox.width + 16,
    height: composeBox.height + 16,
  };
  const placed = inside(box!, composeBox) || (!overlaps(box!, composeBox) && overlaps(box!, near));
  expect(placed, `badge ${JSON.stringify(box)} neither in nor at the compose ${JSON.stringify(composeBox)}`).toBe(true);
  const controls = [
    compose.locator('[data-testid="ComposeSendButton"]'),
    compose.locator('[role="toolbar"]'),
    compose.locator(OL.subject),
    compose.locator(OL.wells),
  ];
  for (const control of controls) {
    for (let i = 0, n = await control.count(); i < n; i++) {
      const c = await control.nth(i).boundingBox();
      if (c) expect(overlaps(box!, c), `badge ${JSON.stringify(box)} over a control ${JSON.stringify(c)}`).toBe(false);
    }
  }
  return box!;
}

for (const name of ['reading-pane-reply', 'popout-new']) {
  test(`Outlook ${name}: the badge shows in the compose for the listed therapist only, follows the draft, takes no keystroke @firefox`, async ({
    ui,
  }) => {
    const outlook = new OutlookPage(ui, outlookFixtureNamed(name));
    let compose = await outlook.open();
    if (name === 'popout-new') {
      // Someone not listed: no badge, however long one waits past the prefetch's pause.
      await outlook.addRecipient(compose, 'to', STRANGER);
      await compose.locator(OL.body).click();
      await ui.keyboard.type('See you at the match.');
      expect(await badgeIn(ui, 1500), 'a badge for someone not listed').toBeNull();
      expect(await badgeBox(ui)).toBeNull();
      // A new draft to the therapist (Firefox's driver cannot type past the first chip of a well).
      compose = await outlook.open();
      await outlook.addRecipient(compose, 'to', MAYA);
    } else {
      // The reply goes to Maya: listed from the start.
      await outlook.expandHeader(compose);
    }
    await compose.locator(OL.body).click();
    await ui.keyboard.press('Control+Home');
    const badge = (await badgeIn(ui))!;
    expect(badge, 'no badge for the listed therapist').not.toBeNull();
    await expect.poll(() => badge.innerText()).toContain('Dr. Maya Lee');
    // Open at every hour: email is read now (counted in the frame, from now).
    expect(await badge.locator('[data-badge="next-read"]').innerText()).toBe('now: within the hours above');
    await expectPlacedAtCompose(ui, compose);

    const text = 'Could we move Thursday to Friday? Every key lands in the draft, 1234567890!';
    await ui.keyboard.type(text);
    await expect.poll(() => badge.locator('[data-finding-id="billable"]').count(), { timeout: 5000 }).toBe(1);
    await ui.keyboard.type(' End.');
    const typed = (await outlook.bodyText(compose)).split('\n')[0];
    expect(typed).toBe(`${text} End.`);
    await expectPlacedAtCompose(ui, compose);
  });
}

test('Outlook: the badge stays with a compose in a scrolling reading pane and a resized window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 520 });
  const outlook = new OutlookPage(page, outlookFixtureNamed('reading-pane-reply'));
  const compose = await outlook.open();
  await outlook.expandHeader(compose);
  await compose.locator(OL.body).click();
  await page.keyboard.press('Control+Home');
  // A long reply: the compose grows past the window and the reading pane scrolls.
  for (let i = 1; i <= 24; i++) await page.keyboard.type(`Line ${i} of a long message.\n`);
  const pane = page.locator(OL.readingPane);
  const scrollTo = async (y: number) => {
    await pane.evaluate((el, top) => el.scrollTo({ top }), y);
    // One animation frame for the badge to follow, and one for the page to draw it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  const max = await pane.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(max, 'the reading pane does not scroll').toBeGreaterThan(200);

  // Scrolled to the end: the compose's bottom is in view, and the badge sits just above it.
  await scrollTo(max);
  let box = await expectPlacedAtCompose(page, compose);
  let composeBox = (await compose.boundingBox())!;
  expect(Math.abs(box.y + box.height - (composeBox.y + composeBox.height - 6))).toBeLessThanOrEqual(1);

  // Scrolled up by 150 px: the compose's bottom goes out of view, the badge stays at the window's foot, in it.
  await scrollTo(max - 150);
  box = await expectPlacedAtCompose(page, compose);
  expect(Math.abs(box.y + box.height - (520 - 6))).toBeLessThanOrEqual(1);

  // Back to the top: the badge follows the compose as it moves, never over its controls.
  await scrollTo(0);
  box = await expectPlacedAtCompose(page, compose);

  // A taller window: the compose's bottom comes into view, and the badge goes with it.
  await page.setViewportSize({ width: 1280, height: 900 });
  await scrollTo(await pane.evaluate((el) => el.scrollHeight - el.clientHeight));
  box = await expectPlacedAtCompose(page, compose);
  composeBox = (await compose.boundingBox())!;
  expect(Math.abs(box.y + box.height - Math.min(900 - 6, composeBox.y + composeBox.height - 6))).toBeLessThanOrEqual(1);

  // Scrolled until the compose has left the window above: no badge floats over the conversation.
  await pane.evaluate((el) => {
    el.appendChild(document.createElement('div')).style.flex = '0 0 2000px';
  });
  await scrollTo(await pane.evaluate((el) => el.scrollHeight - el.clientHeight));
  composeBox = (await compose.boundingBox())!;
  expect(composeBox.y + composeBox.height).toBeLessThan(0);
  expect(await badgeBox(page)).toBeNull();
});
