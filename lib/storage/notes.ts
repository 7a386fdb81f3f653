import { storage } from 'wxt/utils/storage';
import type { NewNote, Note, StoredNotes } from '../policy/notes';
import { MAX_NOTES, noteSchema, parseStoredNotes } from '../policy/notes';
import { withLock } from './lock';

/**
 * "Save for next session": notes kept in `local:` storage only, never synced (the format is in
 * lib/policy/notes.ts). An entry that does not parse is kept as it is, whatever is written next,
 * until the user deletes it.
 */
const notesItem = storage.defineItem<unknown>('local:notes', { fallback: null });

export async function readNotes(): Promise<StoredNotes> {
  return parseStoredNotes(await notesItem.getValue());
}

const entriesOf = (raw: unknown): unknown[] =>
  raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
const idOf = (entry: unknown): string | null => {
  const parsed = noteSchema.safeParse(entry);
  return parsed.success ? parsed.data.id : null;
};

/** Rewrites the stored list under the lock; `change` sees every entry, readable or not. */
function change(edit: (entries: unknown[]) => unknown[]): Promise<void> {
  return withLock('notes', async () => {
    await notesItem.setValue(edit(entriesOf(await notesItem.getValue())));
  });
}

export async function addNote(note: NewNote, at: Date, id: string = crypto.randomUUID()): Promise<Note> {
  const saved = noteSchema.parse({ ...note, id, savedAt: at.toISOString() });
  await change((entries) => {
    if (entries.length >= MAX_NOTES) throw new Error(`there are already ${MAX_NOTES} notes: delete some first`);
    return [...entries, saved];
  });
  return saved;
}

export function deleteNote(id: string): Promise<void> {
  return change((entries) => entries.filter((e) => idOf(e) !== id));
}

/** Notes saved before `now - days`; unreadable entries stay (their age is unknown). */
export function clearNotesOlderThan(days: number, now: Date): Promise<void> {
  const cutoff = now.getTime() - days * 24 * 60 * 60 * 1000;
  return change((entries) =>
    entries.filter((e) => {
      const parsed = noteSchema.safeParse(e);
      return !parsed.success || Date.parse(parsed.data.savedAt) >= cutoff;
    }),
  );
}

/** Only when the user asks, after they could export them. */
export function deleteUnreadableNotes(): Promise<void> {
  return change((entries) => entries.filter((e) => idOf(e) !== null));
}

export function watchNotes(onChange: () => void): () => void {
  return notesItem.watch(onChange);
}
