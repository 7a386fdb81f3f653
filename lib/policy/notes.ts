import { z } from 'zod/mini';

/**
 * "Save for next session": a note holds the subject, the body and the therapist's name, never
 * the other recipients. Every read is validated entry by entry; an entry that does not parse is
 * reported as unreadable and kept as it is (shown on the options page, exported, deleted only
 * when the user says so), never dropped in silence.
 */
export const NOTES_FILE_FORMAT = 'between-sessions.notes';
export const MAX_NOTES = 500;

export const noteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  savedAt: z.iso.datetime({ offset: true }),
  therapist: z.string().check(z.maxLength(100)),
  subject: z.string().check(z.maxLength(2000)),
  body: z.string().check(z.maxLength(200_000)),
});
export type Note = z.output<typeof noteSchema>;
export type NewNote = Pick<Note, 'therapist' | 'subject' | 'body'>;

export interface StoredNotes {
  /** Newest first. */
  notes: Note[];
  /** Entries that could not be read, as stored. */
  unreadable: unknown[];
}

/** What is stored, read entry by entry. A value that is not a list is one unreadable entry. */
export function parseStoredNotes(raw: unknown): StoredNotes {
  if (raw === null || raw === undefined) return { notes: [], unreadable: [] };
  const entries = Array.isArray(raw) ? raw : [raw];
  const notes: Note[] = [];
  const unreadable: unknown[] = [];
  for (const entry of entries) {
    const parsed = noteSchema.safeParse(entry);
    if (parsed.success) notes.push(parsed.data);
    else unreadable.push(entry);
  }
  notes.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { notes, unreadable };
}

/** The notes as a JSON file; unreadable entries go with them, as stored. */
export function notesAsJson(stored: StoredNotes, now: Date): string {
  const file = {
    format: NOTES_FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    notes: stored.notes,
    ...(stored.unreadable.length > 0 ? { unreadable: stored.unreadable } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The notes as plain text, oldest first, to read or print anywhere. */
export function notesAsText(notes: readonly Note[]): string {
  return [...notes]
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .map((n) =>
      [
        `Saved ${n.savedAt.slice(0, 10)} ${n.savedAt.slice(11, 16)} UTC, for ${n.therapist || 'your therapist'}`,
        `Subject: ${n.subject || '(no subject)'}`,
        '',
        n.body.trimEnd(),
        '',
      ].join('\n'),
    )
    .join('\n----------------------------------------\n\n');
}
