import { browser } from 'wxt/browser';
import { setTranslator } from '.';

/** Entry points call this first: words then come from the browser's catalogue for the user's language. */
export function installBrowserCatalogue(): void {
  setTranslator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
}
