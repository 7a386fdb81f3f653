import { COUNTRY_CODES } from '../../lib/policy/contact-policy';
import { pageLocale } from './dates';

// Made once per language: the page's language is fixed while it is open, the tests change it.
const made = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  if (!made.has(locale)) {
    try {
      made.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
    } catch {
      made.set(locale, null);
    }
  }
  return made.get(locale) ?? null;
}

/** "GB" -> "United Kingdom", in the page's language (Intl); the code when Intl cannot say. */
export function countryName(code: string): string {
  try {
    return displayNames(pageLocale())?.of(code) ?? code;
  } catch {
    return code;
  }
}

const sorted = new Map<string, { code: string; name: string }[]>();

/** Every ISO 3166-1 code with its name, sorted by name in the page's language. */
export function countryOptions(): { code: string; name: string }[] {
  const locale = pageLocale();
  let list = sorted.get(locale);
  if (!list) {
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    );
    sorted.set(locale, list);
  }
  return list;
}

/** The country of the browser's language ("en-GB" -> "GB"), when it names one. */
export function browserRegion(): string | undefined {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region;
    return region && COUNTRY_CODES.includes(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
