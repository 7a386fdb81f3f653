import type { ChecksState, NotesCount } from '../../components/popup/status-types';
import { POPUP_NOTES } from '../../components/popup/status-types';
import type { ListedView } from '../../lib/policy/listed-view';
import { readListedView } from '../../lib/storage/listed-view';
import { readNotes } from '../../lib/storage/notes';

/** How many notes are kept; whatever is stored, this never throws (lib/storage/notes.ts). */
export async function readNotesCount(read: typeof readNotes = readNotes): Promise<NotesCount> {
  try {
    const stored = await read();
    return {
      kind: 'read',
      notes: stored.notes.length,
      unreadable: stored.unreadable.length,
      recent: stored.notes.slice(0, POPUP_NOTES),
    };
  } catch {
    return { kind: 'failed' };
  }
}

/** Whether a send to someone listed is checked now, from who is listed (as the mail page sees it). */
export function checksFrom(view: ListedView): ChecksState {
  if (view.status === 'unreadable') return { kind: 'settings-unreadable' };
  if (view.status === 'managed-pending') return { kind: 'deployed-pending' };
  return view.people.length > 0 ? { kind: 'on' } : { kind: 'nobody' };
}

export async function readChecks(): Promise<ChecksState> {
  try {
    // The page waits as long for deployed values at a send (docs/architecture.md).
    return checksFrom(await readListedView(800));
  } catch {
    return { kind: 'settings-unreadable' };
  }
}
