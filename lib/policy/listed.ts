import type { Draft } from '../draft';
import { allRecipients } from '../draft';
import { matchesAny, mentionsName, parseRecipient, sameName } from './address';
import type { Counterpart, Settings } from './settings';
import { counterparts } from './settings';

/**
 * The listed people (therapists in the client role, clients in the therapist role) a draft is
 * addressed to, in the order they appear. A recipient shown by name alone matches a listed person
 * of that exact name. Cheap enough to run in the mail page.
 */
export function listedRecipients(draft: Pick<Draft, 'to' | 'cc' | 'bcc'>, settings: Settings): Counterpart[] {
  const people = counterparts(settings);
  const found: Counterpart[] = [];
  for (const raw of allRecipients(draft)) {
    const { address, name } = parseRecipient(raw);
    const match = people.find((p) =>
      address ? matchesAny(address, p.emails) : name !== undefined && namesOf(p).some((n) => sameName(name, n)),
    );
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}

/**
 * Does a listed person show anywhere in this text: one of their address entries, or their name
 * as whole words? For a compose whose recipients cannot be read, so that only such a compose is
 * held as unchecked, never every one.
 */
export function mentionsListed(text: string, settings: Settings): boolean {
  const hay = text.normalize('NFKC').toLowerCase();
  return counterparts(settings).some(
    (p) =>
      p.emails.some((entry) => hay.includes(entry.trim().toLowerCase())) ||
      namesOf(p).some((n) => mentionsName(text, n)),
  );
}

/** The listed name and the other names (aliases) a webmail may show for them. */
export function namesOf(p: Counterpart): string[] {
  return [p.name, ...(p.aliases ?? [])].filter((n) => n !== '');
}
