import type { Frame, Locator, Page } from '@playwright/test';

/** The extension's dialog page, as its frame's URL ends (chrome-extension://<id or dynamic id>/...). */
const FRAME_PATH = '/check-frame.html';

/**
 * The extension frame on a mail page. It sits in a closed shadow root, which CSS locators cannot
 * enter, but Playwright lists every frame of the page whatever element holds it: found by its URL.
 */
export function checkFrame(page: Page): Frame | null {
  return (
    page
      .frames()
      .find(
        (f) => /^(chrome|moz)-extension:$/.test(safeProtocol(f.url())) && new URL(f.url()).pathname === FRAME_PATH,
      ) ?? null
  );
}

/**
 * Where the pre-send dialog is: in the extension frame once the page has one, else the page
 * (where it is never found: the fallback's shadow root is closed; see fallbackDialog below).
 */
export function dialogLocator(page: Page, selector: string): Locator {
  const frame = checkFrame(page);
  return frame ? frame.locator(selector) : page.locator(selector);
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
