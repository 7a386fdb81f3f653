import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { withLock } from './lock';

/**
 * When messages went to each therapist: times only, never content, for the `too-frequent` check.
 * Kept apart from the settings because it changes with every send; entries older than 30 days
 * are dropped (the check looks back 7).
 */
const sendLogItem = storage.defineItem<unknown>('local:sendLog', { fallback: null });
const timeSchema = z.iso.datetime({ offset: true });
export type SendLog = Record<string, string[]>;

const KEEP_MS = 30 * 24 * 60 * 60 * 1000;
const KEEP_PER_PERSON = 200;

/** Every valid entry of what is stored: one malformed time or person never costs the rest. */
export async function readSendLog(): Promise<SendLog> {
  const raw = await sendLogItem.getValue();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const log: SendLog = {};
  for (const [id, times] of Object.entries(raw)) {
    if (id.length === 0 || id.length > 100 || !Array.isArray(times)) continue;
    const valid = times.filter((t): t is string => timeSchema.safeParse(t).success);
    if (valid.length > 0) log[id] = valid;
  }
  return log;
}

/** Serialised (lock.ts): two sends at once both land. */
export function recordSend(ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return withLock('sendLog', async () => {
    const log = await readSendLog();
    const cutoff = at.getTime() - KEEP_MS;
    for (const id of ids) {
      const kept = (log[id] ?? []).filter((iso) => Date.parse(iso) > cutoff);
      log[id] = [...kept, at.toISOString()].slice(-KEEP_PER_PERSON);
    }
    await sendLogItem.setValue(log);
  });
}

export function clearSendHistory(): Promise<void> {
  return withLock('sendLog', () => sendLogItem.removeValue());
}

export function sendHistoryCount(log: SendLog): number {
  return Object.values(log).reduce((n, times) => n + times.length, 0);
}
