import { browser } from 'wxt/browser';
import { rememberingLookup, setTranslator, type MessageKey } from '.';

/**
 * Entry points call this first: words then come from the browser's catalogue for the user's
 * language. `warm` names the keys a script may need after its extension went away (the content
 * script's fallback dialog). (WXT types getMessage from the catalogue as of its last
 * `wxt prepare`; our keys are already typed by lib/i18n and checked by
 * tests/unit/locales.test.ts, so the plain signature.)
 */
export function installBrowserCatalogue(warm: readonly MessageKey[] = []): void {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions: string[]) => string;
  setTranslator(rememberingLookup((key, substitutions) => getMessage(key, substitutions), warm));
}
