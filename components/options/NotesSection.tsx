import { useEffect, useId, useRef, useState } from 'react';
import { t, type MessageKey } from '../../lib/i18n';
import type { Note } from '../../lib/policy/notes';
import { NoteItem, noteTitle } from '../NoteItem';
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

const AGES: { days: number; label: MessageKey }[] = [
  { days: 7, label: 'options_notes_age_week' },
  { days: 30, label: 'options_notes_age_month' },
  { days: 90, label: 'options_notes_age_3_months' },
  { days: 365, label: 'options_notes_age_year' },
];

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
      <h2 id={headingId}>{t('options_notes_heading')}</h2>
      <p className="hint">{t('options_notes_hint')}</p>
      {unreadable > 0 && (
        <div className="alert" role="alert" data-testid="notes-unreadable">
          <p>{unreadable === 1 ? t('options_notes_unreadable_one') : t('options_notes_unreadable_many', unreadable)}</p>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => run(props.deleteUnreadableNotes, t('options_notes_unreadable_deleted'))}
          >
            {t('options_notes_delete_unreadable')}
          </button>
        </div>
      )}
      {notes.length === 0 ? (
        <p className="empty">{t('options_notes_none')}</p>
      ) : (
        <ul className="notes-list" aria-label={t('options_notes_list')}>
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              busy={action.busy}
              onDelete={() => run(() => props.deleteNote(note.id), t('options_notes_deleted', noteTitle(note)))}
            />
          ))}
        </ul>
      )}
      {(notes.length > 0 || unreadable > 0) && (
        <div className="actions no-print">
          <button type="button" onClick={() => props.exportNotes('text')} disabled={notes.length === 0}>
            {t('options_notes_export_text')}
          </button>
          <button type="button" onClick={() => props.exportNotes('json')}>
            {t('options_notes_export_json')}
          </button>
          <button type="button" onClick={props.printNotes} disabled={notes.length === 0}>
            {t('options_notes_print')}
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <div className="actions no-print">
          <label htmlFor={ageId}>{t('options_notes_clear_label')}</label>
          <select id={ageId} value={age} onChange={(e) => setAge(Number(e.currentTarget.value))}>
            {AGES.map((a) => (
              <option key={a.days} value={a.days}>
                {t(a.label)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => run(() => props.clearNotesOlderThan(age), t('options_notes_cleared'))}
          >
            {t('options_notes_clear')}
          </button>
        </div>
      )}
      <p role="status" className="status">
        {message}
      </p>
      {action.error && (
        <p className="error" role="alert">
          {t('options_notes_could_not', action.error)}
        </p>
      )}
    </section>
  );
}
