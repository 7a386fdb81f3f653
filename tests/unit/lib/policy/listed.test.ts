import { describe, expect, it } from 'vitest';
import { listedRecipients, mentionsListed } from '../../../../lib/policy/listed';
import { settingsWith, therapist } from '../../support/builders';

const MAYA = therapist();
const RUTH = therapist({ id: 't-ruth', name: 'Ruth Ng', emails: ['@couples.example'] });
const NAMELESS = therapist({ id: 't-x', name: '', emails: ['x@solo.example'] });
const SETTINGS = settingsWith([MAYA, RUTH, NAMELESS]);

const to = (...list: string[]) => ({ to: list, cc: [], bcc: [] });

describe('listedRecipients', () => {
  it('finds nobody on mail to others', () => {
    expect(listedRecipients(to('friend@other.example', 'Friend'), SETTINGS)).toEqual([]);
  });

  it('finds therapists by address or @domain, case-insensitively, in the order they appear', () => {
    const found = listedRecipients(
      { to: ['bob@COUPLES.example'], cc: ['Maya <MAYA@calmpractice.example>'], bcc: [] },
      SETTINGS,
    );
    expect(found.map((t) => t.id)).toEqual(['t-ruth', 't-maya']);
  });

  it('lists each therapist once', () => {
    expect(listedRecipients(to('a@couples.example', 'b@couples.example', 'Ruth Ng'), SETTINGS)).toEqual([RUTH]);
  });

  it('does not match subdomains of an @domain entry', () => {
    expect(listedRecipients(to('a@sub.couples.example'), SETTINGS)).toEqual([]);
  });

  it('matches a name shown alone, ignoring case', () => {
    expect(listedRecipients(to('RUTH  NG'), SETTINGS)).toEqual([RUTH]);
  });

  it('does not match a name-only recipient by the name of a therapist shown with a different address', () => {
    expect(listedRecipients(to('Ruth Ng <ruth@elsewhere.example>'), SETTINGS)).toEqual([]);
  });

  it('never matches an empty name to a therapist without a name', () => {
    expect(listedRecipients(to('""', ' '), SETTINGS)).toEqual([]);
  });
});

describe('mentionsListed (for a compose whose recipients cannot be read)', () => {
  const settings = settingsWith([
    therapist({ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example', '@lee-therapy.example'] }),
  ]);
  it('finds an address entry or the name as whole words, in any case', () => {
    expect(mentionsListed('From: Someone <MAYA@calmpractice.example>', settings)).toBe(true);
    expect(mentionsListed('To: office@lee-therapy.example', settings)).toBe(true);
    expect(mentionsListed('To: maya lee', settings)).toBe(true);
    expect(mentionsListed('Lee, Maya wrote', settings)).toBe(true);
  });
  it('is false for other people, a first name alone, or a name inside a longer word', () => {
    expect(mentionsListed('To: Sam Friend <sam.friend@example.org>', settings)).toBe(false);
    expect(mentionsListed('Maya said hi', settings)).toBe(false);
    expect(mentionsListed('Kamaya Leeds', settings)).toBe(false);
  });
});

describe('aliases: other names a webmail may show for a therapist', () => {
  const withAliases = settingsWith([
    therapist({
      name: 'Dr. Margaret Lee',
      emails: ['maya@calmpractice.example'],
      policy: undefined,
    }),
  ]);
  withAliases.therapists[0]!.policy.therapist.aliases = ['Maya', 'Maya Lee-Chen'];
  it('a name alone matching an alias is the therapist, normalised as the name is', () => {
    expect(listedRecipients(to('Maya'), withAliases)).toHaveLength(1);
    expect(listedRecipients(to('  maya LEE-chen '), withAliases)).toHaveLength(1);
    expect(listedRecipients(to('Lee-Chen, Maya'), withAliases)).toHaveLength(1);
    expect(listedRecipients(to('Margaret Lee'), withAliases)).toHaveLength(1);
    expect(listedRecipients(to('Mayan'), withAliases)).toHaveLength(0);
    expect(listedRecipients(to('Maya'), SETTINGS)).toHaveLength(0); // without the alias, a first name is no one
  });
  it('an alias counts in a compose whose recipients cannot be read', () => {
    expect(mentionsListed('From: Maya Lee-Chen', withAliases)).toBe(true);
  });
});
