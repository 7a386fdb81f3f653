import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setSettings, ROOT } from '../support/extension';
import { ownSession } from '../support/session';
import { gmailUrl } from '../support/fixture-server';
import { GM } from '../support/gmail-page';
import { expect, test } from '../support/test';

/**
 * Reports (does not assert) how long a send click takes to reach a decision, measured inside the
 * page from the pointerdown of a real click: to the dialog for mail to the therapist (the check
 * goes to the background and back; the draft was analysed while it was written), and to the
 * recorded send for mail to someone else (nothing is intercepted). Then the same with a stopped
 * (cold) background. Written to test-results/latency*.json and printed.
 */
const RUNS = 10;
const WORDS = 300;
const THERAPIST = 'maya@calmpractice.example';

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { runs: sorted.length, median: at(0.5), p90: at(0.9), min: at(0), max: at(1) };
}

test('send click to decision, with a 300-word draft', async ({ page, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  await page.goto(gmailUrl('compose-peoplekit', 'openAtLoad=0'));
  // Timestamps taken in the page: pointerdown (not intercepted by the extension), then the
  // dialog's layer or the fake Gmail's sent-log entry appearing.
  await page.evaluate(() => {
    const w = window as unknown as { __t: { down: number; dialog: number[]; sent: number[] } };
    w.__t = { down: 0, dialog: [], sent: [] };
    window.addEventListener('pointerdown', () => (w.__t.down = performance.now()), true);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          if (n.localName === 'between-sessions-layer') w.__t.dialog.push(performance.now() - w.__t.down);
          if (n.localName === 'li' || n.id === 'fake-sent-log') w.__t.sent.push(performance.now() - w.__t.down);
        }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const text = Array.from({ length: WORDS }, (_, i) => `word${i % 37}`).join(' ');

  for (let i = 0; i < RUNS; i++) {
    for (const to of [THERAPIST, 'sam@example.org']) {
      await page.locator(GM.composeButton).click();
      const compose = page.locator(GM.compose).last();
      const input = compose.locator(GM.recipientInput('to')).first();
      await input.fill(to);
      await input.press('Enter');
      await compose.locator(GM.body).click();
      await page.keyboard.insertText(text);
      // A person pauses before reaching for Send: the draft was analysed meanwhile (prefetch).
      await page.waitForTimeout(1000);
      await compose.locator(GM.send).click();
      if (to === THERAPIST) {
        await page.locator(GM.dialog).locator('[data-action="send-anyway"]').click();
      }
      await expect(page.locator(GM.compose)).toHaveCount(0);
    }
  }
  const t = await page.evaluate(() => (window as unknown as { __t: { dialog: number[]; sent: number[] } }).__t);
  // Each run adds one sent-log line per message; the first send also adds the log itself.
  const report = {
    draftWords: WORDS,
    clickToDialogMs: stats(t.dialog),
    clickToSentNotListedMs: stats(t.sent.filter((_, i) => i % 2 === 1)),
  };
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results/latency.json'), JSON.stringify(report, null, 2));
  console.log(`latency: ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'latency', description: JSON.stringify(report) });
  expect(t.dialog).toHaveLength(RUNS);
});

test('cold background: send click to dialog after the service worker was stopped', async () => {
  test.setTimeout(120_000);
  // Its own browser: stopping the worker would leave the shared session's worker handle stale.
  const session = await ownSession([{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
  try {
    const page = await session.context.newPage();
    await page.goto(gmailUrl('compose-peoplekit', 'openAtLoad=0'));
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.locator(GM.composeButton).click();
      const compose = page.locator(GM.compose).last();
      const input = compose.locator(GM.recipientInput('to')).first();
      await input.fill(THERAPIST);
      await input.press('Enter');
      await compose.locator(GM.body).click();
      await page.keyboard.insertText(Array.from({ length: WORDS }, (_, w) => `word${w % 37}`).join(' '));
      // The MV3 service worker sleeps after 30 s idle; stop it, as the browser would.
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      const started = Date.now();
      await compose.locator(GM.send).click();
      await expect(page.locator(GM.dialog)).toBeVisible({ timeout: 5000 });
      times.push(Date.now() - started);
      await expect(page.locator(GM.dialog).locator('[data-finding-id="unchecked"]')).toHaveCount(0);
      await page.locator(GM.dialog).locator('[data-action="send-anyway"]').click();
      await expect(page.locator(GM.compose)).toHaveCount(0);
    }
    const report = { coldClickToDialogMs: stats(times) };
    console.log(`latency (cold background): ${JSON.stringify(report)}`);
    writeFileSync(path.join(ROOT, 'test-results/latency-cold.json'), JSON.stringify(report, null, 2));
    test.info().annotations.push({ type: 'latency', description: JSON.stringify(report) });
  } finally {
    await session.close();
  }
});
