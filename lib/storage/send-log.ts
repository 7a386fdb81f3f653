import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * When messages went to each therapist: times only, never content, for the `too-frequent` check.
 * Kept apart from the settings because it changes with every send; entries older than 30 days
 * are dropped (the check looks back 7).
 */
const sendLogItem = storage.defineItem<unknown>('local:sendLog', { fallback: null });
const sendLogSchema = z.record(z.string().check(z.maxLength(100)), z.array(z.iso.datetime({ offset: true })));
export type SendLog = z.output<typeof sendLogSchema>;

const KEEP_MS = 30 * 24 * 60 * 60 * 1000;
const KEEP_PER_PERSON = 200;

export async function readSendLog(): Promise<SendLog> {
  const parsed = sendLogSchema.safeParse(await sendLogItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function recordSend(ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  const log = await readSendLog();
  const cutoff = at.getTime() - KEEP_MS;
  for (const id of ids) {
    const kept = (log[id] ?? []).filter((iso) => Date.parse(iso) > cutoff);
    log[id] = [...kept, at.toISOString()].slice(-KEEP_PER_PERSON);
  }
  await sendLogItem.setValue(log);
}

export async function clearSendHistory(): Promise<void> {
  await sendLogItem.removeValue();
}

export function sendHistoryCount(log: SendLog): number {
  return Object.values(log).reduce((n, times) => n + times.length, 0);
}
