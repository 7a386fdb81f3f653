import type { Draft } from '../draft';
import type { Analysis } from '../analysis/types';
import type { Acceptance, Counterpart } from '../policy/settings';

/** Everything a check may look at. Checks are pure: no DOM, no browser, no clock of their own. */
export interface CheckInput {
  draft: Draft;
  /**
   * The listed person this draft is addressed to (the first one matched in To, Cc or Bcc): a
   * therapist in the client role, a client in the therapist role.
   */
  counterpart: Counterpart;
  /** Entries of every listed person on the draft: none of them counts as "someone else". */
  listedEntries: readonly string[];
  /** Names of every listed person on the draft (a recipient shown by name alone may be one). */
  listedNames: readonly string[];
  /** The user's acceptance of plain email to this person, if given. */
  acceptance: Acceptance | undefined;
  now: Date;
  /** The user's own IANA time zone, for saying when a reply can be expected. */
  userTimeZone?: string;
  /** ISO times of earlier messages to this person (the send log; the CLI's --sent). */
  sentTimes?: readonly string[];
  /** What the text says: the body (without quoted reply and signature) and the subject. */
  analysis?: { body: Analysis; subject: Analysis };
  /** The user's own country for crisis lines, when set (it wins over the therapist's). */
  userRegion?: string;
  /** The user's own work or school addresses and @domains (settings; the CLI's --work-addresses). */
  workAddresses?: readonly string[];
}

export type Check = (input: CheckInput) => import('./finding').Finding[];

/**
 * The label is the person's own name or address, not the English stand-in: only then may a
 * finding carry a catalogue key with it (the stand-in is not translated yet, docs/i18n.md).
 */
export function labelIsOwn(counterpart: Counterpart): boolean {
  return Boolean(counterpart.name || counterpart.emails[0]);
}

/** How to call the therapist (or client) in a message: their name when the user gave one. */
export function counterpartLabel(counterpart: Counterpart): string {
  return (
    counterpart.name || counterpart.emails[0] || (counterpart.kind === 'client' ? 'your client' : 'your therapist')
  );
}
