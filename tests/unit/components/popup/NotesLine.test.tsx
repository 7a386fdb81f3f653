// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesLine } from '../../../../components/popup/NotesLine';

afterEach(cleanup);

describe('the popup line about notes', () => {
  it('says the notes could not be read instead of a count, and still links to them', () => {
    render(<NotesLine notes={{ kind: 'failed' }} href="options.html#notes" open={() => {}} />);
    expect(screen.getByTestId('popup-notes').textContent).toContain('Your notes could not be read.');
    expect(screen.getByRole('link', { name: 'Open your notes' })).toBeTruthy();
  });

  it('counts in the plural, names unreadable entries, and opens through the callback', () => {
    const open = vi.fn();
    render(<NotesLine notes={{ kind: 'read', notes: 3, unreadable: 1 }} href="options.html#notes" open={open} />);
    expect(screen.getByText('3 notes saved for your next session.')).toBeTruthy();
    expect(screen.getByTestId('popup-notes-unreadable')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Open your notes' }));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
