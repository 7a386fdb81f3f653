import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../lib/policy/notes';
import { useAction } from './use-action';

export interface NotesSectionProps {
  /** Newest first. */
  notes: readonly Note[];
  /** How many stored entries could not be read (kept, never dropped in silence). */
  unreadable: number;
  deleteNote(id: string): Promise<void>;
  clearNotesOlderThan(days: number): Promise<void>;
  deleteUnreadableNotes(): Promise<void>;
  /** Saves the notes as a file (unreadable entries go in the JSON one, as stored). */
  exportNotes(format: 'text' | 'json'): void;
  /** Prints the notes (the page's print style shows only them). */
  printNotes(): void;
  /** The page was opened at the notes (the popup's link): focus the section and mark it. */
  arrived?: boolean;
}

const AGES = [
  { days: 7, label: '1 week' },
  { days: 30, label: '1 month' },
  { days: 90, label: '3 months' },
  { days: 365, label: '1 year' },
];

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}

/** "Save for next session": the notes kept instead of sending, to read, export, print and delete. */
export function NotesSection(props: NotesSectionProps) {
  const { notes, unreadable } = props;
  const headingId = useId();
  const ageId = useId();
  const action = useAction();
  const [age, setAge] = useState(30);
  const [message, setMessage] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const arrived = props.arrived ?? false;
  useEffect(() => {
    // Focus scrolls it into view; a screen reader reads its heading.
    if (arrived) sectionRef.current?.focus();
  }, [arrived]);
  const run = (work: () => Promise<void>, done: string) =>
    void action.run(async () => {
      await work();
      setMessage(done);
    });

  return (
    <section
      aria-labelledby={headingId}
      className={arrived ? 'card notes arrived' : 'card notes'}
      data-testid="notes-section"
      id="notes"
      ref={sectionRef}
      tabIndex={-1}
    >
      <h2 id={headingId}>Notes for your next session</h2>
      <p className="hint">
        Messages you kept with “Save for next session” instead of sending them: the subject, the text and who it was
        for, nobody else. They stay in this browser.
      </p>
      {unreadable > 0 && (
        <div className="alert" role="alert" data-testid="notes-unreadable">
          <p>
            {unreadable === 1 ? 'One stored note' : `${unreadable} stored notes`} could not be read. They are kept as
            they were: export the notes as JSON to keep them, then delete them here if you like.
          </p>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => run(props.deleteUnreadableNotes, 'Unreadable notes deleted.')}
          >
            Delete unreadable notes
          </button>
        </div>
      )}
      {notes.length === 0 ? (
        <p className="empty">No notes. In the warning before sending, “Save for next session” keeps a message here.</p>
      ) : (
        <ul className="notes-list" aria-label="Notes">
          {notes.map((note) => {
            const title = note.subject || '(no subject)';
            return (
              <li key={note.id} className="note" data-testid="note">
                <details>
                  <summary>
                    <strong>{title}</strong>{' '}
                    <span className="muted">
                      for {note.therapist || 'your therapist'}, saved{' '}
                      <time dateTime={note.savedAt}>{when(note.savedAt)}</time>
                    </span>
                  </summary>
                  <div className="note-body" data-testid="note-body">
                    {note.body || '(no text)'}
                  </div>
                </details>
                <div className="entry-actions">
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() => run(() => props.deleteNote(note.id), `Deleted “${title}”.`)}
                  >
                    Delete<span className="visually-hidden"> note “{title}”</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {(notes.length > 0 || unreadable > 0) && (
        <div className="actions no-print">
          <button type="button" onClick={() => props.exportNotes('text')} disabled={notes.length === 0}>
            Export as text
          </button>
          <button type="button" onClick={() => props.exportNotes('json')}>
            Export as JSON
          </button>
          <button type="button" onClick={props.printNotes} disabled={notes.length === 0}>
            Print notes
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <div className="actions no-print">
          <label htmlFor={ageId}>Clear notes older than</label>
          <select id={ageId} value={age} onChange={(e) => setAge(Number(e.currentTarget.value))}>
            {AGES.map((a) => (
              <option key={a.days} value={a.days}>
                {a.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => run(() => props.clearNotesOlderThan(age), 'Older notes cleared.')}
          >
            Clear older notes
          </button>
        </div>
      )}
      <p role="status" className="status">
        {message}
      </p>
      {action.error && (
        <p className="error" role="alert">
          Could not change the notes: {action.error}
        </p>
      )}
    </section>
  );
}
