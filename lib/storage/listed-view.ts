import type { ListedView } from '../policy/listed-view';
import { counterparts } from '../policy/settings';
import { loadSettings, type LoadedSettings } from './settings';

/**
 * The background's answer to a mail page asking who is listed: read and validated here with the
 * full settings schema, handed over as names, addresses and the secure channel's link only.
 */
export async function readListedView(managedWaitMs?: number): Promise<ListedView> {
  return listedViewOf(await loadSettings(managedWaitMs === undefined ? {} : { managedWaitMs }));
}

export function listedViewOf(loaded: LoadedSettings): ListedView {
  if (loaded.problem) return { status: 'unreadable', people: [] };
  const people = counterparts(loaded.settings).map((p) => ({
    id: p.id,
    name: p.name,
    emails: p.emails,
    ...(p.aliases ? { aliases: p.aliases } : {}),
    // The dialog offers it as "Open <name>" (a therapist's own policy; never for a client).
    ...(p.kind === 'therapist' && p.policy?.email.secureChannel
      ? { secureChannel: { name: p.policy.email.secureChannel.name, url: p.policy.email.secureChannel.url } }
      : {}),
  }));
  return { status: loaded.managedPending ? 'managed-pending' : 'ok', people };
}
