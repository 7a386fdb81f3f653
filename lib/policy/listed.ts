import type { Draft } from '../draft';
import { allRecipients } from '../draft';
import { matchesAny, parseRecipient, sameName } from './address';
import type { Settings, Therapist } from './settings';

/**
 * The listed therapists a draft is addressed to, in the order they appear. A recipient shown by
 * name alone matches a therapist of that exact name. Cheap enough to run in the mail page.
 */
export function listedRecipients(draft: Pick<Draft, 'to' | 'cc' | 'bcc'>, settings: Settings): Therapist[] {
  const found: Therapist[] = [];
  for (const raw of allRecipients(draft)) {
    const { address, name } = parseRecipient(raw);
    const match = settings.therapists.find((t) =>
      address ? matchesAny(address, t.emails) : name !== undefined && sameName(name, t.name),
    );
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}
