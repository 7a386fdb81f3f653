import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checksFrom, readNotesCount } from '../../../../entrypoints/popup/status';

const NOTE = { id: 'n1', savedAt: '2026-11-30T10:00:00.000Z', therapist: 'Dr. Maya Lee', subject: 'A', body: 'B' };

describe('the popup reads the notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts readable notes and unreadable entries apart', async () => {
    await fakeBrowser.storage.local.set({ notes: [NOTE, { id: 3 }, 'x'] });
    expect(await readNotesCount()).toEqual({ kind: 'read', notes: 1, unreadable: 2, recent: [NOTE] });
  });

  it('keeps the newest three to list, newest first', async () => {
    const at = (day: number) => ({
      ...NOTE,
      id: `n${day}`,
      savedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    });
    await fakeBrowser.storage.local.set({ notes: [at(1), at(5), at(3), at(4), at(2)] });
    const read = await readNotesCount();
    expect(read.kind === 'read' && read.recent.map((n) => n.id)).toEqual(['n5', 'n4', 'n3']);
    expect(read.kind === 'read' && read.notes).toBe(5);
  });

  it('a stored value that is no list at all is one unreadable entry, not a crash', async () => {
    await fakeBrowser.storage.local.set({ notes: { broken: true } });
    expect(await readNotesCount()).toEqual({ kind: 'read', notes: 0, unreadable: 1, recent: [] });
  });

  it('a read that fails says "failed" instead of throwing', async () => {
    const failing = async () => {
      throw new Error('storage gone');
    };
    expect(await readNotesCount(failing)).toEqual({ kind: 'failed' });
  });
});

describe('whether checks are on', () => {
  const person = { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] };
  it('on with someone listed, else why not', () => {
    expect(checksFrom({ status: 'ok', people: [person] })).toEqual({ kind: 'on' });
    expect(checksFrom({ status: 'ok', people: [] })).toEqual({ kind: 'nobody' });
    expect(checksFrom({ status: 'unreadable', people: [] })).toEqual({ kind: 'settings-unreadable' });
    expect(checksFrom({ status: 'managed-pending', people: [person] })).toEqual({ kind: 'deployed-pending' });
  });
});
