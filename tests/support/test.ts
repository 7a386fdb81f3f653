import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession, type StorageHost } from './extension';
import { launchFirefoxWithExtension, FIREFOX_EXTENSION_ORIGIN } from './firefox';
import { serveWebmailFixtures } from './fixture-server';
import type { Surface } from './ui';

/** Which browser a Playwright project runs (playwright.config.ts). */
export type Engine = 'chromium' | 'firefox';

/** One browser with the built extension, whichever it is: what browser-neutral specs use. */
export interface BrowserSession {
  engine: Engine;
  /** As the browser reports it, e.g. "firefox/153.8.0" or "chromium/156.0.7445.0". */
  version: string;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  storage: StorageHost;
  newSurface(): Promise<{ surface: Surface; close(): Promise<void> }>;
  /** The Chromium session, for Chromium-only specs. */
  chromium: ExtensionSession | null;
  close(): Promise<void>;
}

async function launchChromium(): Promise<BrowserSession> {
  const session = await launchWithExtension();
  await serveWebmailFixtures(session.context);
  const agent = await session.worker.evaluate(() => navigator.userAgent);
  return {
    engine: 'chromium',
    version: `chromium/${/Chrom(?:e|ium)\/([\d.]+)/.exec(agent)?.[1] ?? agent}`,
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    storage: session.worker,
    newSurface: async () => {
      const page = await session.context.newPage();
      return { surface: page, close: () => page.close() };
    },
    chromium: session,
    close: () => session.close(),
  };
}

async function launchFirefox(): Promise<BrowserSession> {
  const session = await launchFirefoxWithExtension();
  return {
    engine: 'firefox',
    version: session.version,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    storage: session.storage,
    newSurface: async () => {
      const surface = await session.newSurface();
      return { surface, close: () => surface.close() };
    },
    chromium: null,
    close: () => session.close(),
  };
}

/**
 * Playwright fixtures: one browser with the built extension per worker (starting it takes a
 * second or four), a fresh tab per test, fixtures served at the real webmail URLs. `ui` is the
 * browser-neutral tab (ui.ts) for specs that run in both projects; `page` and `ext` are
 * Chromium's, for the Chromium-only specs.
 */
export const test = base.extend<
  { page: Page; ui: Surface },
  { engine: Engine; session: BrowserSession; ext: ExtensionSession }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  session: [
    async ({ engine }, use) => {
      const session = engine === 'firefox' ? await launchFirefox() : await launchChromium();
      // Debian's browsers move with security updates (Firefox ESR went from 140 to 153): say which ran.
      console.log(`e2e browser: ${session.version}`);
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
  ext: [
    async ({ session }, use) => {
      if (!session.chromium)
        throw new Error(`this spec drives Chromium only; the ${session.engine} project must not run it`);
      await use(session.chromium);
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
  ui: async ({ session }, use) => {
    const { surface, close } = await session.newSurface();
    await use(surface);
    await close();
  },
});

export { expect };
