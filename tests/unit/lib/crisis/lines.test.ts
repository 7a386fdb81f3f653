import { describe, expect, it } from 'vitest';
import { crisisLinesFor, FALLBACK_GUIDANCE } from '../../../../lib/crisis/lines';

const ids = (result: ReturnType<typeof crisisLinesFor>) => result.lines.map((l) => l.id);

describe('crisisLinesFor', () => {
  it("uses the therapist's region when the user has none", () => {
    const result = crisisLinesFor(undefined, 'US');
    expect(result.region).toBe('US');
    expect(ids(result)).toEqual(expect.arrayContaining(['us-911', 'us-988', 'us-crisis-text-line']));
    expect(result.fallback).toBeUndefined();
  });

  it("lets the user's own region win over the therapist's", () => {
    const result = crisisLinesFor('GB', 'US');
    expect(result.region).toBe('GB');
    expect(ids(result)).toContain('gb-samaritans');
    expect(ids(result).some((id) => id.startsWith('us-'))).toBe(false);
  });

  it("falls back to guidance for an unknown region, never another country's numbers", () => {
    expect(crisisLinesFor('BR', 'US')).toEqual({ region: 'BR', lines: [], fallback: FALLBACK_GUIDANCE });
    expect(crisisLinesFor(undefined, 'JP')).toEqual({ region: 'JP', lines: [], fallback: FALLBACK_GUIDANCE });
    expect(FALLBACK_GUIDANCE).toBe(
      'Call your local emergency number (112 works in many countries) or go to the nearest emergency department.',
    );
  });

  it('falls back to guidance when no region is known at all', () => {
    expect(crisisLinesFor(undefined, undefined)).toEqual({ region: null, lines: [], fallback: FALLBACK_GUIDANCE });
    expect(crisisLinesFor('', 'not a code')).toEqual({ region: null, lines: [], fallback: FALLBACK_GUIDANCE });
  });

  it('gives EU member states without their own entry 112 and 116 123', () => {
    const result = crisisLinesFor('IT', 'US');
    expect(result.region).toBe('IT');
    expect(result.lines.map((l) => l.number)).toEqual(['112', '116 123']);
  });

  it('prefers a country entry over the EU fallback', () => {
    expect(ids(crisisLinesFor('DE', undefined))).toContain('de-telefonseelsorge');
    expect(ids(crisisLinesFor('FR', undefined))).toContain('fr-3114');
    expect(ids(crisisLinesFor('IE', undefined))).toContain('ie-samaritans');
  });

  it('reads lower case and the common "UK" for GB', () => {
    expect(crisisLinesFor('uk', undefined).region).toBe('GB');
    expect(crisisLinesFor(undefined, ' ca ').region).toBe('CA');
  });

  it('puts verified lines before unconfirmed ones', () => {
    for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'IN', 'IT']) {
      const flags = crisisLinesFor(region, undefined).lines.map((l) => Boolean(l.unconfirmed));
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });
});
