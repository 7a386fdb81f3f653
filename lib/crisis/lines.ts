import type { CrisisLine } from './resources';
import { CRISIS_DATA, EU_MEMBER_STATES, FALLBACK_GUIDANCE } from './resources';

export type { CrisisContact, CrisisLine } from './resources';
export { FALLBACK_GUIDANCE } from './resources';

export interface CrisisLines {
  /** The region whose lines these are (upper-case ISO code), or null when none is known. */
  region: string | null;
  /** Verified lines first, then any marked `unconfirmed`. Empty when `fallback` is set. */
  lines: CrisisLine[];
  /** Plain guidance when there are no lines for the region. */
  fallback?: string;
}

/** Codes people use that ISO does not. */
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/**
 * The crisis lines to show: for the user's own region when they set one (they know where they
 * are), else for the therapist's. A region with no entry gets general guidance, never another
 * country's numbers. An EU member state without its own entry gets the EU-wide numbers.
 */
export function crisisLinesFor(userRegion: string | undefined, therapistRegion: string | undefined): CrisisLines {
  const region = normalize(userRegion) ?? normalize(therapistRegion);
  if (!region) return { region: null, lines: [], fallback: FALLBACK_GUIDANCE };
  const entry = CRISIS_DATA[region] ?? (EU_MEMBER_STATES.includes(region) ? CRISIS_DATA.EU : undefined);
  if (!entry) return { region, lines: [], fallback: FALLBACK_GUIDANCE };
  const lines = [...entry.lines.filter((l) => !l.unconfirmed), ...entry.lines.filter((l) => l.unconfirmed)];
  return { region, lines };
}

function normalize(code: string | undefined): string | undefined {
  const upper = code?.trim().toUpperCase();
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return undefined;
  return ALIASES[upper] ?? upper;
}
