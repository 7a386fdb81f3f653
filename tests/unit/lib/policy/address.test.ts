import { describe, expect, it } from 'vitest';
import {
  addressEntrySchema,
  isAddress,
  isAddressEntry,
  matchesAny,
  matchesEntry,
  parseRecipient,
  sameName,
} from '../../../../lib/policy/address';

describe('parseRecipient', () => {
  it('reads "Name <address>" and lower-cases the address', () => {
    expect(parseRecipient('Maya Lee <Maya@CalmPractice.Example>')).toEqual({
      name: 'Maya Lee',
      address: 'maya@calmpractice.example',
    });
  });

  it('reads a bare address', () => {
    expect(parseRecipient('  MAYA@calm.example ')).toEqual({ address: 'maya@calm.example' });
  });

  it('reads a display name alone', () => {
    expect(parseRecipient('Maya Lee')).toEqual({ name: 'Maya Lee' });
  });

  it('strips quotes around a display name', () => {
    expect(parseRecipient('"Lee, Maya" <maya@calm.example>')).toEqual({
      name: 'Lee, Maya',
      address: 'maya@calm.example',
    });
    expect(parseRecipient("'Maya Lee'")).toEqual({ name: 'Maya Lee' });
  });

  it('reads "<address>" with no name', () => {
    expect(parseRecipient('<maya@calm.example>')).toEqual({ address: 'maya@calm.example' });
  });

  it('gives nothing for an empty recipient', () => {
    expect(parseRecipient('   ')).toEqual({});
  });
});

describe('matching entries', () => {
  it('matches a full address case-insensitively', () => {
    expect(matchesEntry('Maya@Calm.Example', 'maya@calm.example')).toBe(true);
    expect(matchesEntry('maya@calm.example', ' MAYA@CALM.EXAMPLE ')).toBe(true);
    expect(matchesEntry('maya2@calm.example', 'maya@calm.example')).toBe(false);
  });

  it('matches "@domain" for that exact domain only, not subdomains', () => {
    expect(matchesEntry('anyone@calm.example', '@calm.example')).toBe(true);
    expect(matchesEntry('Anyone@CALM.example', '@Calm.Example')).toBe(true);
    expect(matchesEntry('a@sub.calm.example', '@calm.example')).toBe(false);
    expect(matchesEntry('a@notcalm.example', '@calm.example')).toBe(false);
    expect(matchesEntry('a@calm.example.evil', '@calm.example')).toBe(false);
  });

  it('matchesAny looks through every entry', () => {
    expect(matchesAny('x@b.example', ['a@a.example', '@b.example'])).toBe(true);
    expect(matchesAny('x@c.example', ['a@a.example', '@b.example'])).toBe(false);
    expect(matchesAny('x@c.example', [])).toBe(false);
  });
});

describe('addressEntrySchema', () => {
  it('trims and lower-cases addresses and domains', () => {
    expect(addressEntrySchema.parse('  Maya@CalmPractice.Example ')).toBe('maya@calmpractice.example');
    expect(addressEntrySchema.parse(' @CalmPractice.Example')).toBe('@calmpractice.example');
  });

  it.each([
    '',
    'maya',
    'maya@calm',
    'maya lee@calm.example',
    'a@@calm.example',
    '@',
    '@calm',
    '@-calm.example',
    'Maya <maya@calm.example>',
    'maya@calm.example,',
  ])('rejects %j', (junk) => {
    expect(addressEntrySchema.safeParse(junk).success).toBe(false);
  });

  it('isAddress / isAddressEntry agree with the schema', () => {
    expect(isAddress('a@b.example')).toBe(true);
    expect(isAddress('@b.example')).toBe(false);
    expect(isAddressEntry('@b.example')).toBe(true);
  });
});

describe('sameName', () => {
  it('ignores case and extra spaces', () => {
    expect(sameName('Dr.  Maya LEE ', 'dr. maya lee')).toBe(true);
    expect(sameName('Maya Lee', 'Maya Li')).toBe(false);
  });

  it('matches a name without its title, without credentials and in "Last, First" order', () => {
    expect(sameName('Maya Lee', 'Dr. Maya Lee')).toBe(true);
    expect(sameName('Dr Maya Lee', 'Maya Lee, LCSW')).toBe(true);
    expect(sameName('Lee, Maya', 'Dr. Maya Lee')).toBe(true);
    expect(sameName('Lee, Maya', 'Maya Lee')).toBe(true);
  });

  it('never matches on one word taken from a longer name', () => {
    expect(sameName('Lee, Sam', 'Dr. Lee')).toBe(false);
    expect(sameName('Maya', 'Dr. Maya Lee')).toBe(false);
    expect(sameName('Dr. Lee', 'Lee')).toBe(false);
    expect(sameName('Sam Lee', 'Maya Lee')).toBe(false);
    expect(sameName('Maya', 'maya')).toBe(true);
  });

  it('never matches two empty names', () => {
    expect(sameName('', '')).toBe(false);
    expect(sameName('  ', '')).toBe(false);
  });
});
