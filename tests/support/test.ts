import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './extension';
import { serveWebmailFixtures } from './fixture-server';

/**
 * Playwright fixtures: one Chromium with the built extension per worker (starting it takes a
 * second), a fresh page per test, fixtures served at the real webmail URLs.
 */
export const test = base.extend<{ page: Page }, { ext: ExtensionSession }>({
  ext: [
    // Playwright requires the object pattern even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const session = await launchWithExtension();
      await serveWebmailFixtures(session.context);
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };
