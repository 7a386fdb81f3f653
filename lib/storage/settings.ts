import { storage } from 'wxt/utils/storage';
import type { Settings } from '../policy/settings';
import { defaultSettings, settingsSchema } from '../policy/settings';

/**
 * Settings live in `local:` storage only: browser sync would hand therapist names to a sync
 * service. Every read is parsed; what does not parse is replaced by safe defaults (and kept
 * under its key untouched, so nothing the user wrote is destroyed by a read).
 */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

export interface LoadedSettings {
  settings: Settings;
  /** Set when what is stored could not be read; the defaults are in use. */
  problem?: string;
}

export function readSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: defaultSettings() };
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'settings';
  return {
    settings: defaultSettings(),
    problem: `The stored settings could not be read (${where}: ${issue?.message ?? 'invalid'}). Defaults are in use.`,
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return readSettings(await settingsItem.getValue());
}

/** Applies a change to the current settings; refuses to build on settings it could not read. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings, problem } = await loadSettings();
  if (problem) throw new Error(problem);
  const next = settingsSchema.parse(change(settings));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((raw) => onChange(readSettings(raw)));
}

export async function acceptPlainEmail(therapistId: string, at: Date): Promise<void> {
  await updateSettings((s) => {
    if (!s.therapists.some((t) => t.id === therapistId)) throw new Error('unknown therapist');
    return { ...s, acceptances: { ...s.acceptances, [therapistId]: { acceptedAt: at.toISOString() } } };
  });
}
