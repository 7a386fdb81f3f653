import type { Draft } from '../draft';
import type { Counterpart, Settings } from './settings';
import { counterparts } from './settings';
import { matchListed, mentionsAnyone, namesOf } from './listed-view';

export { namesOf };

/**
 * The listed people (therapists in the client role, clients in the therapist role) a draft is
 * addressed to, in the order they appear. A recipient shown by name alone matches a listed person
 * of that exact name. The mail page runs the same matching on its plain view (listed-view.ts).
 */
export function listedRecipients(draft: Pick<Draft, 'to' | 'cc' | 'bcc'>, settings: Settings): Counterpart[] {
  return matchListed(draft, counterparts(settings));
}

/**
 * Does a listed person show anywhere in this text: one of their address entries, or their name
 * as whole words? For a compose whose recipients cannot be read, so that only such a compose is
 * held as unchecked, never every one.
 */
export function mentionsListed(text: string, settings: Settings): boolean {
  return mentionsAnyone(text, counterparts(settings));
}
