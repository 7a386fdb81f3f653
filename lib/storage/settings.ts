import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { Settings, TherapistEntry, ClientEntry } from '../policy/settings';
import {
  defaultSettings,
  MAX_SETTINGS_FILE_BYTES,
  migrateSettingsV1,
  SETTINGS_VERSION,
  settingsSchema,
} from '../policy/settings';
import type { SuppressibleId } from '../policy/suppressions';
import { addSuppression, withoutPerson, withoutSuppression } from '../policy/suppressions';
import { withLock } from './lock';
import { parseManaged, readManagedRaw, watchManaged, type ManagedSettings } from './managed';
import { parseSafetyPlan, type SafetyPlan } from '../safety-plan/safety-plan';
import { issueProblems, plainMessage } from '../policy/contact-policy';
import { said, words, type Said, type Words } from '../policy/words';
import { loadSafetyPlan, saveSafetyPlan } from './safety-plan';

/**
 * Settings live in `local:` storage only: browser sync would hand therapist names to a sync
 * service (export/import moves them between devices). Every read is parsed; what does not parse
 * is replaced by safe defaults and kept under its key untouched, so the user can still export it.
 * Values an organisation deploys through enterprise policy (managed storage) win and are read-only.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1 },
});

export interface LoadedSettings {
  /** What the extension acts on: local settings with managed values applied. */
  settings: Settings;
  /** What this device stores (defaults when it could not be read). */
  local: Settings;
  managed: ManagedSettings;
  /** Set when what is stored could not be read; the defaults are in use. */
  problem?: string;
  /** The same words from the catalogue, for the options page (lib/policy/words.ts). */
  problemWords?: Words;
  /** The stored value that could not be read, kept as it is for export. */
  unreadable?: unknown;
  /** Enterprise (managed) settings had not been read yet: only local ones are applied. */
  managedPending?: true;
}

const SETTINGS = said('settings', 'settings_problem_settings');
const UNEXPECTED_FORM = said('not in the form Between Sessions expects', 'settings_problem_unexpected_form');

/** A field's path, or "settings" for the whole. */
const place = (path: string): Said => (path ? { message: path, words: words('policy_diff_words', path) } : SETTINGS);

/** "path: problem" for a settings file. */
function atField(path: string, problem: Said): Said {
  const where = place(path);
  return said(`${where.message}: ${problem.message}`, 'settings_problem_field', where.words, problem.words);
}

/** The words of an issue, or its English as it is. */
function issueSaid(issue: z.core.$ZodIssue): Said {
  const [found] = issueProblems([issue]);
  return found?.words ? { message: found.message, words: found.words } : asIs(issue.message);
}

const asIs = (text: string): Said => ({ message: text, words: words('policy_diff_words', text) });

function problemOf(error: z.core.$ZodError): Said {
  const issue = error.issues[0];
  const where = place(issue?.path.join('.') ?? '');
  const what = !issue || issue.message.startsWith('Invalid input') ? UNEXPECTED_FORM : issueSaid(issue);
  return said(
    `The stored settings could not be read (${where.message}: ${what.message}). Safe defaults are in use; you can export what was stored, then reset.`,
    'settings_problem_stored',
    where.words,
    what.words,
  );
}

export function readSettings(raw: unknown, managed: ManagedSettings = { problems: [] }): LoadedSettings {
  let local = defaultSettings();
  const result: Omit<LoadedSettings, 'settings' | 'local'> = { managed };
  if (raw !== null && raw !== undefined) {
    const parsed = settingsSchema.safeParse(raw, { error: plainMessage, reportInput: true });
    if (parsed.success) local = parsed.data;
    else {
      const problem = problemOf(parsed.error);
      Object.assign(result, { problem: problem.message, problemWords: problem.words, unreadable: raw });
    }
  }
  return { ...result, local, settings: applyManaged(local, managed) };
}

/** Managed values win: role and region replace the local ones, therapists and clients come first. */
export function applyManaged(local: Settings, managed: ManagedSettings): Settings {
  const managedEmails = new Set(managed.therapists?.flatMap((t) => t.policy.therapist.emails) ?? []);
  return {
    ...local,
    role: managed.role ?? local.role,
    ...((managed.region ?? local.region) ? { region: managed.region ?? local.region } : {}),
    therapists: [
      ...(managed.therapists ?? []),
      ...local.therapists.filter((t) => !t.policy.therapist.emails.some((e) => managedEmails.has(e))),
    ],
    clients: [...(managed.clients ?? []), ...local.clients],
  };
}

/**
 * Managed storage is read once per context and then followed through change events. Chromium
 * can take seconds to answer the first read after the browser starts (2 to 4.6 s measured
 * headless on Linux, with a policy file and without). A send check waits for it at most
 * `MANAGED_WAIT_MS`, inside the 2 s check budget, and only when nothing was ever read: until it
 * arrives, the values last read are used at once (kept in local storage, `managedCache`). With
 * none ever read, `managedPending` says so: the page then treats who is listed as unknown, and
 * the background answers `unchecked`.
 */
