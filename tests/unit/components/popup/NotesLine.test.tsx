// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesLine } from '../../../../components/popup/NotesLine';

afterEach(cleanup);

describe('the popup line about notes', () => {
  it('says the notes could not be read instead of a count, and still links to them', () => {
    render(<NotesLine notes={{ kind: 'failed' }} href="options.html#notes" open={() => {}} deleteNote={vi.fn()} />);
    expect(screen.getByTestId('popup-notes').textContent).toContain('Your notes could not be read.');
    expect(screen.getByRole('link', { name: 'Open your notes' })).toBeTruthy();
  });

  it('counts in the plural, names unreadable entries, and opens through the callback', () => {
    const open = vi.fn();
    render(
      <NotesLine
        notes={{ kind: 'read', notes: 3, unreadable: 1, recent: [] }}
        href="options.html#notes"
        open={open}
        deleteNote={vi.fn()}
      />,
    );
    expect(screen.getByText('3 notes saved for your next session.')).toBeTruthy();
    expect(screen.getByTestId('popup-notes-unreadable')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Open your notes' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  const NOTE = {
    id: 'n1',
    savedAt: '2026-11-30T10:00:00.000Z',
    therapist: 'Dr. Maya Lee',
    subject: 'Thursday',
    body: 'Kept.',
  };

  it('lists the newest notes to read, and deletes one through the callback', async () => {
    const deleteNote = vi.fn(() => Promise.resolve());
    render(
      <NotesLine
        notes={{ kind: 'read', notes: 1, unreadable: 0, recent: [NOTE] }}
        href="options.html#notes"
        open={() => {}}
        deleteNote={deleteNote}
      />,
    );
    const item = screen.getByTestId('note');
    expect(item.textContent).toContain('Thursday');
    expect(item.textContent).toContain('Dr. Maya Lee');
    expect(screen.getByTestId('note-body').textContent).toBe('Kept.');
    fireEvent.click(screen.getByRole('button', { name: /Delete/ }));
    expect(deleteNote).toHaveBeenCalledWith('n1');
  });

  it('a delete that fails says so, and the note stays listed', async () => {
    const deleteNote = vi.fn(() => Promise.reject(new Error('quota')));
    render(
      <NotesLine
        notes={{ kind: 'read', notes: 1, unreadable: 0, recent: [NOTE] }}
        href="options.html#notes"
        open={() => {}}
        deleteNote={deleteNote}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Delete/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be deleted');
    expect(screen.getByTestId('note')).toBeTruthy();
  });
});
