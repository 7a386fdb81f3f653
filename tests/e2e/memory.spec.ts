import { test, expect, type CDPSession, type Page } from '@playwright/test';
import type { ExtensionSession } from '../support/extension';
import { ownSession } from '../support/session';
import { gmailUrl } from '../support/fixture-server';
import { checkFrame, dialogLocator } from '../support/dialog-frame';
import { GM } from '../support/gmail-page';

/**
 * The extension keeps nothing of compose windows that are gone. 200 composes are opened, addressed
 * to the therapist, sent into the dialog, edited and closed; then, counted from outside through
 * the Chrome DevTools Protocol after a forced garbage collection, DOM nodes, event listeners and
 * the JS heap are back near where they started. The control runs the same loop on a page that
 * deliberately keeps its closed composes, and shows the counters do see such a leak.
 */
const THERAPIST = 'maya@calmpractice.example';
let session: ExtensionSession;

test.beforeAll(async () => {
  session = await ownSession([{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
});
test.afterAll(async () => session.close());

interface Counters {
  nodes: number;
  listeners: number;
  heapMB: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heapMB: heap.usedSize / 2 ** 20 };
}

/** Opens, fills, tries to send (dialog, then Esc), and closes `count` compose windows. */
async function cycle(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.locator(GM.composeButton).click();
    const compose = page.locator(GM.compose).last();
    const to = compose.locator(GM.recipientInput('to')).first();
    await to.fill(THERAPIST);
    await to.press('Enter');
    await compose.locator(GM.body).click();
    await page.keyboard.insertText(`Draft number ${i}.`);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => checkFrame(page)).not.toBeNull();
    await expect(dialogLocator(page, GM.dialog)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialogLocator(page, GM.dialog)).toHaveCount(0);
    await page.locator('button.Ha').last().click(); // Save & close, in the title bar outside .M9
    await expect(page.locator(GM.compose)).toHaveCount(0);
  }
}

async function measure(query: string, count: number): Promise<{ before: Counters; after: Counters }> {
  const page = await session.context.newPage();
  await page.goto(gmailUrl('compose-peoplekit', `openAtLoad=0&${query}`));
  const cdp = await session.context.newCDPSession(page);
  await cycle(page, 5); // warm up: lazy code and caches on both sides
  const before = await counters(cdp);
  await cycle(page, count);
  const after = await counters(cdp);
  await cdp.detach();
  await page.close();
  return { before, after };
}

test('200 compose windows later, the extension holds on to none of them', async () => {
  test.setTimeout(240_000);
  const { before, after } = await measure('', 200);
  console.log(
    `memory: after 200 composes: nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}, heap ${before.heapMB.toFixed(1)} -> ${after.heapMB.toFixed(1)} MB`,
  );
  // One compose window is ~250 DOM nodes and ~60 listeners: keeping even a tenth of them would show.
  expect(after.nodes - before.nodes).toBeLessThan(500);
  expect(after.listeners - before.listeners).toBeLessThan(100);
  expect(after.heapMB - before.heapMB).toBeLessThan(3);
});

test('control: the same counters see a page that keeps its closed composes', async () => {
  test.setTimeout(120_000);
  const { before, after } = await measure('leak=1', 40);
  console.log(
    `memory control (leak=1, 40 composes): nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}`,
  );
  expect(after.nodes - before.nodes).toBeGreaterThan(40 * 100);
});
