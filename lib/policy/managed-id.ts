/** Ids of therapists and clients deployed by an organisation (managed storage): read-only here. */
export const MANAGED_ID_PREFIX = 'managed-';

export function isManagedId(id: string): boolean {
  return id.startsWith(MANAGED_ID_PREFIX);
}