export const MANAGED_WAIT_MS = 1000;
const managedCache = storage.defineItem<unknown>('local:managedCache', { fallback: null });
let managedValue: ManagedSettings | null = null;
let managedRead: Promise<ManagedSettings> | null = null;

function readManagedOnce(): Promise<ManagedSettings> {
  managedRead ??= readManagedRaw().then((raw) => {
    void rememberManaged(raw);
    return (managedValue = parseManaged(raw));
  });
  return managedRead;
}

/** Keeps what was deployed, for the seconds after the next browser start. */
async function rememberManaged(raw: Record<string, unknown>): Promise<void> {
  try {
    if (JSON.stringify(await managedCache.getValue()) !== JSON.stringify(raw)) await managedCache.setValue(raw);
  } catch {
    // Only the next cold start is slower to know the deployed values.
  }
}

async function lastKnownManaged(): Promise<ManagedSettings | null> {
  try {
    const raw = await managedCache.getValue();
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? parseManaged(raw as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function currentManaged(waitMs: number | 'until-read'): Promise<ManagedSettings | null> {
  const read = readManagedOnce();
  if (managedValue) return managedValue;
  if (waitMs === 'until-read') return read;
  // The values last read, at once: a read in a mail page can take seconds, and a check must not
  // wait for it when nothing says the deployment changed (a change reaches the watchers).
  const known = await lastKnownManaged();
  if (managedValue) return managedValue;
  if (known) return known;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}

/**
 * `waitForManaged`: wait for enterprise values however long they take (the options page, and
 * every write); otherwise wait at most `managedWaitMs` (default `MANAGED_WAIT_MS`).
 */
export async function loadSettings(
  options: { waitForManaged?: boolean; managedWaitMs?: number } = {},
): Promise<LoadedSettings> {
  const wait = options.waitForManaged ? 'until-read' : (options.managedWaitMs ?? MANAGED_WAIT_MS);
  const [raw, managed] = await Promise.all([settingsItem.getValue(), currentManaged(wait)]);
  const loaded = readSettings(raw, managed ?? { problems: [] });
  return managed ? loaded : { ...loaded, managedPending: true };
}

/**
 * Applies a change to this device's settings. Refuses to build on settings it could not read
 * (reset them first), and to store anything that does not parse: a failed change changes nothing.
 */
export function updateSettings(change: (current: Settings, effective: Settings) => Settings): Promise<Settings> {
  // Serialised across the background and every options page (lock.ts): no update is lost.
  return withLock('settings', async () => {
    // Managed values matter only to tell a deployed person from an unknown one: a bounded wait.
    const loaded = await loadSettings({ managedWaitMs: 5000 });
    if (loaded.problem) throw new Error(loaded.problem);
    const next = settingsSchema.parse(change(loaded.local, loaded.settings));
    await settingsItem.setValue(next);
    return next;
  });
}

/** Replaces unreadable (or any) settings with the defaults. */
export function resetSettings(): Promise<void> {
  return withLock('settings', () => settingsItem.setValue(defaultSettings()));
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  let active = true;
  const reload = () => void loadSettings().then((loaded) => active && onChange(loaded));
  const unwatchLocal = settingsItem.watch(reload);
  // Another context (the background, reading at start-up) may learn the deployed values first.
  const unwatchCache = managedCache.watch(() => {
    if (!managedValue) reload();
  });
  const unwatchManaged = watchManaged(() => {
    managedValue = null;
    managedRead = null;
    reload();
  });
  // A first managed read that came after the budget: apply it now.
  if (!managedValue) void readManagedOnce().then(reload);
  return () => {
    active = false;
    unwatchLocal();
    unwatchCache();
    unwatchManaged();
  };
}

export async function acceptPlainEmail(personId: string, at: Date): Promise<void> {
  // Known among the effective settings: a therapist deployed by policy can be accepted too (the
  // acceptance is the user's own, kept locally).
  await updateSettings((s, effective) => {
    const known =
      effective.therapists.some((t) => t.id === personId) || effective.clients.some((c) => c.id === personId);
    if (!known) throw new Error('unknown therapist or client');
    return { ...s, acceptances: { ...s.acceptances, [personId]: { acceptedAt: at.toISOString() } } };
  });
}

export async function withdrawAcceptance(personId: string): Promise<void> {
  await updateSettings((s) => {
    const { [personId]: _withdrawn, ...acceptances } = s.acceptances;
    return { ...s, acceptances };
  });
}

/** "Not again for this one" for a person known among the effective settings (as acceptances). */
export async function suppressCheck(
  entry: { personId: string; check: SuppressibleId; days: number | null },
  at: Date,
): Promise<void> {
  await updateSettings((s, effective) => {
    const known =
      effective.therapists.some((t) => t.id === entry.personId) ||
      effective.clients.some((c) => c.id === entry.personId);
    if (!known) throw new Error('unknown therapist or client');
    return { ...s, suppressions: addSuppression(s.suppressions, entry, at) };
  });
}

export async function withdrawSuppression(personId: string, check: string): Promise<void> {
  await updateSettings((s) => ({ ...s, suppressions: withoutSuppression(s.suppressions, personId, check) }));
}

function upsert<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  const at = list.findIndex((item) => item.id === entry.id);
  return at === -1 ? [...list, entry] : list.map((item, i) => (i === at ? entry : item));
}

/** Adds a therapist, or replaces the one with the same id. */
export async function saveTherapist(entry: TherapistEntry): Promise<void> {
  await updateSettings((s) => ({ ...s, therapists: upsert(s.therapists, entry) }));
}

export async function removeTherapist(id: string): Promise<void> {
  await updateSettings((s) => {
    const { [id]: _gone, ...acceptances } = s.acceptances;
    return {
      ...s,
      therapists: s.therapists.filter((t) => t.id !== id),
      acceptances,
      suppressions: withoutPerson(s.suppressions, id),
    };
  });
}

/** Adds a client, or replaces the one with the same id. */
export async function saveClient(entry: ClientEntry): Promise<void> {
  await updateSettings((s) => ({ ...s, clients: upsert(s.clients, entry) }));
}

export async function removeClient(id: string): Promise<void> {
  await updateSettings((s) => {
    const { [id]: _gone, ...acceptances } = s.acceptances;
    return {
      ...s,
      clients: s.clients.filter((c) => c.id !== id),
      acceptances,
      suppressions: withoutPerson(s.suppressions, id),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Export and import of all settings (moving them to another device).
// ---------------------------------------------------------------------------------------------

export const SETTINGS_FILE_FORMAT = 'between-sessions.settings';
export { MAX_SETTINGS_FILE_BYTES };

/**
 * All of this device's settings as a file, the safety plan included; unreadable settings (or an
 * unreadable plan) are exported exactly as stored.
 */
export async function exportAllSettings(now = new Date()): Promise<string> {
  const [loaded, plan] = await Promise.all([loadSettings(), loadSafetyPlan()]);
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    ...(loaded.problem ? { unreadable: loaded.unreadable } : { settings: loaded.local }),
    ...(plan.plan ? { safetyPlan: plan.plan } : {}),
    ...(plan.problem && plan.unreadable !== undefined ? { unreadableSafetyPlan: plan.unreadable } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `safetyPlan` is set when the file carries one; a file without leaves this device's plan as it is. */
export type ImportResult =
  | { ok: true; settings: Settings; safetyPlan?: SafetyPlan }
  | {
      ok: false;
      problems: string[];
      /** The same words from the catalogue, one for each problem (lib/policy/words.ts). */
      words?: Words[];
    };

function refused(problems: Said[]): ImportResult {
  return { ok: false, problems: problems.map((p) => p.message), words: problems.map((p) => p.words) };
}

/** Reads a settings file without storing anything. */
export function parseSettingsFile(text: string): ImportResult {
  const bytes = text.length > MAX_SETTINGS_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_SETTINGS_FILE_BYTES) {
    const mb = String(MAX_SETTINGS_FILE_BYTES / 1024 / 1024);
    return refused([
      said(
        `This file is too large to be a Between Sessions settings file (over ${mb} MB).`,
        'settings_problem_too_large',
        mb,
      ),
    ]);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refused([said(`This is not a JSON file: ${why}`, 'policy_problem_not_json', why)]);
  }
  const header = z
    .object({ format: z.literal(SETTINGS_FILE_FORMAT), version: z.number().check(z.int()), settings: z.unknown() })
    .safeParse(file);
  if (!header.success) {
    return refused([said('This is not a Between Sessions settings file.', 'settings_problem_not_settings')]);
  }
  if (header.data.version > SETTINGS_VERSION) {
    return refused([
      said(
        'This settings file was made by a newer version of Between Sessions. Update the extension, then import it again.',
        'settings_problem_newer',
      ),
    ]);
  }
  const raw = header.data.version < 2 ? migrateSettingsV1(header.data.settings) : header.data.settings;
  const parsed = settingsSchema.safeParse(raw, { error: plainMessage, reportInput: true });
  if (!parsed.success) return refused(parsed.error.issues.map((i) => atField(i.path.join('.'), issueSaid(i))));
  const planRaw = (file as Record<string, unknown>)['safetyPlan'];
  if (planRaw === undefined) return { ok: true, settings: parsed.data };
  const plan = parseSafetyPlan(planRaw);
  if (!plan.ok) {
    return refused(
      plan.problems.map((p) =>
        atField(
          `safetyPlan${p.path ? `.${p.path}` : ''}`,
          p.words ? { message: p.message, words: p.words } : asIs(p.message),
        ),
      ),
    );
  }
  return { ok: true, settings: parsed.data, safetyPlan: plan.plan };
}

/**
 * Replaces this device's settings (and its safety plan, when the file has one) with a file's; a
 * bad file changes nothing.
 */
export async function importAllSettings(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (result.ok) {
    await withLock('settings', () => settingsItem.setValue(result.settings));
    if (result.safetyPlan) await saveSafetyPlan(result.safetyPlan);
  }
  return result;
}
