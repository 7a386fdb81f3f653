import { describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import { englishTranslator } from '../../../../lib/i18n/english';
import type { MessageKey } from '../../../../lib/i18n';
import {
  parsePolicy,
  parsePolicyText,
  type ContactPolicy,
  type PolicyProblem,
} from '../../../../lib/policy/contact-policy';
import { policyChangeLines } from '../../../../lib/policy/policy-diff';
import { basicPolicy } from '../../../../lib/policy/settings';
import { parseSafetyPlan, parseSafetyPlanText } from '../../../../lib/safety-plan/safety-plan';
import {
  CORE_WORD_ARITY,
  checkedWords,
  renderWords,
  type CoreWordKey,
  type Said,
  type Words,
} from '../../../../lib/policy/words';

const catalogue = english as Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const inEnglish = (w: Words) => renderWords(w, (key, args) => englishTranslator(key as MessageKey, args));

/** Every key a set of words uses, nested ones included. */
function keysOf(w: Words, into = new Set<CoreWordKey>()): Set<CoreWordKey> {
  into.add(w.key);
  for (const a of w.args) if (typeof a !== 'string') keysOf(a, into);
  return into;
}

const VALID = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calm.example'] },
  email: { purposes: ['scheduling'], encryption: 'preferred', allowedCc: [] },
  availability: { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] } },
  emergency: { region: 'US' },
};
type Json = Record<string, unknown>;
function withField(path: string, value: unknown): Json {
  const root = structuredClone(VALID) as Json;
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  if (value === undefined) Reflect.deleteProperty(node, keys.at(-1)!);
  else node[keys.at(-1)!] = value;
  return root;
}

/** Bad policies that between them raise every kind of problem the reader words. */
const BAD: unknown[] = [
  null,
  [],
  'text',
  { ...VALID, version: 2 },
  withField('format', 'other'),
  withField('therapist.name', undefined),
  withField('therapist.name', ''),
  withField('therapist.name', 'x'.repeat(101)),
  withField('therapist.name', 5),
  withField('therapist.name', true),
  withField('therapist.name', false),
  withField('therapist.name', null),
  withField('therapist.name', []),
  withField('therapist.name', {}),
  withField('therapist.emails', []),
  withField('therapist.emails', 'maya@calm.example'),
  withField('therapist.emails', ['not an address']),
  withField(
    'therapist.emails',
    Array.from({ length: 51 }, (_, i) => `a${i}@calm.example`),
  ),
  withField('email.maxWords', 1.5),
  withField('email.maxWords', 0),
  withField('email.maxWords', 'many'),
  withField('email.encryption', 'yes'),
  withField('email.purposes', ['scheduling', 'scheduling']),
  withField('email.purposes', {}),
  withField('email.secureChannel', { name: 'Portal', url: 'http://portal.example' }),
  withField('email.secureChannel', { name: 'Portal', url: 'https://portal' }),
  withField('email.channels', { scheduling: { kind: 'session' } }),
  withField('email.channels', { clinical: { kind: 'fax' } }),
  withField('email.channels', { clinical: {} }),
  withField('email.channels', { clinical: 'portal' }),
  withField('email.channels', { support: { kind: 'phone', phone: 'call me' } }),
  withField('email.requiredCc', ['@calm.example', 'a@b.example', 'a@b.example']),
  withField('email.fees', { freeMinutes: -1, rate: 'x' }),
  withField('email.fees', { freeMinutes: 2000, rate: 'x' }),
  withField('availability.timezone', 'Mars/Olympus'),
  withField('availability.hours', { mon: ['9-5', '17:00-09:00', '10:00-10:00'], tue: ['09:00-12:00', '11:00-13:00'] }),
  withField('availability.notReadOn', ['sat', 'sat']),
  withField('availability.closedDates', ['2026-02-30']),
  withField('availability.away', { from: '2026-12-20', until: '2026-12-01' }),
  withField('emergency.region', 'UK'),
  withField('emergency.region', 'EL'),
  withField('emergency.region', 'gb'),
  withField('emergency.region', 'Narnia'),
  withField('emergency.region', 7),
  withField('emergency.region', undefined),
  { ...VALID, notes: 'x'.repeat(1001), extra: Array.from({ length: 200 }, () => 1) },
  Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`field${i}`, 1])),
  // More than 100 problems: the list ends with "and 68 more problems".
  withField(
    'availability.hours',
    Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, Array(24).fill('9-5')])),
  ),
];

