import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../lib/policy/settings';
import type { LoadedSettings } from '../../lib/storage/settings';
import { acceptPlainEmail, loadSettings, readSettings, updateSettings, watchSettings } from '../../lib/storage/settings';
import { therapist } from './fixtures';

const stored = async () => (await fakeBrowser.storage.local.get('settings'))['settings'];

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults, without a problem, when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings() });
    expect(defaultSettings()).toEqual({ role: 'client', therapists: [], acceptances: {} });
  });

  it('reads what updateSettings stored', async () => {
    await updateSettings((s) => ({ ...s, therapists: [therapist()] }));
    const loaded = await loadSettings();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings.therapists).toEqual([therapist()]);
  });

  it('normalises what it stores (addresses trimmed and lower-cased)', async () => {
    const next = await updateSettings((s) => ({
      ...s,
      therapists: [therapist({ emails: [' Maya@CalmPractice.Example '] })],
    }));
    expect(next.therapists[0]!.emails).toEqual(['maya@calmpractice.example']);
    expect((await loadSettings()).settings.therapists[0]!.emails).toEqual(['maya@calmpractice.example']);
  });

  it('uses defaults with a problem message for an unreadable stored value, and leaves it untouched', async () => {
    const junk = { role: 'client', therapists: [{ id: 't1', emails: ['not an address'] }], extra: [1, 2] };
    await fakeBrowser.storage.local.set({ settings: junk });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toMatch(/could not be read/);
    expect(loaded.problem).toContain('therapists.0.emails.0');
    expect(await stored()).toEqual(junk);
  });

  it.each([['a string'], [42], [[1, 2]], [{ therapists: 'x' }]])('reports a problem for stored %j', (value) => {
    const loaded = readSettings(value);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toBeTruthy();
  });

  it('refuses to build on settings it could not read, and stores nothing', async () => {
    const junk = { therapists: 'junk' };
    await fakeBrowser.storage.local.set({ settings: junk });
    const change = vi.fn((s) => ({ ...s, therapists: [therapist()] }));
    await expect(updateSettings(change)).rejects.toThrow(/could not be read/);
    expect(change).not.toHaveBeenCalled();
    expect(await stored()).toEqual(junk);
  });

  it('refuses a change that does not parse, and keeps the old settings', async () => {
    await updateSettings((s) => ({ ...s, therapists: [therapist()] }));
    await expect(
      updateSettings((s) => ({ ...s, therapists: [therapist({ id: 't2', emails: ['junk'] })] })),
    ).rejects.toThrow();
    expect((await loadSettings()).settings.therapists.map((t) => t.id)).toEqual(['t-maya']);
  });

  it('acceptPlainEmail stores an ISO date for a listed therapist', async () => {
    await updateSettings((s) => ({ ...s, therapists: [therapist()] }));
    await acceptPlainEmail('t-maya', new Date('2026-11-23T15:00:00Z'));
    const { settings } = await loadSettings();
    expect(settings.acceptances).toEqual({ 't-maya': { acceptedAt: '2026-11-23T15:00:00.000Z' } });
  });

  it('acceptPlainEmail refuses an unknown therapist id and stores nothing', async () => {
    await updateSettings((s) => ({ ...s, therapists: [therapist()] }));
    const before = await stored();
    await expect(acceptPlainEmail('t-nobody', new Date())).rejects.toThrow(/unknown therapist/);
    expect(await stored()).toEqual(before);
    expect((await loadSettings()).settings.acceptances).toEqual({});
  });

  it('watchSettings fires with the parsed settings on change, and stops after unwatch', async () => {
    const seen: LoadedSettings[] = [];
    const unwatch = watchSettings((loaded) => seen.push(loaded));
    await updateSettings((s) => ({ ...s, therapists: [therapist()] }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.settings.therapists.map((t) => t.id)).toEqual(['t-maya']);
    expect(seen[0]!.problem).toBeUndefined();

    await fakeBrowser.storage.local.set({ settings: { therapists: 'junk' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.settings).toEqual(defaultSettings());
    expect(seen[1]!.problem).toBeTruthy();

    unwatch();
    await updateSettings((s) => s).catch(() => undefined);
    await fakeBrowser.storage.local.set({ settings: {} });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(2);
  });
});
