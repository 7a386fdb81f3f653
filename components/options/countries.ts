import { COUNTRY_CODES } from '../../lib/policy/contact-policy';

let names: Intl.DisplayNames | null | undefined;

/** "GB" -> "United Kingdom", in the page's language (English); the code when Intl cannot say. */
export function countryName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

let sorted: { code: string; name: string }[] | undefined;

/** Every ISO 3166-1 code with its name, sorted by name. */
export function countryOptions(): { code: string; name: string }[] {
  sorted ??= COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  return sorted;
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
