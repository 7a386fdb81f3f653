import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { setSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { openPopupFor } from '../support/popup';
import { THERAPIST } from '../support/send-suite';
import { expect, test } from '../support/test';

/**
 * The popup and the options page for everyone (issue 14, item 7): no axe violations on the popup
 * in light and dark mode, no motion when the user asks for less (prefers-reduced-motion), and
 * the popup's text at 200% with nothing cut off (WCAG 2.2, 1.4.4).
 */
async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${state})`).toEqual([]);
}

const NOTES = [
  { id: 'n1', savedAt: '2026-11-30T10:00:00.000Z', therapist: 'Dr. Maya Lee', subject: 'Thursday', body: 'Kept.' },
  { id: 3 },
];

test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  await ext.worker.evaluate(async (notes) => chrome.storage.local.set({ notes }), NOTES);
});
test.afterEach(async ({ ext }) => {
  await ext.worker.evaluate(async () => chrome.storage.local.set({ notes: [] }));
});

/** A Gmail tab with a draft to the therapist, and the popup for it. */
async function popupOnGmail(page: Page, ext: Parameters<typeof openPopupFor>[0]): Promise<Page> {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  const popup = await openPopupFor(ext, page);
  await expect(popup.getByTestId('popup-notes-unreadable')).toBeVisible();
  return popup;
}

test('axe: the popup on Gmail and on another tab, light and dark', async ({ page, ext }) => {
  const popup = await popupOnGmail(page, ext);
  await popup.locator('details summary').first().click(); // the report shown too
  await popup.getByTestId('note').locator('summary').first().click(); // and a note's text
  await expectNoAxeViolations(popup, 'Gmail, light');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(popup, 'Gmail, dark');

  const other = await openPopupFor(ext, popup);
  await expect(other.getByTestId('self-check')).toHaveAttribute('data-host', 'none');
  await expectNoAxeViolations(other, 'not webmail, light');
  await other.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(other, 'not webmail, dark');
});

/** Every element's animation and transition durations that are not zero, as "tag: durations". */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const all = [...seconds(style.animationDuration), ...seconds(style.transitionDuration)];
        if (all.some((s) => s > 0))
          out.push(
            `${el.tagName.toLowerCase()}${pseudo ?? ''}: ${style.animationDuration} / ${style.transitionDuration}`,
          );
      }
    }
    return out;
  });
}

/** What a later stylesheet might add: motion on buttons, links, sections. */
const ADDED_MOTION = 'button, a, section { transition: color 300ms; animation: added 1s infinite; }';

test('reduced motion: no animation or transition on the popup or the options page', async ({ page, ext }) => {
  const popup = await popupOnGmail(page, ext);
  await popup.addStyleTag({ content: ADDED_MOTION });
  // With no preference the motion is there: the measure sees it.
  expect((await moving(popup)).length).toBeGreaterThan(0);
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  expect(await moving(popup)).toEqual([]);

  // The options page, opened at the notes as the popup's link does: it marks them with a fade.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html#notes`);
  await expect(options.getByTestId('notes-section')).toBeFocused();
  expect(await moving(options)).toEqual([expect.stringMatching(/^section: 1\.6s/)]);
  await options.emulateMedia({ reducedMotion: 'reduce' });
  await options.addStyleTag({ content: ADDED_MOTION });
  expect(await moving(options)).toEqual([]);
  await options.close();
});

test('text at 200%: the popup scales it and cuts nothing off', async ({ page, ext }) => {
  const popup = await popupOnGmail(page, ext);
  await popup.locator('details summary').first().click();
  await popup.getByTestId('note').locator('summary').first().click();
  const headingSize = () => popup.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const normal = await headingSize();
  // The browser's font size setting at 200% (16px to 32px): what rem sizes follow.
  await popup.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  expect(await headingSize()).toBe(normal * 2);

  const clipped = await popup.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main, main *')) {
      // Words for screen readers only are clipped to nothing on purpose.
      if (!el.textContent?.trim() || getComputedStyle(el).display === 'inline' || el.closest('.visually-hidden'))
        continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}: ${el.textContent.slice(0, 40)}`);
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page scrolls sideways: ${root.scrollWidth}`);
    return out;
  });
  expect(clipped).toEqual([]);
  // Every line of the popup is still there to read.
  await expect(popup.getByTestId('popup-checks')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Open your notes' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Therapists and settings' })).toBeVisible();
});
