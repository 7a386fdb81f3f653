/**
 * Read-modify-write of one storage key, one at a time across every context of the extension
 * (the background, the options page, a second options tab): the Web Locks API is shared by all
 * pages and workers of one origin (https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API,
 * 2026-12-01). Where it is missing (a test runner), writes are chained within this context.
 */
const chains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`between-sessions:${name}`, work);
  const run = (chains.get(name) ?? Promise.resolve()).then(work, work);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
