import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesAsJson, notesAsText, parseStoredNotes } from '../../../../lib/policy/notes';
import {
  addNote,
  clearNotesOlderThan,
  deleteNote,
  deleteUnreadableNotes,
  readNotes,
} from '../../../../lib/storage/notes';

const AT = new Date('2026-12-01T10:00:00Z');
const NOTE = { therapist: 'Dr. Maya Lee', subject: 'For Thursday', body: 'I want to talk about my sister.' };
const stored = async () => (await fakeBrowser.storage.local.get('notes'))['notes'];

describe('notes store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the subject, the body and the therapist name with the time, newest first', async () => {
    await addNote(NOTE, AT, 'n1');
    await addNote({ ...NOTE, subject: 'Later' }, new Date('2026-12-02T10:00:00Z'), 'n2');
    const { notes, unreadable } = await readNotes();
    expect(notes.map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(notes[1]).toEqual({ id: 'n1', savedAt: AT.toISOString(), ...NOTE });
    expect(unreadable).toEqual([]);
  });

  it('bad stored entries never crash the list and are never dropped, not even by a new note', async () => {
    const bad = [
      { id: 'x', savedAt: 'yesterday' },
      42,
      null,
      { id: 'ok', savedAt: AT.toISOString(), therapist: 'M', subject: 's', body: 'b' },
    ];
    await fakeBrowser.storage.local.set({ notes: bad });
    const read = await readNotes();
    expect(read.notes.map((n) => n.id)).toEqual(['ok']);
    expect(read.unreadable).toEqual([bad[0], 42, null]);

    await addNote(NOTE, AT, 'n1');
    await clearNotesOlderThan(1, new Date('2027-01-01T00:00:00Z'));
    await deleteNote('n1');
    expect(await stored()).toEqual([bad[0], 42, null]);
    expect(notesAsJson(await readNotes(), AT)).toContain('"yesterday"');

    await deleteUnreadableNotes();
    expect(await stored()).toEqual([]);
  });

  it('a stored value that is not a list at all is one unreadable entry, kept when a note is added', async () => {
    await fakeBrowser.storage.local.set({ notes: { surprise: true } });
    expect(parseStoredNotes({ surprise: true })).toEqual({ notes: [], unreadable: [{ surprise: true }] });
    await addNote(NOTE, AT, 'n1');
    const read = await readNotes();
    expect(read.notes.map((n) => n.id)).toEqual(['n1']);
    expect(read.unreadable).toEqual([{ surprise: true }]);
  });

  it('clears only notes older than the chosen age', async () => {
    await addNote(NOTE, new Date('2026-11-01T10:00:00Z'), 'old');
    await addNote(NOTE, new Date('2026-11-28T10:00:00Z'), 'recent');
    await clearNotesOlderThan(7, AT);
    expect((await readNotes()).notes.map((n) => n.id)).toEqual(['recent']);
  });

  it('deletes one note by id', async () => {
    await addNote(NOTE, AT, 'a');
    await addNote(NOTE, AT, 'b');
    await deleteNote('a');
    expect((await readNotes()).notes.map((n) => n.id)).toEqual(['b']);
  });

  it('exports as plain text and as JSON', async () => {
    await addNote(NOTE, AT, 'n1');
    const read = await readNotes();
    const text = notesAsText(read.notes);
    expect(text).toContain('for Dr. Maya Lee');
    expect(text).toContain('Subject: For Thursday');
    expect(text).toContain('I want to talk about my sister.');
    const json = JSON.parse(notesAsJson(read, AT)) as { format: string; notes: unknown[]; unreadable?: unknown };
    expect(json.format).toBe('between-sessions.notes');
    expect(json.notes).toEqual(read.notes);
    expect(json).not.toHaveProperty('unreadable');
  });
});
