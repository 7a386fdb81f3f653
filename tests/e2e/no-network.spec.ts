import { test, expect, type Request } from '@playwright/test';
import { launchWithExtension, setSettings, type ExtensionSession } from '../support/extension';
import { serveWebmailFixtures } from '../support/fixture-server';
import { fixtureNamed, GM, GmailPage } from '../support/gmail-page';
import { OutlookPage, outlookFixtureNamed } from '../support/outlook-page';

const OUTLOOK_ORIGIN = 'https://outlook.office.com';

/**
 * Nothing leaves the browser: while the extension starts, the options page opens and mail is
 * checked and sent in Gmail and in Outlook, the only requests are the fixture pages themselves
 * (served locally at the real webmail URLs) and the extension's own files. The control shows the
 * same monitor catches a request the extension's background makes on purpose.
 */
let session: ExtensionSession;
const requests: string[] = [];
const record = (request: Request) => requests.push(request.url());

test.beforeAll(async () => {
  session = await launchWithExtension();
  session.context.on('request', record);
  await serveWebmailFixtures(session.context);
});
test.afterAll(async () => session.close());

function unexpected(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'chrome-extension:' && u.host === session.extensionId) return false;
    // The fake webmails' own pages, scripts and stylesheets (served by the test, never the network).
    const fake = u.origin === 'https://mail.google.com' || u.origin === OUTLOOK_ORIGIN;
    return !(fake && (u.searchParams.has('fx') || u.pathname.startsWith('/__fixtures/')));
  });
}

test('checking and sending mail makes no network request', async () => {
  await setSettings(session.worker, [{ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] }]);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await expect(options.getByTestId('therapist')).toHaveCount(1);

  const page = await session.context.newPage();
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: ['maya@calmpractice.example'],
    cc: ['sam@example.org'],
    subject: 'Thursday',
    body: 'I had a hard week.',
  });
  await gmail.attemptSend(compose, 'click');
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await page.locator(GM.composeButton).click();
  const second = page.locator(GM.compose).last();
  await gmail.write(second, { to: ['sam@example.org'], subject: 'Hi', body: 'Hi Sam.' });
  await gmail.attemptSend(second, 'ctrl-enter-body');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(2);

  const outlook = new OutlookPage(page, outlookFixtureNamed('name-only'));
  const draft = await outlook.open();
  await outlook.write(draft, { to: ['maya@calmpractice.example'], subject: 'Thursday', body: 'I had a hard week.' });
  await outlook.attemptSend(draft, 'click');
  await outlook.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => outlook.sent().then((s) => s.length)).toBe(1);
  await page.waitForTimeout(500);

  expect(requests.length).toBeGreaterThan(0); // the monitor saw the fixture loads
  expect(unexpected(requests)).toEqual([]);
});

test('control: a deliberate request from the extension is caught by the same monitor', async () => {
  const before = requests.length;
  await session.worker.evaluate(() =>
    fetch('https://telemetry.example.invalid/collect', { method: 'POST', body: 'x' }).catch(() => undefined),
  );
  await expect.poll(() => unexpected(requests.slice(before))).toEqual(['https://telemetry.example.invalid/collect']);
});
