import { describe, expect, it } from 'vitest';
import {
  parsePolicy,
  parsePolicyText,
  serializePolicy,
  type PolicyProblem,
} from '../../../../lib/policy/contact-policy';

/** The optional fields of format v1 added in 2026-12 (docs/interfaces.md, "Contact policy file"). */
const FULL_1B = {
  format: 'between-sessions.contact-policy',
  version: 1,
  updated: '2026-12-01',
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'], aliases: ['Maya', 'M. Lee'] },
  email: {
    purposes: ['scheduling', 'admin', 'checkin'],
    encryption: 'preferred',
    allowedCc: [],
    channels: {
      clinical: { kind: 'portal', name: 'Client portal', url: 'https://portal.calmpractice.example' },
      support: { kind: 'phone', name: 'Practice line', phone: '+1 555 0100' },
      casual: { kind: 'session' },
    },
    requiredCc: ['alex.partner@example.net'],
    guardians: { emails: ['parent@example.com'], purposes: ['scheduling', 'admin'] },
    fees: { freeMinutes: 10, rate: 'USD 2.50 a minute', incrementMinutes: 5 },
    record: 'Emails become part of your clinical record.',
  },
  availability: {
    timezone: 'America/New_York',
    hours: { mon: ['09:00-17:00'] },
    notReadOn: ['sat', 'sun'],
    closedDates: ['2026-12-24', '2026-12-25'],
    away: {
      from: '2026-12-20',
      until: '2027-01-04',
      backup: { name: 'Dr. Sam Ortiz', email: 'sam@calmpractice.example', phone: '+1 555 0101' },
    },
  },
  emergency: { region: 'US', practicePhone: '+1 555 0100' },
};

type Json = Record<string, unknown>;
const full = (): Json => structuredClone(FULL_1B) as Json;

function set(path: string, value: unknown): Json {
  const root = full();
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  if (value === undefined) Reflect.deleteProperty(node, keys.at(-1)!);
  else node[keys.at(-1)!] = value;
  return root;
}

function problems(value: unknown): PolicyProblem[] {
  const result = parsePolicy(value);
  // The English of the problems (their catalogue words are checked in words.test.ts).
  return result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }));
}

describe('policy fields of 2026-12', () => {
  it('reads every field, with no warnings', () => {
    const result = parsePolicy(full());
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.policy.updated).toBe('2026-12-01');
    expect(result.policy.email.channels?.support).toEqual({
      kind: 'phone',
      name: 'Practice line',
      phone: '+1 555 0100',
    });
    expect(result.policy.availability?.away?.backup?.name).toBe('Dr. Sam Ortiz');
    expect(result.policy.emergency.practicePhone).toBe('+1 555 0100');
  });

  it('round trips export -> import -> export byte for byte, every field kept', () => {
    const first = parsePolicy(full());
    if (!first.ok) throw new Error('fixture invalid');
    const text = serializePolicy(first.policy);
    const again = parsePolicyText(text);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(serializePolicy(again.policy)).toBe(text);
    expect(JSON.parse(text)).toEqual({ ...full(), therapist: full().therapist });
  });

  it('writes none of them when not set', () => {
    const result = parsePolicy({
      format: 'between-sessions.contact-policy',
      version: 1,
      therapist: { name: 'Sam', emails: ['sam@x.example'] },
      email: { purposes: [], encryption: 'not-required' },
      emergency: { region: 'GB' },
    });
    if (!result.ok) throw new Error('invalid');
    const text = serializePolicy(result.policy);
    for (const key of ['updated', 'channels', 'requiredCc', 'guardians', 'fees', 'record', 'practicePhone'])
      expect(text).not.toContain(`"${key}"`);
  });

  it.each([
    ['updated', '2026-02-30', 'updated', /YYYY-MM-DD/],
    ['updated', '1 Dec 2026', 'updated', /YYYY-MM-DD/],
    [
      'email.channels.clinical',
      { kind: 'fax' },
      'email.channels.clinical.kind',
      /expected one of portal, phone, session/,
    ],
    [
      'email.channels.clinical',
      { kind: 'portal', url: 'http://portal.example' },
      'email.channels.clinical.url',
      /https/,
    ],
    ['email.channels.support', { kind: 'phone', phone: 'call me' }, 'email.channels.support.phone', /phone number/],
    ['email.channels.support', { kind: 'phone' }, 'email.channels.support.phone', /is required/],
    ['email.requiredCc', ['@example.net'], 'email.requiredCc.0', /full email address/],
    ['email.requiredCc', ['a@x.example', 'A@x.example'], 'email.requiredCc.1', /listed twice/],
    ['email.guardians', { emails: [], purposes: ['admin'] }, 'email.guardians.emails', /at least one/],
    [
      'email.guardians',
      { emails: ['p@x.example'], purposes: ['money'] },
      'email.guardians.purposes.0',
      /expected one of/,
    ],
    ['email.fees', { freeMinutes: -1, rate: 'x' }, 'email.fees.freeMinutes', /at least 0|positive/],
    ['email.fees', { freeMinutes: 10 }, 'email.fees.rate', /is required/],
    ['email.fees', { freeMinutes: 10, rate: 'x', incrementMinutes: 0 }, 'email.fees.incrementMinutes', /positive/],
    ['email.record', 'x'.repeat(501), 'email.record', /at most 500/],
    ['availability.notReadOn', ['sat', 'saturday'], 'availability.notReadOn.1', /expected one of/],
    ['availability.notReadOn', ['sat', 'sat'], 'availability.notReadOn.1', /listed twice/],
    ['availability.closedDates', ['2026-13-01'], 'availability.closedDates.0', /YYYY-MM-DD/],
    ['availability.away.until', '2026-12-19', 'availability.away.until', /ends before it starts/],
    ['availability.away.backup', { email: 'sam@x.example' }, 'availability.away.backup.name', /is required/],
    ['availability.away.backup.email', 'not-an-address', 'availability.away.backup.email', /email address/],
    ['emergency.practicePhone', '12', 'emergency.practicePhone', /phone number/],
    ['emergency.practicePhone', '+1 555 0100 ext 4', 'emergency.practicePhone', /phone number/],
  ])('%s = %j is refused at %s', (path, value, at, message) => {
    const found = problems(set(path, value));
    expect(found.map((p) => p.path)).toContain(at);
    expect(found.find((p) => p.path === at)!.message).toMatch(message);
  });

  it('refuses a purpose both in purposes and in channels, naming the channel', () => {
    const found = problems(set('email.channels.scheduling', { kind: 'session' }));
    expect(found).toEqual([
      { path: 'email.channels.scheduling', message: 'this purpose is also listed in email.purposes' },
    ]);
  });

  it('lists the clash together with other problems in the same part of the file', () => {
    const value = set('email.channels.scheduling', { kind: 'session' });
    (value['email'] as Json)['maxWords'] = 'many';
    (value['emergency'] as Json)['practicePhone'] = 'none';
    expect(
      problems(value)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['email.channels.scheduling', 'email.maxWords', 'emergency.practicePhone']);
  });

  it('warns about a channel for an unknown purpose and ignores it', () => {
    const result = parsePolicy(set('email.channels.billing', { kind: 'session' }));
    expect(result.ok && result.warnings.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'email.channels.billing', message: 'unknown field, ignored' },
    ]);
  });
});
