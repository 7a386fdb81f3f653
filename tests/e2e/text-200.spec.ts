import type { Frame, Page } from '@playwright/test';
import { setSettings } from '../support/extension';
import { checkFrame, settleFrames } from '../support/dialog-frame';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { THERAPIST } from '../support/send-suite';
import { expect, test } from '../support/test';

/**
 * Text at 200% (WCAG 2.2, 1.4.4) beyond the popup (popup-a11y.spec.ts): the options page, the
 * pre-send dialog and the compose badge, each in its own page or frame, at a 1280 px window. The
 * browser's font size at 200% (16 px to 32 px) is what rem sizes follow; each part must grow its
 * text, cut none of it off, need no sideways scrolling, and keep every control in reach.
 */
test.beforeEach(async ({ ext, page }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  await page.setViewportSize({ width: 1280, height: 800 });
});

type Where = Page | Frame;

/**
 * The browser's default font size at 200% (16 px to 32 px), as the user's setting sets it for the
 * whole tab, frames included (Chromium's DevTools protocol, Page.setFontSizes): a page whose
 * sizes are in px, root included, does not follow it.
 */
async function fontSizeSetting(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
  await cdp.detach();
}

/**
 * How much the heading grows when the font size setting goes from 16 px to 32 px. The setting does
 * not reach the extension's frames (their own processes), so in a frame the root's size is set to
 * 32 px instead, as popup-a11y.spec.ts does: what rem sizes follow, and px sizes do not.
 */
async function growth(page: Page, where: () => Where, heading: string): Promise<number> {
  const size = () =>
    where()
      .locator(heading)
      .first()
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  await fontSizeSetting(page, 16);
  const normal = await size();
  if (where() === page) await fontSizeSetting(page, 32);
  else await where().evaluate(() => (document.documentElement.style.fontSize = '32px'));
  await expect.poll(size).not.toBe(normal);
  return (await size()) / normal;
}

/** Text cut off or spilling out of its box, and a page that scrolls sideways. */
function clippedText(where: Where, scope: string): Promise<string[]> {
  return where.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${selector}, ${selector} *`)) {
      if (!el.textContent?.trim() || getComputedStyle(el).display === 'inline') continue;
      if (el.clientWidth <= 1) continue; // visually hidden, for screen readers
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page scrolls sideways: ${root.scrollWidth}`);
    return out;
  }, scope);
}

/** Controls that cannot be brought fully into view in the window (or frame), left to right. */
function unreachableControls(where: Where, scope: string): Promise<string[]> {
  return where.evaluate((selector) => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      `${selector} :is(button, a[href], input, select, textarea, summary)`,
    );
    for (const el of controls) {
      if (el.getClientRects().length === 0) continue; // not shown (a closed section)
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > innerWidth + 1 || r.top < -1 || r.bottom > innerHeight + 1)
        out.push(
          `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
    }
    return out;
  }, scope);
}

test('text at 200%: the options page grows its text, cuts nothing off and keeps every control in reach', async ({
  page,
  ext,
}) => {
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Dr. Maya Lee').first()).toBeVisible();
  expect(await growth(page, () => page, 'h1')).toBe(2);
  expect(await clippedText(page, 'body')).toEqual([]);
  expect(await unreachableControls(page, 'body')).toEqual([]);
  // The policy form too: hours, channels, fees, many fields side by side.
  await page.getByRole('button', { name: 'Add a therapist' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: /Save/ }).first()).toBeVisible();
  expect(await clippedText(page, 'body')).toEqual([]);
  expect(await unreachableControls(page, 'body')).toEqual([]);
});

test('text at 200%: the pre-send dialog, in its frame, grows its text, cuts nothing off and keeps its buttons in reach', async ({
  page,
}) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'Could we move Thursday to Friday?' });
  await gmail.attemptSend(compose, 'click');
  await settleFrames(page);
  const dialog = gmail.dialog();
  await expect(dialog.locator('[data-action="send-anyway"]')).toBeVisible();
  const frame = () => checkFrame(page)!;
  expect(await growth(page, frame, '[data-testid="send-check-dialog"] h2')).toBe(2);
  expect(await clippedText(frame(), '[data-testid="send-check-dialog"]')).toEqual([]);
  expect(await unreachableControls(frame(), '[data-testid="send-check-dialog"]')).toEqual([]);
  // Still works: Edit returns to the draft, nothing sent.
  await dialog.locator('[data-action="edit"]').click();
  expect(await gmail.sent()).toHaveLength(0);
});

test('text at 200%: the compose badge grows its text, its frame grows with it, and nothing is cut off', async ({
  page,
}) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.addRecipient(compose, 'to', THERAPIST);
  await compose.locator('[g_editable="true"]').click();
  const frame = () => page.frames().find((f) => !f.isDetached() && /check-frame\.html#badge$/.test(f.url()))!;
  await expect.poll(() => frame() !== undefined).toBe(true);
  const badge = () => frame().locator('[data-testid="compose-badge"]');
  await expect(badge()).toBeVisible();
  expect(await growth(page, frame, '[data-testid="compose-badge"] h2')).toBe(2);
  // The page sizes the frame to the badge: the badge is whole inside it.
  await expect
    .poll(() =>
      frame().evaluate(() => {
        const r = document.querySelector('[data-testid="compose-badge"]')!.getBoundingClientRect();
        return r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      }),
    )
    .toBe(true);
  expect(await clippedText(frame(), '[data-testid="compose-badge"]')).toEqual([]);
  expect(await unreachableControls(frame(), '[data-testid="compose-badge"]')).toEqual([]);
  // Typing still lands in the draft.
  await page.keyboard.type('Every key lands.');
  expect((await gmail.bodyText(compose)).split('\n')[0]).toBe('Every key lands.');
});
