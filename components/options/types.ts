import type { PolicyAcknowledgement } from '../../lib/policy/acknowledgements';
import type { ContactPolicy } from '../../lib/policy/contact-policy';
import type { Note } from '../../lib/policy/notes';
import type { ClientEntry, Role, Settings, TherapistEntry } from '../../lib/policy/settings';
import type { Words } from '../../lib/policy/words';

/**
 * What the options page shows and what it can ask for. The entry point wires these to the
 * extension's storage; the components know nothing of browser APIs.
 */
export interface OptionsData {
  /** The settings in effect: this device's, with the organisation's (managed) values applied. */
  settings: Settings;
  /** What the organisation set: shown read-only. */
  managed: {
    role?: Role | undefined;
    region?: string | undefined;
    problems: string[];
    /** The problems' catalogue words, one for each (lib/policy/words.ts). */
    problemWords?: Words[] | undefined;
  };
  /** Set when the stored settings could not be read (defaults are in use). */
  problem?: string | undefined;
  /** The same words from the catalogue. */
  problemWords?: Words | undefined;
  /** How many sends are logged (times only). */
  sendCount: number;
  /** "Save for next session" notes, newest first, and how many stored entries could not be read. */
  notes: { notes: Note[]; unreadable: number };
}

export type SettingsFileResult = { ok: true } | { ok: false; problems: string[]; words?: Words[] | undefined };

export interface OptionsActions {
  saveTherapist(entry: TherapistEntry): Promise<void>;
  removeTherapist(id: string): Promise<void>;
  saveClient(entry: ClientEntry): Promise<void>;
  removeClient(id: string): Promise<void>;
  setRole(role: Role): Promise<void>;
  setRegion(region: string | undefined): Promise<void>;
  saveOwnPolicy(policy: ContactPolicy): Promise<void>;
  withdrawAcceptance(id: string): Promise<void>;
  withdrawSuppression(personId: string, check: string): Promise<void>;
  deleteNote(id: string): Promise<void>;
  clearNotesOlderThan(days: number): Promise<void>;
  deleteUnreadableNotes(): Promise<void>;
  exportNotes(format: 'text' | 'json'): void;
  printNotes(): void;
  /** Keeps the record that the user read and acknowledged a changed policy. */
  acknowledgePolicyChange(acknowledgement: PolicyAcknowledgement): Promise<void>;
  /** The user's own work or school addresses (the `work-address` warning). */
  saveWorkAddresses(addresses: string[]): Promise<void>;
  clearSendHistory(): Promise<void>;
  /** The settings file (what was stored, as it was, when it could not be read). */
  exportAllSettings(): Promise<string>;
  /** Replaces this device's settings with a file's; a bad file changes nothing. */
  importAllSettings(text: string): Promise<SettingsFileResult>;
  resetSettings(): Promise<void>;
  /** Saves a text file for the user (a download). */
  download(fileName: string, text: string): void;
  newId(): string;
}

/** Entries an organisation deployed are read-only (lib/policy/managed-id.ts). */
export { isManagedId } from '../../lib/policy/managed-id';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
