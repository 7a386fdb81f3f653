import { describe, expect, it } from 'vitest';
import {
  activeSuppressions,
  addSuppression,
  isSuppressible,
  suppressionFor,
  withoutPerson,
  withoutSuppression,
} from '../../../../lib/policy/suppressions';
import type { Suppression } from '../../../../lib/policy/suppressions';

const NOW = new Date('2026-12-01T10:00:00Z');

describe('suppressions ("not again for this one")', () => {
  it('never covers crisis, unchecked or encryption', () => {
    expect(isSuppressible('crisis')).toBe(false);
    expect(isSuppressible('unchecked')).toBe(false);
    expect(isSuppressible('encryption')).toBe(false);
    expect(isSuppressible('too-long')).toBe(true);
  });

  it('7 days: in force for that person and check only, until the seventh day ends', () => {
    const list = addSuppression([], { personId: 't-maya', check: 'too-long', days: 7 }, NOW);
    expect(list).toEqual([
      { personId: 't-maya', check: 'too-long', since: NOW.toISOString(), until: '2026-12-08T10:00:00.000Z' },
    ]);
    expect(suppressionFor(list, 't-maya', 'too-long', NOW)).toBeDefined();
    expect(suppressionFor(list, 't-ana', 'too-long', NOW)).toBeUndefined();
    expect(suppressionFor(list, 't-maya', 'purpose', NOW)).toBeUndefined();
    expect(suppressionFor(list, 't-maya', 'too-long', new Date('2026-12-08T09:59:59Z'))).toBeDefined();
    expect(suppressionFor(list, 't-maya', 'too-long', new Date('2026-12-08T10:00:00Z'))).toBeUndefined();
  });

  it('until I change my mind: no end date, in force years later', () => {
    const list = addSuppression([], { personId: 't-maya', check: 'purpose', days: null }, NOW);
    expect(list[0]).not.toHaveProperty('until');
    expect(suppressionFor(list, 't-maya', 'purpose', new Date('2030-01-01T00:00:00Z'))).toBeDefined();
  });

  it('a second choice for the same person and check replaces the first; ended ones are dropped', () => {
    const old: Suppression = {
      personId: 't-ana',
      check: 'phi',
      since: '2026-10-01T00:00:00Z',
      until: '2026-10-08T00:00:00Z',
    };
    let list = addSuppression([old], { personId: 't-maya', check: 'too-long', days: 7 }, NOW);
    list = addSuppression(list, { personId: 't-maya', check: 'too-long', days: null }, NOW);
    expect(list).toHaveLength(1);
    expect(list[0]!.until).toBeUndefined();
    expect(activeSuppressions([old, ...list], NOW)).toEqual(list);
  });

  it('withdrawing removes that one; removing a person removes theirs', () => {
    let list = addSuppression([], { personId: 't-maya', check: 'too-long', days: 7 }, NOW);
    list = addSuppression(list, { personId: 't-maya', check: 'purpose', days: 7 }, NOW);
    list = addSuppression(list, { personId: 't-ana', check: 'purpose', days: 7 }, NOW);
    expect(withoutSuppression(list, 't-maya', 'purpose').map((s) => `${s.personId}:${s.check}`)).toEqual([
      't-maya:too-long',
      't-ana:purpose',
    ]);
    expect(withoutPerson(list, 't-maya').map((s) => s.personId)).toEqual(['t-ana']);
  });
});
