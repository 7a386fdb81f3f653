/**
 * The one catalogue of user-facing words (docs/i18n.md). Each language is
 * `public/_locales/<lang>/messages.json` in the browser's own format, so the browser picks the
 * user's language (falling back to English for a key a language lacks) and the manifest uses the
 * same keys. Pure, and the catalogue is not bundled here: the entry points hand in the browser's
 * lookup with `setTranslator` (`lib/i18n/browser.ts`); Node and the unit tests hand in English
 * (`lib/i18n/english.ts`).
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Translator = (key: MessageKey, substitutions: string[]) => string;

/** The browser's `i18n.getMessage` rules: `$NAME$` names a placeholder, `$1` its argument, `$$` is `$`. */
export function format(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined
        ? whole
        : content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

// Until an entry point installs a lookup, a key shows as itself: visible, never blank.
let translate: Translator = (key) => key;

export function setTranslator(lookup: Translator): void {
  translate = lookup;
}

/** The words for `key` in the user's language, with `substitutions` in its placeholders. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return translate(key, substitutions.map(String));
}

/** Stand-ins for `$1`…`$9`, read once for each warm key so it can be filled in later. */
const SLOTS = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}\uE001`);

/**
 * A lookup that keeps what it found. A content script outlives its extension when the extension
 * is updated or reloaded, and from then on the browser's lookup throws ("Extension context
 * invalidated"): words looked up before, and the `warm` keys read at once, are still there; any
 * other key shows as itself, and no lookup ever throws into the UI that needs it. A warm key is
 * read with stand-ins in its placeholders, so it can still be filled with any substitutions.
 */
export function rememberingLookup(lookup: Translator, warm: readonly MessageKey[] = []): Translator {
  const known = new Map<string, string>();
  const templates = new Map<string, string>();
  const fill = (template: string, substitutions: string[]) =>
    template.replace(/\uE000([1-9])\uE001/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  const fallback = (key: MessageKey, id: string, substitutions: string[]) => {
    const template = templates.get(key);
    return known.get(id) ?? (template !== undefined ? fill(template, substitutions) : key);
  };
  const remembered: Translator = (key, substitutions) => {
    const id = [key, ...substitutions].join('\u0000');
    try {
      const found = lookup(key, substitutions);
      if (found) known.set(id, found);
      return found || fallback(key, id, substitutions);
    } catch {
      return fallback(key, id, substitutions);
    }
  };
  for (const key of warm) {
    remembered(key, []);
    try {
      const template = lookup(key, SLOTS);
      if (template) templates.set(key, template);
    } catch {
      // Already gone: the key shows as itself.
    }
  }
  return remembered;
}