/**
 * Keys no file can reach today, kept so every issue the reader might meet still has words: the
 * policy has no true/false field, no text or list with a minimum above one, no unworded format;
 * "could not be read" needs the reader itself to throw.
 */
const UNREACHABLE = new Set([
  'policy_problem_kind_whole_number',
  'policy_problem_kind_true_false',
  'policy_problem_kind_nothing',
  'policy_problem_min_chars',
  'policy_problem_min_entries',
  'policy_problem_format',
  'policy_problem_invalid',
  'policy_problem_unreadable',
]);

const BAD_TEXT = ['{ "a": 1, // note\n }', '{', '"€'.padEnd(300_000, 'x')];

function allProblems(): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  for (const input of BAD) {
    const result = parsePolicy(input);
    if (!result.ok) out.push(...result.problems);
  }
  const notText = parsePolicyText(5 as unknown as string);
  if (!notText.ok) out.push(...notText.problems);
  for (const text of BAD_TEXT) {
    const result = parsePolicyText(text);
    if (!result.ok) out.push(...result.problems);
  }
  const unknown = parsePolicy({
    ...VALID,
    availability: { ...VALID.availability, hours: { mon: [], monday: [] } },
    colour: 'blue',
  });
  if (unknown.ok) out.push(...unknown.warnings);
  const flood = parsePolicy({ ...VALID, ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`x${i}`, 1])) });
  if (flood.ok) out.push(...flood.warnings);
  const PLAN = { format: 'between-sessions.safety-plan', version: 1 };
  const plans: unknown[] = [
    { ...PLAN, warningSigns: 5, colour: 1 },
    {
      ...PLAN,
      updated: 'soon',
      helpers: [
        { name: 'Sam', phone: 'call me' },
        { name: 'Al', phone: '1-2' },
      ],
    },
    { ...PLAN, helpers: [{ name: 'Sam', phone: '1'.repeat(33) }] },
    PLAN,
    [],
    { format: 'between-sessions.contact-policy' },
    { format: 'between-sessions.settings' },
    { format: 'other' },
    { ...PLAN, version: 3 },
  ];
  for (const value of plans) {
    const result = parseSafetyPlan(value);
    if (!result.ok) out.push(...result.problems);
  }
  for (const text of ['{', 'x'.repeat(300_000), 5 as unknown as string]) {
    const result = parseSafetyPlanText(text);
    if (!result.ok) out.push(...result.problems);
  }
  return out;
}

