import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSendHistory, readSendLog, recordSend } from '../../../../lib/storage/send-log';
import {
  MAX_SETTINGS_FILE_BYTES,
  importAllSettings,
  loadSettings,
  parseSettingsFile,
  saveTherapist,
  updateSettings,
} from '../../../../lib/storage/settings';
import { entryOf, therapist } from '../../support/builders';

/** Writes from several places at once (two tabs, a tab and the options page) all land. */
describe('storage under concurrent writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('twenty settings changes at once: none is lost', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveTherapist(entryOf(therapist({ id: `t${i}`, emails: [`t${i}@practice.example`] }))),
      ),
    );
    const loaded = await loadSettings();
    expect(loaded.settings.therapists.map((t) => t.id).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `t${i}`).sort(),
    );
  });

  it('a change and an acceptance at once: both land', async () => {
    await saveTherapist(entryOf(therapist()));
    await Promise.all([
      updateSettings((s) => ({ ...s, region: 'GB' })),
      updateSettings((s) => ({
        ...s,
        acceptances: { ...s.acceptances, 't-maya': { acceptedAt: '2026-12-01T10:00:00.000Z' } },
      })),
    ]);
    const loaded = await loadSettings();
    expect(loaded.settings.region).toBe('GB');
    expect(loaded.settings.acceptances['t-maya']).toBeDefined();
  });

  it('ten sends logged at once: all ten are kept', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 11, 1, 10, i));
    await Promise.all(Array.from({ length: 10 }, (_, i) => recordSend(['t-maya'], at(i))));
    expect((await readSendLog())['t-maya']).toHaveLength(10);
  });

  it('one malformed send-log entry costs nothing else, and the next write keeps every valid one', async () => {
    await fakeBrowser.storage.local.set({
      sendLog: {
        't-maya': ['2026-12-01T09:00:00.000Z', 'not a time', 42],
        't-sam': 'oops',
        't-ana': ['2026-11-30T09:00:00.000Z'],
      },
    });
    expect(await readSendLog()).toEqual({
      't-maya': ['2026-12-01T09:00:00.000Z'],
      't-ana': ['2026-11-30T09:00:00.000Z'],
    });
    await recordSend(['t-maya'], new Date('2026-12-01T10:00:00Z'));
    expect(await readSendLog()).toEqual({
      't-maya': ['2026-12-01T09:00:00.000Z', '2026-12-01T10:00:00.000Z'],
      't-ana': ['2026-11-30T09:00:00.000Z'],
    });
    await clearSendHistory();
    expect(await readSendLog()).toEqual({});
  });

  it('a settings file over the size cap is refused unread, and nothing changes', async () => {
    await saveTherapist(entryOf(therapist()));
    const huge = `{"format":"between-sessions.settings","version":2,"settings":{},"pad":"${'x'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`;
    expect(parseSettingsFile(huge)).toMatchObject({ ok: false, problems: [expect.stringMatching(/too large/)] });
    expect(await importAllSettings(huge)).toMatchObject({ ok: false });
    expect((await loadSettings()).settings.therapists.map((t) => t.id)).toEqual(['t-maya']);
  });
});
