import type { Draft } from '../draft';
import { allRecipients } from '../draft';
import { matchesAny, mentionsName, parseRecipient, sameName } from './address';

/**
 * Who is listed, and nothing else: what the mail page needs to decide whether a compose is its
 * business. The background reads and validates the settings (with the full schema) and hands the
 * page this plain view, so the page's script carries neither the settings schema nor any policy.
 */
export interface ListedPerson {
  /**
   * The counterpart's id in the settings: the compose badge's frame reads the policy by it from
   * extension storage itself, so the policy never passes through the page.
   */
  id?: string;
  name: string;
  /** Other display names a webmail may show for them (a therapist's `aliases`). */
  aliases?: readonly string[];
  /** Addresses and "@domain" entries, lower case. */
  emails: readonly string[];
  /** The policy's secure channel (`email.secureChannel`), which the dialog offers to open. */
  secureChannel?: { name: string; url: string };
}

export interface ListedView {
  /**
   * `ok`: the settings were read. `unreadable`: the stored settings could not be read (who is
   * listed is unknown). `managed-pending`: what an organisation deploys was not read yet, so
   * someone deployed may be missing from `people`.
   */
  status: 'ok' | 'unreadable' | 'managed-pending';
  people: ListedPerson[];
}

/** The listed people a draft is addressed to, in the order they appear. */
export function matchListed<P extends ListedPerson>(
  draft: Pick<Draft, 'to' | 'cc' | 'bcc'>,
  people: readonly P[],
): P[] {
  const found: P[] = [];
  for (const raw of allRecipients(draft)) {
    const { address, name } = parseRecipient(raw);
    const match = people.find((p) =>
      address ? matchesAny(address, p.emails) : name !== undefined && namesOf(p).some((n) => sameName(name, n)),
    );
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}

/** Does one of these people show anywhere in the text: an address entry, or a name as whole words? */
export function mentionsAnyone(text: string, people: readonly ListedPerson[]): boolean {
  const hay = text.normalize('NFKC').toLowerCase();
  return people.some(
    (p) =>
      p.emails.some((entry) => hay.includes(entry.trim().toLowerCase())) ||
      namesOf(p).some((n) => mentionsName(text, n)),
  );
}

/** The listed name and the other names (aliases) a webmail may show for them. */
export function namesOf(p: ListedPerson): string[] {
  return [p.name, ...(p.aliases ?? [])].filter((n) => n !== '');
}

const STATUSES: readonly ListedView['status'][] = ['ok', 'unreadable', 'managed-pending'];
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTextList = (v: unknown, maxItems: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => isText(s, max));

/** A secure channel as the policy allows it: a name and an https link; anything else is null. */
function parseChannel(raw: unknown): { name: string; url: string } | null {
  if (!raw || typeof raw !== 'object') return null;
  const { name, url } = raw as { name?: unknown; url?: unknown };
  if (!isText(name, 200) || name === '' || !isText(url, 2000) || !url.startsWith('https://')) return null;
  return { name, url };
}

/**
 * Reads a view from a message, by hand (no schema library in the page): anything malformed is
 * `null`, which the page treats as "who is listed is unknown", never as "nobody".
 */
export function parseListedView(raw: unknown): ListedView | null {
  if (!raw || typeof raw !== 'object') return null;
  const { status, people } = raw as { status?: unknown; people?: unknown };
  if (!STATUSES.includes(status as ListedView['status']) || !Array.isArray(people) || people.length > 6000) return null;
  const out: ListedPerson[] = [];
  for (const p of people as unknown[]) {
    if (!p || typeof p !== 'object') return null;
    const { id, name, aliases, emails, secureChannel } = p as {
      id?: unknown;
      name?: unknown;
      aliases?: unknown;
      emails?: unknown;
      secureChannel?: unknown;
    };
    if (!isText(name, 200) || !isTextList(emails, 100, 400)) return null;
    if (id !== undefined && (!isText(id, 100) || id === '')) return null;
    if (aliases !== undefined && !isTextList(aliases, 20, 200)) return null;
    const channel = secureChannel === undefined ? undefined : parseChannel(secureChannel);
    if (channel === null) return null;
    out.push({
      ...(id !== undefined ? { id } : {}),
      name,
      emails,
      ...(aliases ? { aliases } : {}),
      ...(channel ? { secureChannel: channel } : {}),
    });
  }
  return { status: status as ListedView['status'], people: out };
}
