import { t } from './index';

/**
 * The language tag of the catalogue `t` reads (`options_locale`, docs/i18n.md), for Intl: dates,
 * lists and numbers then agree with the words around them. English's own tag when the catalogue
 * gives none or one Intl does not know.
 */
export function catalogueLocale(): string {
  try {
    return Intl.getCanonicalLocales(t('options_locale'))[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}
