import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/support/test';

/**
 * Two projects, one runner. chromium: every spec, in Debian's Chromium through Playwright.
 * firefox: the browser-neutral specs (the send-path suite's tests tagged @firefox, the policy
 * import, Firefox's own no-network proof), in Debian's Firefox ESR through puppeteer-core over
 * WebDriver BiDi (tests/support/firefox.ts).
 */
const FIREFOX_SPECS = [
  'gmail-send-paths.spec.ts',
  'outlook-send-paths.spec.ts',
  'policy-import.spec.ts',
  'dialog-finder.spec.ts',
  'firefox-no-network.spec.ts',
  'compose-badge.spec.ts',
  'firefox-update.spec.ts',
  'firefox-notes-and-suppressions.spec.ts',
  'compose-badge-outlook.spec.ts',
];

// One worker: these machines have two cores, and every test drives a real browser.
export default defineConfig<object, { engine: Engine }>({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: { trace: 'off' },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' }, testIgnore: ['firefox-*.spec.ts'] },
    {
      name: 'firefox',
      use: { engine: 'firefox' },
      testMatch: FIREFOX_SPECS,
      grep: [/@firefox/],
    },
  ],
});
