import { t } from '.';

// For the extension's own pages only: the content script reads no key beyond its warm words
// (entrypoints/mail.content/words.ts), so this is not in lib/i18n/index.ts or browser.ts.

/** Scripts written right to left (the primary language subtag), for a language a catalogue may add. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The language of the catalogue in use and its writing direction, for an extension page's
 * `<html lang dir>`. The catalogue names its own language (`options_locale`, docs/i18n.md), so a
 * browser in a language we have no catalogue for gets English's tag, the words it actually shows.
 */
export function catalogueLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = t('options_locale');
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  return { lang, dir: RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr' };
}

/**
 * An extension page's `<html lang dir>` from the catalogue it shows (each page's index.html says
 * `lang="en"` until this runs): screen readers and hyphenation then follow the words on screen.
 */
export function setDocumentLanguage(doc: Document): void {
  const { lang, dir } = catalogueLanguage();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
}
