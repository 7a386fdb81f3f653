/** Ids of therapists and clients deployed by an organisation (managed storage): read-only here. */
export const MANAGED_ID_PREFIX = 'managed-';

export function isManagedId(id: string): boolean {
  return id.startsWith(MANAGED_ID_PREFIX);
}

/**
 * A managed person's id, from their addresses (sorted, lower-case), not from their place in the
 * policy list: reordering the policy never moves an acceptance or a send history to someone else.
 * `taken` holds the ids already given, so two entries with the same addresses stay apart.
 */
export function managedId(kind: 'therapist' | 'client', emails: readonly string[], taken: ReadonlySet<string>): string {
  const base = `${MANAGED_ID_PREFIX}${kind}-${hash([...emails].map((e) => e.trim().toLowerCase()).sort().join('\n'))}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** cyrb53 (public domain, github.com/bryc/code, 2026-12-01): 53 bits, as 14 hex digits. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
