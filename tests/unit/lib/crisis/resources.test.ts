import { describe, expect, it } from 'vitest';
import type { CrisisLine } from '../../../../lib/crisis/resources';
import { CRISIS_DATA, crisisDataSchema, crisisLineSchema, EU_MEMBER_STATES, LAST_VERIFIED } from '../../../../lib/crisis/resources';

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
    expect(Object.keys(CRISIS_DATA).sort()).toEqual(['AU', 'CA', 'DE', 'EU', 'FR', 'GB', 'IE', 'IN', 'NZ', 'US'].sort());
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
      if (!line.unconfirmed) expect(line.lastVerified).toBe(LAST_VERIFIED);
      else expect(line.lastVerified).toBeUndefined();
    }
  });

  it('marks what the reference marks [unconfirmed], and lists verified lines first in each region', () => {
    const byId = new Map(allLines.map(([, line]) => [line.id, line]));
    expect(byId.get('ie-text-50808')?.unconfirmed).toBe(true);
    expect(byId.get('au-000')?.unconfirmed).toBe(true);
    for (const id of ['us-988', 'us-crisis-text-line', 'gb-samaritans', 'gb-shout', 'ca-988', 'au-lifeline', 'nz-1737']) {
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

  it.each(allContacts.filter(([, c]) => c.via === 'text'))('%s: text link %j is a well-formed sms: URI', (_, contact) => {
    expect(contact.href).toMatch(/^sms:\+?\d{3,15}(\?&body=[A-Z0-9]+)?$/);
    const url = new URL(contact.href);
    expect(url.protocol).toBe('sms:');
    const keyword = new URLSearchParams(url.search.slice(1)).get('body');
    // A keyword in the link is the one the label tells people to send.
    if (keyword) expect(contact.label).toContain(keyword);
    expect(contact.label.replace(/\D/g, '')).toContain(url.pathname.replace(/\D/g, ''));
  });

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
});
