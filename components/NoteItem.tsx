import { t } from '../lib/i18n';
import type { Note } from '../lib/policy/notes';
import { dayAndTime } from './options/dates';
import { rich } from './options/rich';

/** A note's heading: its subject, or a stand-in when it has none. */
export function noteTitle(note: Note): string {
  return note.subject || t('options_notes_no_subject');
}

/**
 * One note kept with "Save for next session": its subject, for whom and when, the text behind a
 * disclosure, and Delete. The options page lists every note this way, the popup the newest.
 */
export function NoteItem({ note, busy, onDelete }: { note: Note; busy: boolean; onDelete(): void }) {
  const title = noteTitle(note);
  return (
    <li className="note" data-testid="note">
      <details>
        <summary>
          <strong>{title}</strong>{' '}
          <span className="muted">
            {rich(
              'options_notes_for',
              note.therapist || t('options_notes_your_therapist'),
              <time dateTime={note.savedAt}>{dayAndTime(note.savedAt)}</time>,
            )}
          </span>
        </summary>
        <div className="note-body" data-testid="note-body">
          {note.body || t('options_notes_no_text')}
        </div>
      </details>
      <div className="entry-actions">
        <button type="button" disabled={busy} onClick={onDelete}>
          {t('options_delete')}
          <span className="visually-hidden">{t('options_notes_delete_for', title)}</span>
        </button>
      </div>
    </li>
  );
}
