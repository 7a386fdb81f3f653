/**
 * What the popup shows besides the tab's self-check, as plain data: the popup's entry point reads
 * it from extension storage, the components only draw it.
 */

/** The notes kept with "Save for next session". */
export type NotesCount =
  | { kind: 'loading' }
  /** `unreadable`: stored entries that did not parse (kept, listed on the options page). */
  | { kind: 'read'; notes: number; unreadable: number }
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