describe('the core words: a key with arguments, whose English entry says exactly the English text', () => {
  it('every key the core names is in the English catalogue with exactly its number of placeholders', () => {
    for (const [key, arity] of Object.entries(CORE_WORD_ARITY)) {
      const entry = catalogue[key];
      expect(entry, key).toBeDefined();
      expect(Object.keys(entry!.placeholders ?? {}), key).toHaveLength(arity);
    }
  });

  it('each problem of a bad policy, settings or safety plan file says in English what its message says', () => {
    const problems = allProblems();
    const keyed = problems.filter((p) => p.words);
    // Almost every problem has its words; the ones without keep their English (a plan's own checks).
    expect(keyed.length).toBeGreaterThan(60);
    const used = new Set<CoreWordKey>();
    for (const p of keyed) {
      expect(checkedWords(p.words), JSON.stringify(p)).toEqual(p.words);
      expect(inEnglish(p.words!), JSON.stringify(p.words)).toBe(p.message);
      keysOf(p.words!, used);
    }
    const problemKeys = Object.keys(CORE_WORD_ARITY).filter((k) => k.startsWith('policy_problem_'));
    expect(problemKeys.filter((k) => !used.has(k as CoreWordKey) && !UNREACHABLE.has(k))).toEqual([]);
  });

  it('each "what changed" line says in English what its text says, for every field', () => {
    const before = basicPolicy('Dr. Maya Lee', ['maya@calm.example']);
    const after: ContactPolicy = structuredClone(before);
    after.therapist = {
      name: 'Dr. Maya Lee-Ortiz',
      emails: ['maya@calm.example', 'office@calm.example'],
      practice: 'Calm Practice',
      aliases: ['Maya'],
    };
    after.email = {
      purposes: ['scheduling', 'support', 'clinical', 'casual'],
      maxWords: 300,
      maxPerWeek: 3,
      encryption: 'required',
      allowedCc: ['@calm.example'],
      secureChannel: { name: 'Portal', url: 'https://portal.example' },
      channels: {
        clinical: { kind: 'portal', url: 'https://portal.example' },
        casual: { kind: 'session' },
        admin: { kind: 'phone', phone: '+1 555 0100' },
        checkin: { kind: 'phone', name: 'Desk', phone: '+1 555 0102' },
        support: { kind: 'portal', name: 'Care', url: 'https://care.example' },
      },
      requiredCc: ['alex@example.net'],
      guardians: {
        emails: ['parent@example.com'],
        purposes: ['scheduling', 'admin', 'checkin', 'support', 'clinical', 'casual'],
      },
      fees: { freeMinutes: 10, rate: 'USD 2.50 a minute' },
      record: 'x'.repeat(300),
    };
    after.availability = {
      timezone: 'Europe/Berlin',
      hours: { mon: ['09:00-12:00', '13:00-17:00'] },
      responseTime: 'two working days',
      notReadOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      closedDates: ['2026-12-24'],
      away: { from: '2026-12-20', until: '2027-01-04' },
    };
    after.emergency = { region: 'DE', note: 'Call 112.', practicePhone: '+49 30 1234' };
    after.notes = 'New notes';
    const other: ContactPolicy = structuredClone(after);
    other.email.purposes = [];
    other.email.guardians = { emails: ['parent@example.com'], purposes: [] };
    other.email.fees = { freeMinutes: 5, rate: 'EUR 2', incrementMinutes: 5 };
    other.email.channels = { scheduling: { kind: 'session' } };
    other.availability!.away = {
      from: '2026-12-20',
      until: '2027-01-04',
      backup: { name: 'Dr. Sam', email: 'sam@calm.example' },
    };
    other.email.encryption = 'not-required';
    const lines: Said[] = [
      ...policyChangeLines(before, after),
      ...policyChangeLines(after, before),
      ...policyChangeLines(after, other),
    ];
    const used = new Set<CoreWordKey>();
    for (const line of lines) {
      expect(checkedWords(line.words), line.message).toEqual(line.words);
      expect(inEnglish(line.words), line.message).toBe(line.message);
      keysOf(line.words, used);
    }
    const diffKeys = Object.keys(CORE_WORD_ARITY).filter((k) => k.startsWith('policy_diff_'));
    expect(diffKeys.filter((k) => !used.has(k as CoreWordKey))).toEqual([]);
  });

  it('words that do not check out are refused: an unknown key, a missing or extra argument, bad nesting', () => {
    expect(checkedWords({ key: 'policy_problem_required', args: [] })).toEqual({
      key: 'policy_problem_required',
      args: [],
    });
    expect(checkedWords({ key: 'policy_problem_nonsense', args: [] })).toBeUndefined();
    expect(checkedWords({ key: 'options_field_name', args: [] })).toBeUndefined();
    expect(checkedWords({ key: 'policy_problem_min_chars', args: [] })).toBeUndefined();
    expect(checkedWords({ key: 'policy_problem_required', args: ['extra'] })).toBeUndefined();
    expect(checkedWords({ key: 'policy_problem_min_chars', args: [3] })).toBeUndefined();
    expect(
      checkedWords({ key: 'policy_problem_expected_kind', args: [{ key: 'x', args: [] }, 'text'] }),
    ).toBeUndefined();
    expect(checkedWords({ key: 'toString', args: [] })).toBeUndefined();
    expect(checkedWords('policy_problem_required')).toBeUndefined();
    expect(checkedWords(null)).toBeUndefined();
    let deep: Words = { key: 'policy_diff_words', args: ['x'] };
    for (let i = 0; i < 100; i++) deep = { key: 'policy_diff_quoted', args: [deep] };
    expect(checkedWords(deep)).toBeUndefined();
  });
});
