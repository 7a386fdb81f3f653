import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_FORMAT } from '../../../../lib/policy/contact-policy';
import { defaultSettings, migrateSettingsV1 } from '../../../../lib/policy/settings';
import type { LoadedSettings } from '../../../../lib/storage/settings';
import {
  acceptPlainEmail,
  exportAllSettings,
  importAllSettings,
  loadSettings,
  readSettings,
  resetSettings,
  updateSettings,
  watchSettings,
} from '../../../../lib/storage/settings';
import { entryOf, therapist } from '../../support/builders';

const stored = async () => (await fakeBrowser.storage.local.get('settings'))['settings'];

const V1 = {
  role: 'client',
  therapists: [
    {
      id: 't1',
      name: 'Dr. Maya Lee',
      emails: ['maya@calmpractice.example'],
      encryption: 'required',
      allowedCc: ['@family.example'],
    },
    { id: 't2', name: '', emails: ['@otherpractice.example'], encryption: 'preferred', allowedCc: [] },
  ],
  acceptances: { t2: { acceptedAt: '2026-11-01T10:00:00.000Z' } },
};

function policyFile(emails: string[]) {
  return {
    format: POLICY_FORMAT,
    version: 1,
    therapist: { name: 'Dr. Org', emails },
    email: { purposes: ['scheduling'], encryption: 'required' },
    emergency: { region: 'GB' },
  };
}

describe('settings storage (v2)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults, without a problem, when nothing is stored', async () => {
    const loaded = await loadSettings();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(defaultSettings()).toEqual({
      role: 'client',
      therapists: [],
      acceptances: {},
      suppressions: [],
      clients: [],
      workAddresses: [],
      policyAcknowledgements: [],
    });
  });

  it('reads what updateSettings stored, normalised', async () => {
    const maya = entryOf(therapist());
    maya.policy.therapist.emails = [' Maya@CalmPractice.Example '];
    await updateSettings((s) => ({ ...s, therapists: [maya] }));
    const loaded = await loadSettings();
    expect(loaded.settings.therapists[0]!.policy.therapist.emails).toEqual(['maya@calmpractice.example']);
  });

  it('refuses to store settings that do not parse, and changes nothing', async () => {
    await updateSettings((s) => ({ ...s, therapists: [entryOf(therapist())] }));
    const before = await stored();
    await expect(updateSettings((s) => ({ ...s, role: 'admin' as never }))).rejects.toThrow();
    expect(await stored()).toEqual(before);
  });

  it('uses defaults for an unreadable value, says so, keeps it untouched and exports it as stored', async () => {
    const junk = { role: 'client', therapists: 'not a list' };
    await fakeBrowser.storage.local.set({ settings: junk });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toMatch(/could not be read \(therapists/);
    expect(loaded.unreadable).toEqual(junk);
    expect(await stored()).toEqual(junk);
    await expect(updateSettings((s) => s)).rejects.toThrow(/could not be read/);
    expect(JSON.parse(await exportAllSettings()).unreadable).toEqual(junk);
    await resetSettings();
    expect((await loadSettings()).problem).toBeUndefined();
  });

  it('stores an acceptance of plain email with its date, and refuses unknown ids', async () => {
    await updateSettings((s) => ({ ...s, therapists: [entryOf(therapist())] }));
    await acceptPlainEmail('t-maya', new Date('2026-11-22T09:30:00Z'));
    expect((await loadSettings()).settings.acceptances).toEqual({
      't-maya': { acceptedAt: '2026-11-22T09:30:00.000Z' },
    });
    await expect(acceptPlainEmail('nobody', new Date())).rejects.toThrow();
  });

  it('tells watchers about changes', async () => {
    const seen: LoadedSettings[] = [];
    const unwatch = watchSettings((l) => seen.push(l));
    await updateSettings((s) => ({ ...s, role: 'both' }));
    await vi.waitFor(() => expect(seen.at(-1)?.settings.role).toBe('both'));
    unwatch();
  });

  it('round-trips all settings through export and import; a bad file changes nothing', async () => {
    await updateSettings((s) => ({ ...s, role: 'both', region: 'GB', therapists: [entryOf(therapist())] }));
    const file = await exportAllSettings(new Date('2026-11-22T00:00:00Z'));
    fakeBrowser.reset();
    expect((await importAllSettings(file)).ok).toBe(true);
    expect(await exportAllSettings(new Date('2026-11-22T00:00:00Z'))).toBe(file);

    const before = await stored();
    for (const bad of [
      '{',
      '{"format":"other"}',
      JSON.stringify({ format: 'between-sessions.settings', version: 3, settings: {} }),
    ]) {
      const result = await importAllSettings(bad);
      expect(result.ok).toBe(false);
    }
    const newer = await importAllSettings(
      JSON.stringify({ format: 'between-sessions.settings', version: 3, settings: {} }),
    );
    expect(!newer.ok && newer.problems[0]).toMatch(/newer version/);
    const broken = await importAllSettings(
      JSON.stringify({ format: 'between-sessions.settings', version: 2, settings: { therapists: [{ id: 'x' }] } }),
    );
    expect(!broken.ok && broken.problems.join(' ')).toMatch(/therapists\.0\.policy/);
    expect(await stored()).toEqual(before);
  });

  it('property: no random file crashes the import, and a refused one leaves storage untouched', async () => {
    await updateSettings((s) => ({ ...s, therapists: [entryOf(therapist())] }));
    const before = await stored();
    const files = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((settings) => JSON.stringify({ format: 'between-sessions.settings', version: 2, settings })),
    );
    await fc.assert(
      fc.asyncProperty(files, async (text) => {
        const result = await importAllSettings(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(await stored()).toEqual(before);
        } else {
          await fakeBrowser.storage.local.set({ settings: before }); // put it back for the next run
        }
      }),
      { numRuns: 200 },
    );
  });

  it('imports a version 1 settings file by migrating it', async () => {
    const result = await importAllSettings(
      JSON.stringify({ format: 'between-sessions.settings', version: 1, settings: V1 }),
    );
    expect(result.ok).toBe(true);
    expect((await loadSettings()).settings.therapists.map((t) => t.id)).toEqual(['t1', 't2']);
  });
});

