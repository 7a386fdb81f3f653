import type { MessageKey } from '../i18n';
import type { InstantStyle, MessageArg, MessagePart } from './finding';

/** The catalogue lookup to read with: `t`'s signature, an empty answer or the key itself meaning "missing". */
export type Lookup = (key: MessageKey, substitutions: string[]) => string;

/** Intl.DateTimeFormat options of each `{ instant }` style; "…" are English (en-GB) examples. */
const INSTANT: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  /** "Tuesday 10:00" */
  'weekday-time': { weekday: 'long', hour: '2-digit', minute: '2-digit' },
  /** "Tuesday 24 November at 10:00" */
  'day-time': { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  /** "Tuesday 24 November" */
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "24 November 2026" */
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "Tuesday" */
  weekday: { weekday: 'long' },
  /** "10:00" */
  time: { hour: '2-digit', minute: '2-digit' },
};

class Missing extends Error {}

function word(lookup: Lookup, key: MessageKey, substitutions: string[]): string {
  const found = lookup(key, substitutions);
  if (!found || found === key) throw new Missing(key);
  return found;
}

function arg(a: MessageArg, lookup: Lookup, locale: string): string {
  if (typeof a === 'string') return a;
  if ('phrase' in a) return word(lookup, a.phrase, []);
  if ('list' in a)
    return new Intl.ListFormat(locale, { type: a.type === 'and' ? 'conjunction' : 'disjunction' }).format(
      a.list.map((item) => arg(item, lookup, locale)),
    );
  if ('number' in a)
    return new Intl.NumberFormat(locale, a.unit ? { style: 'unit', unit: a.unit, unitDisplay: 'long' } : {}).format(
      a.number,
    );
  const date = new Date(a.instant);
  if (Number.isNaN(date.getTime())) throw new Missing(a.instant);
  return new Intl.DateTimeFormat(locale, { ...INSTANT[a.style], timeZone: a.zone }).format(date);
}

/**
 * A finding's `messageParts` in the lookup's language (docs/i18n.md, "Finding messages"): each
 * part's key filled with its arguments, the parts joined by a space. Lists, numbers and instants
 * are written by Intl in `locale`, the language the lookup's catalogue names. Undefined when a
 * key is missing or Intl refuses a value (an unknown time zone): the caller then shows the
 * English `message`, never a blank.
 */
export function renderParts(parts: readonly MessagePart[], lookup: Lookup, locale: string): string | undefined {
  try {
    return parts
      .map((p) =>
        word(
          lookup,
          p.key,
          (p.args ?? []).map((a) => arg(a, lookup, locale)),
        ),
      )
      .join(' ');
  } catch {
    return undefined;
  }
}
