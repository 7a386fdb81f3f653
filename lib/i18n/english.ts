import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { format, type CatalogueEntry, type Translator } from './index';

/** English read straight from its catalogue, for Node and the unit tests (no `browser.i18n` there). */
export const englishTranslator: Translator = (key, substitutions) => {
  const entry = (english as Record<string, CatalogueEntry>)[key];
  return entry ? format(entry, substitutions) : key;
};