describe('migration v1 -> v2', () => {
  it('gives each therapist a starting policy that keeps their addresses, encryption and allowed Cc', () => {
    const v2 = migrateSettingsV1(V1) as ReturnType<typeof defaultSettings>;
    const [maya, other] = v2.therapists;
    expect(maya).toMatchObject({ id: 't1', source: 'default' });
    expect(maya!.policy.therapist).toEqual({ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] });
    expect(maya!.policy.email.encryption).toBe('required');
    expect(maya!.policy.email.allowedCc).toEqual(['@family.example']);
    expect(other!.policy.therapist.name).toBe('@otherpractice.example');
    expect(v2.acceptances).toEqual(V1.acceptances);
    expect(readSettings(v2).problem).toBeUndefined();
  });

  it('leaves a value that is not valid v1 as it is (it is then reported unreadable, not dropped)', () => {
    const junk = { therapists: [{ id: 1 }] };
    expect(migrateSettingsV1(junk)).toBe(junk);
    expect(readSettings(migrateSettingsV1(junk)).unreadable).toBe(junk);
  });

  it('runs when the extension starts on v1 storage', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    vi.resetModules();
    const fresh = await import('../../../../lib/storage/settings');
    const loaded = await fresh.loadSettings();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings.therapists).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });
});

describe('managed settings (enterprise policy)', () => {
  // Managed storage is read once per context (it is slow in Chromium): a fresh module per test.
  let fresh: typeof import('../../../../lib/storage/settings');
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.resetModules();
    fresh = await import('../../../../lib/storage/settings');
  });

  it('win over local ones and come first; bad managed values are reported, not applied', async () => {
    await fakeBrowser.storage.managed.set({
      role: 'both',
      region: 'GB',
      therapistPolicies: [policyFile(['dr.org@clinic.example']), { format: 'nope' }],
      clients: [{ name: 'Client A', emails: ['a@client.example'] }, { emails: [] }],
    });
    await fresh.updateSettings((s) => ({ ...s, role: 'client', region: 'US', therapists: [entryOf(therapist())] }));
    const loaded = await fresh.loadSettings({ waitForManaged: true });
    expect(loaded.settings.role).toBe('both');
    expect(loaded.settings.region).toBe('GB');
    expect(loaded.settings.therapists.map((t) => t.id)).toEqual([
      expect.stringMatching(/^managed-therapist-/),
      't-maya',
    ]);
    expect(loaded.settings.clients.map((c) => c.id)).toEqual([expect.stringMatching(/^managed-client-/)]);
    expect(loaded.managed.problems).toHaveLength(2);
    // This device's own settings are untouched by managed values.
    expect(loaded.local.role).toBe('client');
    expect(loaded.local.therapists).toHaveLength(1);
  });

  it('a managed therapist replaces a local one with the same address', async () => {
    await fakeBrowser.storage.managed.set({ therapistPolicies: [policyFile(['dr.org@clinic.example'])] });
    await fresh.updateSettings((s) => ({
      ...s,
      therapists: [entryOf(therapist({ emails: ['dr.org@clinic.example'] }))],
    }));
    const loaded = await fresh.loadSettings({ waitForManaged: true });
    expect(loaded.settings.therapists.map((t) => t.policy.therapist.name)).toEqual(['Dr. Org']);
    expect(loaded.settings.therapists[0]!.id).toMatch(/^managed-therapist-/);
  });

  it('managed ids follow the addresses, not the place in the policy list: reordering moves nothing', async () => {
    const a = policyFile(['a@clinic.example']);
    const b = { ...policyFile(['b@clinic.example']), therapist: { name: 'Dr. B', emails: ['b@clinic.example'] } };
    const idsOf = async (list: unknown[]) => {
      fakeBrowser.reset();
      vi.resetModules();
      const again: typeof import('../../../../lib/storage/settings') = await import('../../../../lib/storage/settings');
      await fakeBrowser.storage.managed.set({ therapistPolicies: list });
      const loaded = await again.loadSettings({ waitForManaged: true });
      return Object.fromEntries(loaded.settings.therapists.map((t) => [t.policy.therapist.emails[0], t.id]));
    };
    const first = await idsOf([a, b]);
    const reordered = await idsOf([b, a]);
    expect(reordered).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(2);
  });

  it('an acceptance for a managed therapist can be saved, and applies to that therapist', async () => {
    await fakeBrowser.storage.managed.set({ therapistPolicies: [policyFile(['dr.org@clinic.example'])] });
    const id = (await fresh.loadSettings({ waitForManaged: true })).settings.therapists[0]!.id;
    await fresh.acceptPlainEmail(id, new Date('2026-12-01T10:00:00Z'));
    const loaded = await fresh.loadSettings({ waitForManaged: true });
    expect(loaded.settings.acceptances[id]).toEqual({ acceptedAt: '2026-12-01T10:00:00.000Z' });
    await expect(fresh.acceptPlainEmail('managed-therapist-nobody', new Date())).rejects.toThrow(/unknown/);
  });

  it('a send check waits for a slow first managed read, within its budget, and says when it is still missing', async () => {
    await fakeBrowser.storage.managed.set({ therapistPolicies: [policyFile(['dr.org@clinic.example'])] });
    const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
      (keys?: unknown) => new Promise((resolve) => setTimeout(() => resolve(real(keys as null)), 300)),
    );
    const early = await fresh.loadSettings({ managedWaitMs: 50 });
    expect(early.managedPending).toBe(true);
    expect(early.settings.therapists).toEqual([]);
    // The same read, still under way, arrives within a longer wait: nothing pending then.
    const later = await fresh.loadSettings({ managedWaitMs: 1000 });
    expect(later.managedPending).toBeUndefined();
    expect(later.settings.therapists.map((t) => t.policy.therapist.name)).toEqual(['Dr. Org']);
  });

  it('after one read, a later cold start that is slow to read managed storage uses the values last read', async () => {
    await fakeBrowser.storage.managed.set({ therapistPolicies: [policyFile(['dr.org@clinic.example'])] });
    await fresh.loadSettings({ waitForManaged: true }); // read once: remembered
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('managedCache'))['managedCache']).toBeTruthy(),
    );
    vi.resetModules();
    const restarted: typeof import('../../../../lib/storage/settings') =
      await import('../../../../lib/storage/settings');
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined));
    const loaded = await restarted.loadSettings({ managedWaitMs: 30 });
    expect(loaded.managedPending).toBeUndefined();
    expect(loaded.settings.therapists.map((t) => t.policy.therapist.name)).toEqual(['Dr. Org']);
  });

  it('a change of managed values reaches watchers', async () => {
    const seen: LoadedSettings[] = [];
    const unwatch = fresh.watchSettings((l) => seen.push(l));
    await fakeBrowser.storage.managed.set({ role: 'therapist' });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.role).toBe('therapist'));
    unwatch();
  });
});
