/** Ids of therapists and clients deployed by an organisation (managed storage): read-only here. */
export const MANAGED_ID_PREFIX = 'managed-';

export function isManagedId(id: string): boolean {
  return id.startsWith(MANAGED_ID_PREFIX);
}

/**
 * A managed person's id, from their addresses (sorted, lower-case), not from their place in the
 * policy list: reordering the policy never moves an acceptance or a send history to someone else.
 * Ids are at most 100 characters (the settings schema); `taken` holds the ids already given, so
 * two entries with the same addresses stay apart.
 */
export function managedId(kind: 'therapist' | 'client', emails: readonly string[], taken: ReadonlySet<string>): string {
  const base = `${MANAGED_ID_PREFIX}${kind}-${[...emails]
    .map((e) => e.trim().toLowerCase())
    .sort()
    .join(',')}`.slice(0, 92);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
