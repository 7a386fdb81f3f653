import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSafetyPlan, parseSafetyPlanText } from '../../../../lib/safety-plan/safety-plan';
import { exportAllSettings, importAllSettings, updateSettings } from '../../../../lib/storage/settings';
import {
  importSafetyPlanText,
  loadSafetyPlan,
  resetSafetyPlan,
  saveSafetyPlan,
} from '../../../../lib/storage/safety-plan';
import { entryOf, therapist } from '../../support/builders';

const EXAMPLE = JSON.stringify({
  format: 'between-sessions.safety-plan',
  version: 1,
  updated: '2026-12-01',
  warningSigns: ['Not sleeping for two nights'],
  copingStrategies: ['Cold shower'],
  distractions: [{ name: 'Corner café' }, { name: 'Aunt Rita', phone: '+1 555 0142' }],
  helpers: [{ name: 'Sam (brother)', phone: '+1 555 0199' }],
  professionals: [{ name: 'Dr. Maya Lee', phone: '+1 555 0100' }],
  safeEnvironment: ["Medicines are kept at Sam's"],
  reasonsForLiving: ['My daughter'],
});
const BASE = { format: 'between-sessions.safety-plan', version: 1 };

describe('importing a safety plan into storage', () => {
  beforeEach(() => fakeBrowser.reset());
  const stored = async () => (await fakeBrowser.storage.local.get('safetyPlan'))['safetyPlan'];

  it('stores a valid file; a refused one changes nothing', async () => {
    expect((await importSafetyPlanText(EXAMPLE)).ok).toBe(true);
    const before = await stored();
    expect((await loadSafetyPlan()).plan?.helpers[0]?.name).toBe('Sam (brother)');
    expect((await importSafetyPlanText(JSON.stringify({ ...BASE, helpers: [{ name: '' }] }))).ok).toBe(false);
    expect((await importSafetyPlanText(JSON.stringify({ ...BASE, version: 2 }))).ok).toBe(false);
    expect(await stored()).toEqual(before);
  });

  it('property: no random JSON crashes the import, and a refused file changes nothing', async () => {
    await importSafetyPlanText(EXAMPLE);
    const before = await stored();
    const entry = fc.oneof(fc.string({ maxLength: 310 }), fc.jsonValue());
    const contact = fc.oneof(fc.record({ name: entry, phone: entry }, { requiredKeys: [] }), fc.jsonValue());
    const planLike = fc.record(
      {
        format: fc.oneof(fc.constant('between-sessions.safety-plan'), fc.jsonValue()),
        version: fc.oneof(fc.constant(1), fc.integer(), fc.jsonValue()),
        updated: fc.oneof(fc.constant('2026-12-01'), fc.string()),
        warningSigns: fc.oneof(fc.array(entry, { maxLength: 22 }), fc.jsonValue()),
        helpers: fc.oneof(fc.array(contact, { maxLength: 22 }), fc.jsonValue()),
        reasonsForLiving: fc.array(entry, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const files = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      planLike.map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(files, async (text) => {
        const result = await importSafetyPlanText(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.path).toBe('string');
          expect(await stored()).toEqual(before);
        } else {
          expect((await loadSafetyPlan()).problem).toBeUndefined();
          const back = parseSafetyPlan(before);
          if (back.ok) await saveSafetyPlan(back.plan); // put it back
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a stored value that is not a plan gives a plain message, never a crash', async () => {
    await fakeBrowser.storage.local.set({
      safetyPlan: { format: 'between-sessions.safety-plan', version: 1, helpers: 7 },
    });
    const loaded = await loadSafetyPlan();
    expect(loaded.plan).toBeNull();
    expect(loaded.problem).toMatch(/could not be read \(helpers: expected a list/);
    expect(loaded.unreadable).toEqual({ format: 'between-sessions.safety-plan', version: 1, helpers: 7 });
  });
});

describe('the safety plan in export and import of all settings', () => {
  beforeEach(() => fakeBrowser.reset());
  const NOW = new Date('2026-12-01T00:00:00Z');

  it('travels in the settings file and comes back byte-equal', async () => {
    await updateSettings((s) => ({ ...s, therapists: [entryOf(therapist())] }));
    await importSafetyPlanText(EXAMPLE);
    const file = await exportAllSettings(NOW);
    expect(JSON.parse(file).safetyPlan.helpers).toEqual([{ name: 'Sam (brother)', phone: '+1 555 0199' }]);
    fakeBrowser.reset();
    expect((await importAllSettings(file)).ok).toBe(true);
    expect((await loadSafetyPlan()).plan?.reasonsForLiving).toEqual(['My daughter']);
    expect(await exportAllSettings(NOW)).toBe(file);
  });

  it('a settings file with a broken plan is refused whole, by field path; one without a plan keeps this one', async () => {
    await importSafetyPlanText(EXAMPLE);
    const file = JSON.parse(await exportAllSettings(NOW));
    const before = await fakeBrowser.storage.local.get(null);
    const broken = await importAllSettings(
      JSON.stringify({ ...file, settings: { ...file.settings, role: 'both' }, safetyPlan: { ...BASE, helpers: [{}] } }),
    );
    expect(broken.ok === false && broken.problems).toEqual(['safetyPlan.helpers.0.name: is required']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    const { safetyPlan: _none, ...withoutPlan } = file;
    expect((await importAllSettings(JSON.stringify(withoutPlan))).ok).toBe(true);
    expect((await loadSafetyPlan()).plan?.warningSigns).toEqual(['Not sleeping for two nights']);
  });

  it('an unreadable stored plan is exported as it was stored, and reset removes it', async () => {
    await fakeBrowser.storage.local.set({ safetyPlan: 'garbled' });
    expect(JSON.parse(await exportAllSettings(NOW)).unreadableSafetyPlan).toBe('garbled');
    await resetSafetyPlan();
    expect(await loadSafetyPlan()).toEqual({ plan: null });
    expect(parseSafetyPlanText(EXAMPLE).ok).toBe(true);
  });
});
