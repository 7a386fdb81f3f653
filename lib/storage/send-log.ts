import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * When messages went to each therapist: times only, never content, for the `too-frequent` check.
 * Kept apart from the settings because it changes with every send.
 */
const sendLogItem = storage.defineItem<unknown>('local:sendLog', { fallback: null });
const sendLogSchema = z.record(z.string().check(z.maxLength(100)), z.array(z.iso.datetime({ offset: true })));
export type SendLog = z.output<typeof sendLogSchema>;

export async function readSendLog(): Promise<SendLog> {
  const parsed = sendLogSchema.safeParse(await sendLogItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function clearSendHistory(): Promise<void> {
  await sendLogItem.removeValue();
}

export function sendHistoryCount(log: SendLog): number {
  return Object.values(log).reduce((n, times) => n + times.length, 0);
}
