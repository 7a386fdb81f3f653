import type { MouseEvent } from 'react';
import { t } from '../../lib/i18n';
import type { NotesCount } from './status-types';

/** One of `key_one` / `key_other` by the user's plural rules (Intl), as the catalogue has no plurals. */
function countText(n: number, one: 'popup_notes_one', other: 'popup_notes_other'): string {
  return new Intl.PluralRules(navigator.language).select(n) === 'one' ? t(one, n) : t(other, n);
}

/**
 * The popup's line about the notes for the next session: how many, and a link to them on the
 * options page. Stored notes that cannot be read are said, never a crash or a wrong count.
 */
export function NotesLine({
  notes,
  href,
  open,
}: {
  notes: NotesCount;
  /** The options page at its notes section. */
  href: string;
  /** Opens `href` (the link's own default is prevented). */
  open(): void;
}) {
  if (notes.kind === 'loading') return null;
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
      <a href={href} onClick={onClick} data-testid="popup-notes-link">
        {t('popup_notes_link')}
      </a>
    </section>
  );
}
