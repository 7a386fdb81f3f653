/**
 * What the popup shows besides the tab's self-check, as plain data: the popup's entry point reads
 * it from extension storage, the components only draw it.
 */

import type { Note } from '../../lib/policy/notes';

/** How many notes the popup lists itself (the newest); the options page has them all. */
export const POPUP_NOTES = 3;

/** The notes kept with "Save for next session". */
export type NotesCount =
  | { kind: 'loading' }
  /**
   * `unreadable`: stored entries that did not parse (kept, listed on the options page). `recent`:
   * the newest `POPUP_NOTES` notes, newest first.
   */
  | { kind: 'read'; notes: number; unreadable: number; recent: Note[] }
  /** Reading them failed altogether. */
  | { kind: 'failed' };

/** Whether a send to someone listed is checked now, and if not, why. */
export type ChecksState =
  | { kind: 'loading' }
  /** Mail to the people listed is checked at Send. */
  | { kind: 'on' }
  /** Nobody is listed for the role chosen: nothing is checked. */
  | { kind: 'nobody' }
  /** The stored settings do not parse: safe defaults, so nobody is listed. */
  | { kind: 'settings-unreadable' }
  /** What an organisation deploys has not been read yet: a send now is held as not checked. */
  | { kind: 'deployed-pending' };
