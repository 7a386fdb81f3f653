import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import english from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import { FALLBACK_GUIDANCE_KEY, GENERAL_GUIDANCE, GENERAL_GUIDANCE_KEY } from '../../../../lib/crisis/line-words';
import type { CrisisLine } from '../../../../lib/crisis/resources';
import {
  CRISIS_DATA,
  crisisDataFileSchema,
  crisisDataSchema,
  crisisLineSchema,
  EU_MEMBER_STATES,
  FALLBACK_GUIDANCE,
} from '../../../../lib/crisis/resources';

const DATA_FILE = fileURLToPath(new URL('../../../../lib/crisis/lines.json', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../../../lib/crisis/lines.schema.json', import.meta.url));
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Verified lines last checked more than a year before `today`. */
function stale(lines: ReadonlyArray<readonly [string, CrisisLine]>, today: Date): string[] {
  return lines
    .filter(([, line]) => line.lastVerified && today.getTime() - Date.parse(`${line.lastVerified}T00:00:00Z`) > YEAR_MS)
    .map(([, line]) => `${line.id} (last verified ${line.lastVerified})`);
}

const allLines: Array<[string, CrisisLine]> = Object.entries(CRISIS_DATA).flatMap(([region, entry]) =>
  entry.lines.map((line) => [region, line] as [string, CrisisLine]),
);
const allContacts = allLines.flatMap(([, line]) => line.contacts.map((c) => [line.id, c] as const));

describe('crisis resources data', () => {
  it('is valid against its schema', () => {
    const result = crisisDataSchema.safeParse(CRISIS_DATA);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers every region the product promises, plus the EU fallback', () => {
    expect(Object.keys(CRISIS_DATA).sort()).toEqual(
      ['AU', 'CA', 'DE', 'EU', 'FR', 'GB', 'IE', 'IN', 'NZ', 'US'].sort(),
    );
    expect(EU_MEMBER_STATES).toHaveLength(27);
  });

  it('has unique ids, each prefixed with its region', () => {
    const ids = allLines.map(([, line]) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [region, line] of allLines) expect(line.id.startsWith(`${region.toLowerCase()}-`)).toBe(true);
  });

  it('dates every verified line and gives every line a source', () => {
    for (const [, line] of allLines) {
      expect(line.source.length).toBeGreaterThan(3);
      if (!line.unconfirmed) expect(line.lastVerified).toMatch(/^20\d\d-\d\d-\d\d$/);
      else expect(line.lastVerified).toBeUndefined();
    }
  });

  it('has no verified line last checked more than a year ago (re-check it: docs/crisis-lines.md)', () => {
    expect(stale(allLines, new Date())).toEqual([]);
  });

  it('flags a line checked more than a year ago, by itself', () => {
    const [region, line] = allLines.find(([, l]) => l.id === 'gb-shout')!;
    const lines = [
      ...allLines.filter(([, l]) => l.id !== 'gb-shout'),
      [region, { ...line, lastVerified: '2025-01-31' }] as const,
    ];
    expect(stale(lines, new Date('2026-02-01T00:00:00Z'))).toEqual(['gb-shout (last verified 2025-01-31)']);
    expect(stale(lines, new Date('2026-01-30T00:00:00Z'))).toEqual([]);
  });

  it('reads lines.json with nothing dropped (no field the schema does not know)', () => {
    const raw = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as { regions: unknown };
    expect(CRISIS_DATA).toEqual(raw.regions);
  });

  it('lines.schema.json is generated from the schema (WRITE_SCHEMA=1 to regenerate)', () => {
    const schema = {
      ...z.toJSONSchema(crisisDataFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
      title: 'Between Sessions crisis lines',
    };
    const expected = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env['WRITE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, expected);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(expected);
  });

  it('marks the lines nobody confirmed as unconfirmed, and lists verified lines first in each region', () => {
    const byId = new Map(allLines.map(([, line]) => [line.id, line]));
    expect(byId.get('ie-text-50808')?.unconfirmed).toBe(true);
    expect(byId.get('au-000')?.unconfirmed).toBe(true);
    for (const id of [
      'us-988',
      'us-crisis-text-line',
      'gb-samaritans',
      'gb-shout',
      'ca-988',
      'au-lifeline',
      'nz-1737',
    ]) {
      expect(byId.get(id)?.unconfirmed).toBeUndefined();
    }
  });

  it('every region has a verified line that is not only the emergency number', () => {
    for (const entry of Object.values(CRISIS_DATA)) {
      expect(entry.lines.some((l) => !l.unconfirmed && !l.emergency)).toBe(true);
    }
  });

  it.each(allContacts.filter(([, c]) => c.via === 'call'))('%s: call link %j is a dialable tel: URI', (_, contact) => {
    expect(contact.href).toMatch(/^tel:\+?\d{3,15}$/);
    expect(contact.label.replace(/\D/g, '')).toBe(contact.href.slice(4).replace(/\D/g, ''));
  });

  it.each(allContacts.filter(([, c]) => c.via === 'text'))(
    '%s: text link %j is a well-formed sms: URI',
    (_, contact) => {
      expect(contact.href).toMatch(/^sms:\+?\d{3,15}(\?&body=[A-Z0-9]+)?$/);
      const url = new URL(contact.href);
      expect(url.protocol).toBe('sms:');
      const keyword = new URLSearchParams(url.search.slice(1)).get('body');
      // A keyword in the link is the one the label tells people to send.
      if (keyword) expect(contact.label).toContain(keyword);
      expect(contact.label.replace(/\D/g, '')).toContain(url.pathname.replace(/\D/g, ''));
    },
  );

  it.each(allContacts.filter(([, c]) => c.via === 'chat'))('%s: chat link %j is an https URL', (_, contact) => {
    const url = new URL(contact.href);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toContain('.');
    expect(contact.href).not.toMatch(/\s/);
  });

  it.each(allContacts.filter(([, c]) => c.via === 'email'))('%s: email link %j is a mailto: address', (_, contact) => {
    expect(contact.href).toBe(`mailto:${contact.label}`);
  });

  it('uses the keyword where the service asks for one (Crisis Text Line: HOME)', () => {
    const ctl = CRISIS_DATA.US!.lines.find((l) => l.id === 'us-crisis-text-line')!;
    expect(ctl.contacts).toEqual([{ via: 'text', label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' }]);
  });

  it("does not offer 988's closed Press 3 option", () => {
    const lifeline = CRISIS_DATA.US!.lines.find((l) => l.id === 'us-988')!;
    expect(lifeline.note ?? '').not.toMatch(/3/);
  });

  it('the schema refuses malformed lines', () => {
    const good = CRISIS_DATA.US!.lines[1]!;
    expect(crisisLineSchema.safeParse(good).success).toBe(true);
    const bad: unknown[] = [
      { ...good, contacts: [{ via: 'call', label: '988', href: 'tel:9 8 8' }, ...good.contacts.slice(1)] },
      { ...good, contacts: [{ via: 'chat', label: 'x', href: 'http://988lifeline.org' }, ...good.contacts.slice(1)] },
      { ...good, unconfirmed: true },
      { ...good, lastVerified: undefined },
      { ...good, offers: ['call'] },
      { ...good, lastVerified: '22 Nov 2026' },
    ];
    for (const line of bad) expect(crisisLineSchema.safeParse(line).success).toBe(false);
  });

  it("gives every line's description and hours a catalogue key whose English entry is exactly its English text", () => {
    const catalogue = english as Record<string, { message: string; placeholders?: unknown }>;
    for (const [, line] of allLines) {
      expect(line.descriptionKey, line.id).toBeDefined();
      expect(line.hoursKey, line.id).toBeDefined();
      expect(catalogue[line.descriptionKey!]?.message, line.id).toBe(line.description);
      expect(catalogue[line.hoursKey!]?.message, line.id).toBe(line.hours);
      expect(catalogue[line.descriptionKey!]?.placeholders, line.id).toBeUndefined();
    }
    expect(catalogue[FALLBACK_GUIDANCE_KEY]?.message).toBe(FALLBACK_GUIDANCE);
    expect(catalogue[GENERAL_GUIDANCE_KEY]?.message).toBe(GENERAL_GUIDANCE);
  });

  it('the schema refuses a key that is not a crisis line key', () => {
    const good = CRISIS_DATA.US!.lines[1]!;
    expect(crisisLineSchema.safeParse({ ...good, descriptionKey: 'options_field_name' }).success).toBe(false);
    expect(crisisLineSchema.safeParse({ ...good, hoursKey: 'crisis_line_hours_sometimes' }).success).toBe(false);
  });
});
