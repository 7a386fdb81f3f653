import { useState, type MouseEvent } from 'react';
import { NoteItem } from '../NoteItem';
import { t } from '../../lib/i18n';
import type { NotesCount } from './status-types';

/** One of `key_one` / `key_other` by the user's plural rules (Intl), as the catalogue has no plurals. */
function countText(n: number, one: 'popup_notes_one', other: 'popup_notes_other'): string {
  return new Intl.PluralRules(navigator.language).select(n) === 'one' ? t(one, n) : t(other, n);
}

/**
 * The popup's line about the notes for the next session: how many, the newest to read or delete
 * here, and a link to all of them on the options page (export, print, clear old ones). Stored
 * notes that cannot be read are said, never a crash or a wrong count.
 */
export function NotesLine({
  notes,
  href,
  open,
  deleteNote,
}: {
  notes: NotesCount;
  /** The options page at its notes section. */
  href: string;
  /** Opens `href` (the link's own default is prevented). */
  open(): void;
  /** Deletes a note; the popup reads the notes again after. */
  deleteNote(id: string): Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (notes.kind === 'loading') return null;
  const remove = (id: string) => {
    setBusy(true);
    setFailed(false);
    deleteNote(id)
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    open();
  };
  return (
    <section className="notes-line" data-testid="popup-notes" aria-label={t('popup_notes_heading')}>
      <p>
        {notes.kind === 'failed'
          ? t('popup_notes_failed')
          : notes.notes === 0
            ? t('popup_notes_none')
            : countText(notes.notes, 'popup_notes_one', 'popup_notes_other')}
      </p>
      {notes.kind === 'read' && notes.unreadable > 0 && (
        <p className="missing" data-testid="popup-notes-unreadable">
          {t('popup_notes_unreadable')}
        </p>
      )}
      {notes.kind === 'read' && notes.recent.length > 0 && (
        <ul className="notes-list" aria-label={t('options_notes_list')}>
          {notes.recent.map((note) => (
            <NoteItem key={note.id} note={note} busy={busy} onDelete={() => remove(note.id)} />
          ))}
        </ul>
      )}
      {failed && (
        <p className="missing" role="alert">
          {t('popup_notes_delete_failed')}
        </p>
      )}
      <a href={href} onClick={onClick} data-testid="popup-notes-link">
        {t('popup_notes_link')}
      </a>
    </section>
  );
}
