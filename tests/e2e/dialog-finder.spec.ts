import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../support/extension';
import { FirefoxSurface, launchFirefox } from '../support/firefox';
import { FIXTURES_DIR, gmailUrl, serveWebmailFixtures } from '../support/fixture-server';
import { expect, test } from '../support/test';
import { findDialog, type Surface } from '../support/ui';

/**
 * The tests' dialog finder (ui.ts findDialog) reaches a dialog rendered in a frame of an
 * extension's own origin inside a closed shadow root, where the page's own scripts cannot see it,
 * in both browsers: a small probe extension (tests/fixtures/frame-probe/) puts such a frame on a
 * fake Gmail page. The send-path suite uses the same finder, so it keeps working when the
 * extension's UI moves into a frame of its own.
 */
const PROBE_FILES = path.join(FIXTURES_DIR, 'frame-probe');

function probeExtension(engine: 'chromium' | 'firefox'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'frame-probe-'));
  cpSync(PROBE_FILES, dir, { recursive: true });
  const content = [{ matches: ['https://mail.google.com/*'], js: ['probe.js'], run_at: 'document_idle' }];
  const manifest =
    engine === 'chromium'
      ? {
          manifest_version: 3,
          name: 'frame probe',
          version: '1.0',
          background: { service_worker: 'sw.js' },
          content_scripts: content,
          web_accessible_resources: [
            { resources: ['frame.html', 'frame.js'], matches: ['https://mail.google.com/*'], use_dynamic_url: true },
          ],
        }
      : {
          manifest_version: 2,
          name: 'frame probe',
          version: '1.0',
          browser_specific_settings: { gecko: { id: 'frame-probe@between-sessions.app' } },
          content_scripts: content,
          web_accessible_resources: ['frame.html', 'frame.js'],
        };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function withProbe(engine: 'chromium' | 'firefox', run: (surface: Surface) => Promise<void>): Promise<void> {
  const probe = probeExtension(engine);
  try {
    if (engine === 'chromium') {
      const session = await launchWithExtension({ extensionPath: probe.dir, coldStart: true });
      try {
        await serveWebmailFixtures(session.context);
        await run(await session.context.newPage());
      } finally {
        await session.close();
      }
    } else {
      const browser = await launchFirefox();
      try {
        await browser.installExtension(probe.dir);
        await run(await FirefoxSurface.open(browser));
      } finally {
        await browser.close();
      }
    }
  } finally {
    probe.remove();
  }
}

test('the dialog finder reaches a dialog in an extension frame inside a closed shadow root @firefox', async ({
  engine,
}) => {
  await withProbe(engine, async (surface) => {
    await surface.goto(gmailUrl('compose-peoplekit'));
    const dialog = findDialog(surface);
    await expect.poll(() => dialog.count()).toBe(1);

    // The page itself sees neither the dialog nor into the closed root.
    expect(
      await surface.evaluate(() => [
        document.querySelectorAll('[data-testid="send-check-dialog"]').length,
        document.getElementById('frame-probe-host')?.shadowRoot ?? null,
      ]),
    ).toEqual([0, null]);

    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.locator('[data-finding-id="encryption"]').innerText()).toBe('Probe finding');
    await dialog.locator('[data-action="edit"]').click();
    // A real click from the driver (isTrusted), read inside the frame.
    await expect.poll(() => dialog.evaluate((el) => el.ownerDocument.body.dataset['clicked'])).toBe('true');
  });
});
