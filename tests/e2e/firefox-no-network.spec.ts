import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';
import { setSettings } from '../support/extension';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { OutlookPage, outlookFixtureNamed } from '../support/outlook-page';
import { findDialog } from '../support/ui';

/**
 * Nothing leaves Firefox either. Request interception over BiDi is per tab, so it cannot see what
 * the extension's background or its own pages fetch. Instead the whole browser is pointed at a
 * local proxy (Firefox's network.proxy prefs, HTTP and HTTPS, localhost included): any request
 * that would reach the network arrives there and is recorded, whoever makes it. The fixture tabs
 * are answered by interception before any connection is made, so while the extension starts, its
 * options page opens and mail is checked and sent in Gmail and Outlook, the proxy must see
 * nothing, and the tabs must have asked for nothing but fixtures and the extension's own files.
 * The control shows a request from an extension page (outside every intercepted tab) reaches it.
 * Not covered: traffic that does not use Firefox's proxy settings (none that a WebExtension with
 * only the storage permission can start is known).
 */
let proxy: Server;
const proxied: string[] = [];
let session: FirefoxSession;

test.beforeAll(async () => {
  proxy = createServer((req, res) => {
    proxied.push(req.url ?? '?');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  session = await launchFirefoxWithExtension({
    // Release builds take services.settings.server below only with this set.
    env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own updates of blocklists and certificate data (Remote Settings, at
      // firefox.settings.services.mozilla.com) are the browser talking, not the extension.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  console.log(`e2e browser: ${session.version}`);
});

test.afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

test('checking and sending mail in Firefox makes no network request @firefox', async () => {
  await setSettings(session.storage, [{ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] }]);
  const tab = await session.newSurface();
  await tab.goto(`${FIREFOX_EXTENSION_ORIGIN}/options.html`);
  await expect.poll(() => tab.locator('[data-testid="therapist"]').count()).toBe(1);

  const gmail = new GmailPage(tab, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: ['maya@calmpractice.example'],
    cc: ['sam@example.org'],
    subject: 'Thursday',
    body: 'I had a hard week.',
  });
  await gmail.attemptSend(compose, 'click');
  await findDialog(tab).locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);

  const outlook = new OutlookPage(tab, outlookFixtureNamed('name-only'));
  const draft = await outlook.open();
  await outlook.write(draft, { to: ['maya@calmpractice.example'], subject: 'Thursday', body: 'I had a hard week.' });
  await outlook.attemptSend(draft, 'click');
  await findDialog(tab).locator('[data-action="send-anyway"]').click();
  await expect.poll(() => outlook.sent().then((s) => s.length)).toBe(1);
  await tab.waitForTimeout(1000);

  // A new tab's own start page (data:, about:) is no request at all.
  expect(tab.refused.filter((url) => !/^(data|about):/.test(url))).toEqual([]);
  expect(proxied).toEqual([]);
  await tab.close();
});

test('control: a request from an extension page, outside every intercepted tab, reaches the proxy @firefox', async () => {
  const before = proxied.length;
  await session.storage.evaluate(
    () => fetch('https://telemetry.example.invalid/collect', { method: 'POST', body: 'x' }).catch(() => undefined),
    0,
  );
  // Firefox retries a refused connection: at least once, and nothing else.
  await expect.poll(() => proxied.slice(before)).toContain('CONNECT telemetry.example.invalid:443');
  expect(new Set(proxied.slice(before))).toEqual(new Set(['CONNECT telemetry.example.invalid:443']));
});
