import { browser } from 'wxt/browser';
import { setTranslator } from '.';

/**
 * Entry points call this first: words then come from the browser's catalogue for the user's
 * language. (WXT types getMessage from the catalogue as of its last `wxt prepare`; our keys are
 * already typed by lib/i18n and checked by tests/unit/locales.test.ts, so the plain signature.)
 */
export function installBrowserCatalogue(): void {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions: string[]) => string;
  setTranslator((key, substitutions) => getMessage(key, substitutions));
}
