/**
 * `npm run demo`: the built extension in Chromium, guarding a fake Gmail served at
 * https://mail.google.com and a fake Outlook on the web at https://outlook.office.com (nothing
 * touches the network).
 *
 *   node tests/demo/run-demo.ts [--headless] [--out DIR]
 *
 * Headed when a display is available (DISPLAY or WAYLAND_DISPLAY) and --headless is not given:
 * it goes slowly enough to watch and leaves the window open. Headless: it writes a screenshot
 * of each step into DIR (default demo-screenshots/ at the repo root).
 *
 * Plain Node runs this file by type stripping: erasable TypeScript only, imports with `.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  CHROME_BUILD,
  findChromium,
  launchWithExtension,
  ROOT,
  setSettings,
  type ExtensionSession,
} from '../support/extension.ts';
import { gmailUrl, outlookUrl, serveWebmailFixtures } from '../support/fixture-server.ts';
import { checkFrame, dialogLocator } from '../support/dialog-frame.ts';
import { GM } from '../support/gmail-page.ts';
import { OL } from '../support/outlook-page.ts';

const THERAPIST = { name: 'Dr. Maya Lee', email: 'maya@calmpractice.example' };
const FRIEND = 'sam.friend@example.org';
const NOT_LISTED = 'alex.landlord@example.net';

interface Sent {
  action: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
}

// ----- arguments -----
function parseArgs(argv: string[]): { headless: boolean; out: string } {
  let headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let out = path.join(ROOT, 'demo-screenshots');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') headless = true;
    else if (arg === '--out' && argv[i + 1]) out = path.resolve(argv[++i]!);
    else if (arg?.startsWith('--out=')) out = path.resolve(arg.slice('--out='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tests/demo/run-demo.ts [--headless] [--out DIR]');
      process.exit(0);
    } else {
      console.error(`demo: unknown argument ${arg}`);
      process.exit(1);
    }
  }
  return { headless, out };
}

// ----- Chromium -----
function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('demo: no Chromium found; trying `npx playwright install chromium` once (a download of about 150 MB)...');
  try {
    execFileSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
      stdio: 'pipe',
      cwd: ROOT,
      timeout: 600_000,
    });
  } catch (error) {
    // No network, or no permission: say why in one line, then fall through to the message below.
    const output =
      String((error as { stdout?: unknown }).stdout ?? '') + String((error as { stderr?: unknown }).stderr ?? '');
    const reason =
      output.split('\n').find((line) => /error/i.test(line)) ?? (error instanceof Error ? error.message : '');
    console.log(`demo: that failed: ${reason.trim()}`);
  }
  const after = findChromium();
  if (after) return after;
  console.error(
    [
      'demo: no Chromium to run the extension in, and Playwright could not download one.',
      'Get one of these, then run `npm run demo` again:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - or set CHROMIUM_PATH to a Chromium binary, e.g. CHROMIUM_PATH=/path/to/chromium npm run demo',
      'Google-branded Chrome does not work: since version 137 it ignores --load-extension.',
    ].join('\n'),
  );
  process.exit(1);
}

// ----- the demo -----
async function main(): Promise<void> {
  const { headless, out } = parseArgs(process.argv.slice(2));
  const slow = headless ? 0 : 150; // ms between actions when someone is watching
  const chromiumPath = ensureChromium();
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`no built extension at ${CHROME_BUILD}: run \`npm run build\` (npm run demo builds it first).`);
  }
  if (headless) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  }

  let step = 'start Chromium';
  let session: ExtensionSession | null = null;
  const t0 = Date.now();
  const say = (line: string) => console.log(line);
  const pause = (page: Page, ms = slow) => (ms > 0 ? page.waitForTimeout(ms) : Promise.resolve());
  const shot = async (page: Page, name: string) => {
    if (!headless) return;
    await page.screenshot({ path: path.join(out, name) });
  };
  const typeInto = async (page: Page, target: Locator, text: string) => {
    await target.click();
    await pause(page);
    await target.pressSequentially(text, { delay: slow ? 25 : 0 });
  };
  const addRecipient = async (page: Page, compose: Locator, field: 'to' | 'cc', address: string) => {
    if (field === 'cc') await compose.locator(GM.ccToggle).click();
    const input = compose.locator(GM.recipientInput(field)).first();
    await typeInto(page, input, address);
    await input.press('Enter');
    await pause(page);
  };
  const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent.slice());

  try {
    say(
      `demo: ${headless ? 'headless' : 'headed'} Chromium at ${chromiumPath}, extension from ${path.relative(ROOT, CHROME_BUILD)}/`,
    );
    session = await launchWithExtension({ headless });
    const { context, worker, extensionId } = session;
    await serveWebmailFixtures(context);
    await setSettings(worker, [{ name: THERAPIST.name, emails: [THERAPIST.email] }]);
    say(`demo: extension ${extensionId} loaded; listed ${THERAPIST.name} <${THERAPIST.email}> in its storage`);
    const page = context.pages()[0] ?? (await context.newPage());

    // 1. The options page.
    step = '1 (options page)';
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const listed = page.locator('[data-testid="therapist"]');
    await listed.filter({ hasText: THERAPIST.email }).waitFor();
    await shot(page, '1-options.png');
    say(
      `1. Options page lists ${await listed.count()} therapist: ${THERAPIST.name} <${THERAPIST.email}>, with their contact policy`,
    );
    await pause(page, slow * 8);

    // 2. A message to the therapist with a friend in Cc: Send stops at the dialog.
    step = '2 (message to the therapist, click Send)';
    await page.goto(gmailUrl('compose-peoplekit'));
    let compose = page.locator(GM.compose).last();
    await compose.waitFor();
    await addRecipient(page, compose, 'to', THERAPIST.email);
    await addRecipient(page, compose, 'cc', FRIEND);
    await typeInto(page, compose.locator(GM.subject), 'Thursday');
    await typeInto(page, compose.locator(GM.body), 'Could we move Thursday to 4pm? Sam is copied, as we discussed.');
    await pause(page);
    await compose.locator(GM.send).click(); // a real click: mousedown, mouseup, click
    await waitForFrame(page);
    let dialog = dialogLocator(page, GM.dialog);
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    for (const id of ['encryption', 'other-recipients']) {
      if ((await dialog.locator(`[data-finding-id="${id}"]`).count()) !== 1)
        throw new Error(`the dialog has no "${id}" finding`);
    }
    if ((await sent(page)).length !== 0) throw new Error('the message went out before the dialog was answered');
    await shot(page, '2-dialog.png');
    const findings = await dialog
      .locator('[data-finding-id]')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-finding-id')}: ${el.querySelector('h3')?.textContent ?? ''}`),
      );
    say(`2. Send on a message to ${THERAPIST.email} (Cc ${FRIEND}) stopped at the dialog. Nothing sent. Findings:`);
    for (const f of findings) say(`     - ${f}`);
    await pause(page, slow * 12);

    // 3. Send anyway: exactly one send.
    step = '3 (Send anyway)';
    await dialog.locator('[data-action="send-anyway"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0, null, {
      timeout: 5000,
    });
    await page.waitForTimeout(300); // a second send would show up here
    const afterAnyway = await sent(page);
    if (afterAnyway.length !== 1)
      throw new Error(`expected exactly one send, the fake Gmail recorded ${afterAnyway.length}`);
    const first = afterAnyway[0]!;
    await shot(page, '3-sent.png');
    say(`3. "Send anyway" -> the fake Gmail recorded exactly one send:`);
    say(
      `     ${first.action}: to ${first.to.join(', ')}; cc ${first.cc.join(', ') || '-'}; subject "${first.subject}"`,
    );
    say(`     body: ${JSON.stringify(first.body)}`);
    await pause(page, slow * 6);

    // 4. A message to someone not listed goes out at once.
    step = '4 (message to someone not listed)';
    await page.locator(GM.composeButton).click();
    compose = page.locator(GM.compose).last();
    await compose.waitFor();
    await addRecipient(page, compose, 'to', NOT_LISTED);
    await typeInto(page, compose.locator(GM.subject), 'Boiler');
    await typeInto(page, compose.locator(GM.body), 'The boiler is making that noise again.');
    await pause(page);
    await compose.locator(GM.send).click();
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 1, null, {
      timeout: 5000,
    });
    await page.waitForTimeout(300); // a late dialog would show up here
    if ((await dialog.count()) !== 0) throw new Error('a dialog opened for mail to someone not listed');
    const all = await sent(page);
    if (all.length !== 2) throw new Error(`expected two sends in all, the fake Gmail recorded ${all.length}`);
    await shot(page, '4-not-listed.png');
    say(`4. A message to ${all[1]!.to.join(', ')} (not listed) was sent at once, with no dialog.`);

    // 5. Outlook on the web, where chips often show a name only: the same check.
    step = '5 (Outlook: message to the therapist, shown by name only)';
    await page.goto(outlookUrl('name-only'));
    const draft = page.locator(OL.compose).last();
    await draft.waitFor();
    await typeInto(page, draft.locator(OL.well('to')), THERAPIST.email);
    await page.keyboard.press('Enter'); // Outlook turns the address into a chip with the name only
    await typeInto(page, draft.locator(OL.subject), 'Homework');
    await typeInto(page, draft.locator(OL.body), 'I did the breathing exercise twice this week.');
    await pause(page);
    const chip = (await draft.locator(OL.well('to')).locator(OL.chip).allInnerTexts()).join(', ');
    await draft.locator(OL.send).click();
    // A new page, a new extension frame.
    await waitForFrame(page);
    dialog = dialogLocator(page, GM.dialog);
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    if ((await sent(page)).length !== 0) throw new Error('the Outlook message went out before the dialog was answered');
    await shot(page, '5-outlook-dialog.png');
    say(
      `5. Outlook on the web (https://outlook.office.com): To shows only "${chip}"; that is ${THERAPIST.name}'s name, so Send stopped at the dialog.`,
    );
    await pause(page, slow * 12);

    step = '6 (Outlook: Send anyway)';
    await dialog.locator('[data-action="send-anyway"]').click();
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0, null, {
      timeout: 5000,
    });
    await page.waitForTimeout(300); // a second send would show up here
    const outlookSent = await sent(page);
    if (outlookSent.length !== 1)
      throw new Error(`expected exactly one send, the fake Outlook recorded ${outlookSent.length}`);
    await shot(page, '6-outlook-sent.png');
    say(
      `6. "Send anyway" -> the fake Outlook recorded exactly one send, to ${outlookSent[0]!.to.join(', ')}: "${outlookSent[0]!.subject}".`,
    );

    step = 'finish';
    if (headless) {
      say(`demo: done in ${((Date.now() - t0) / 1000).toFixed(1)} s. Screenshots: ${out}`);
      await session.close();
    } else {
      say('demo: done. Close the browser window to finish.');
      await new Promise<void>((resolve) => context.once('close', () => resolve()));
      await session.close();
    }
  } catch (error) {
    console.error(
      `demo: FAILED at step ${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    if (session) await session.close().catch(() => {});
    process.exit(1);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`demo: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

/** The dialog's extension frame, once its URL has committed (up to 5 s). */
async function waitForFrame(page: Page): Promise<void> {
  for (let i = 0; i < 50 && !checkFrame(page); i++) await page.waitForTimeout(100);
}
