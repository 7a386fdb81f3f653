import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  DAYS,
  MAX_POLICY_FILE_BYTES,
  PURPOSE_DESCRIPTIONS,
  PURPOSES,
  parsePolicy,
  parsePolicyText,
  parseTimeRange,
  serializePolicy,
  type ContactPolicy,
  type PolicyParseResult,
  type PolicyProblem,
} from '../../../../lib/policy/contact-policy';

/** A policy with every field of format 1 (docs/interfaces.md). */
const FULL_EXAMPLE = `{
  "format": "between-sessions.contact-policy",
  "version": 1,
  "therapist": {
    "name": "Dr. Maya Lee",
    "emails": ["maya@calmpractice.example",
               "@calmpractice.example"],
    "practice": "Calm Practice"
  },
  "email": {
    "purposes": ["scheduling", "admin", "checkin"],
    "maxWords": 150,
    "maxPerWeek": 2,
    "encryption": "required",
    "allowedCc": ["guardian@example.com"],
    "secureChannel": { "name": "Client portal", "url": "https://portal.calmpractice.example" }
  },
  "availability": {
    "timezone": "America/New_York",
    "hours": { "mon": ["09:00-17:00"], "tue": ["09:00-12:00", "13:00-17:00"] },
    "responseTime": "within one business day"
  },
  "emergency": {
    "region": "US",
    "note": "I do not monitor email for emergencies."
  },
  "notes": "optional free text from the therapist, up to 1000 chars"
}`;

type Json = Record<string, unknown>;

/** A fresh copy of the full example, as plain JSON. */
function example(): Json {
  return JSON.parse(FULL_EXAMPLE) as Json;
}

/** The example with one field set (or removed, for undefined) at a dotted path. */
function withField(path: string, value: unknown): Json {
  const root = example();
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return root;
}

function minimal(): Json {
  return {
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist: { name: 'Sam Okafor', emails: ['sam@okafor.example'] },
    email: { purposes: [], encryption: 'not-required' },
    emergency: { region: 'GB' },
  };
}

function problems(input: unknown): PolicyProblem[] {
  const result = parsePolicy(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.policy)}`);
  return english(result.problems);
}

/** The English of problems (their catalogue words are checked in words.test.ts). */
function english(list: readonly PolicyProblem[]): PolicyProblem[] {
  return list.map(({ path, message }) => ({ path, message }));
}

function policy(input: unknown): ContactPolicy {
  const result = parsePolicy(input);
  if (!result.ok) throw new Error(`expected a policy, got ${JSON.stringify(result.problems)}`);
  return result.policy;
}

/** The file is refused with a problem at exactly this path whose message contains `words`. */
function expectProblem(input: unknown, path: string, words: string | RegExp): void {
  const found = problems(input).filter((p) => p.path === path);
  expect(found, JSON.stringify(problems(input))).not.toHaveLength(0);
  expect(found.map((p) => p.message).join(' | ')).toMatch(words);
}

describe('reading a contact policy', () => {
  it('reads the full example, with no warnings', () => {
    const result = parsePolicyText(FULL_EXAMPLE);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const p = policy(example());
    expect(p.therapist.emails).toEqual(['maya@calmpractice.example', '@calmpractice.example']);
    expect(p.email.purposes).toEqual(['scheduling', 'admin', 'checkin']);
    expect(p.availability?.hours.tue).toEqual(['09:00-12:00', '13:00-17:00']);
    expect(p.emergency.region).toBe('US');
  });

  it('reads a minimal file: allowedCc defaults to [], optional fields stay absent', () => {
    const p = policy(minimal());
    expect(p.email.allowedCc).toEqual([]);
    expect(p.email.purposes).toEqual([]);
    expect(p).not.toHaveProperty('availability');
    expect(p).not.toHaveProperty('notes');
    expect(p.therapist).not.toHaveProperty('practice');
    expect(p.email).not.toHaveProperty('maxWords');
    expect(p.email).not.toHaveProperty('secureChannel');
  });

  it('refuses something that is not an object, at path ""', () => {
    for (const input of [null, [], 'policy', 42, true, undefined]) {
      const found = problems(input);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ path: '', message: expect.stringContaining('contact policy') });
    }
  });

  it('says "is required" for every missing required field', () => {
    const found = problems({});
    expect(found.map((p) => p.path)).toEqual(['format', 'version', 'therapist', 'email', 'emergency']);
    for (const p of found) expect(p.message).toBe('is required');
    expectProblem(withField('therapist.name', undefined), 'therapist.name', 'is required');
    expectProblem(withField('therapist.emails', undefined), 'therapist.emails', 'is required');
    expectProblem(withField('email.purposes', undefined), 'email.purposes', 'is required');
    expectProblem(withField('email.encryption', undefined), 'email.encryption', 'is required');
    expectProblem(withField('emergency.region', undefined), 'emergency.region', 'is required');
  });

  it('lists every problem of a malformed file, each with its path', () => {
    const input = withField('email.encryption', 'yes');
    (input['therapist'] as Json)['emails'] = ['not an address'];
    (input['emergency'] as Json)['region'] = 'UK';
    expect(problems(input).map((p) => p.path)).toEqual(['therapist.emails.0', 'email.encryption', 'emergency.region']);
  });

  describe('format and version', () => {
    it('format must be the literal', () => {
      expectProblem(withField('format', 'contact-policy'), 'format', 'between-sessions.contact-policy');
    });

    it('version must be 1', () => {
      expectProblem(withField('version', 0), 'version', 'must be 1');
      expectProblem(withField('version', '1'), 'version', 'must be 1');
    });

    it('refuses a newer version with one problem saying so, whatever else is wrong', () => {
      const result = parsePolicy({ ...withField('email.encryption', 'quantum'), version: 2, future: true });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.newerVersion).toBe(true);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.path).toBe('version');
      expect(result.problems[0]!.message).toMatch(/newer version of Between Sessions/);
      expect(result.problems[0]!.message).toMatch(/[Uu]pdate the extension/);
    });

    it('a malformed version-1 file is not flagged as newer', () => {
      const result = parsePolicy(withField('email.encryption', 'yes'));
      expect(result).toMatchObject({ ok: false, newerVersion: false });
    });
  });

  describe('therapist', () => {
    it('name is 1..100 characters', () => {
      expectProblem(withField('therapist.name', ''), 'therapist.name', 'must not be empty');
      expectProblem(withField('therapist.name', '   '), 'therapist.name', 'must not be empty');
      expectProblem(withField('therapist.name', 'x'.repeat(101)), 'therapist.name', /too long.*100/);
      expect(policy(withField('therapist.name', 'x'.repeat(100))).therapist.name).toHaveLength(100);
    });

    it('emails needs at least one entry', () => {
      expectProblem(withField('therapist.emails', []), 'therapist.emails', 'at least one');
    });

    it('each email is a full address or @domain, trimmed and lower-cased', () => {
      expectProblem(
        withField('therapist.emails', ['maya@calm.example', 'maya at calm']),
        'therapist.emails.1',
        'email address',
      );
      expectProblem(withField('therapist.emails', ['@']), 'therapist.emails.0', 'email address');
      expectProblem(withField('therapist.emails', [7]), 'therapist.emails.0', 'expected text');
      const p = policy(withField('therapist.emails', [' Maya@Calm.Example ', '@Calm.Example']));
      expect(p.therapist.emails).toEqual(['maya@calm.example', '@calm.example']);
    });

    it('emails has bounded length and count', () => {
      expectProblem(
        withField('therapist.emails', [`${'a'.repeat(400)}@calm.example`]),
        'therapist.emails.0',
        'too long',
      );
      const many = Array.from({ length: 51 }, (_, i) => `t${i}@calm.example`);
      expectProblem(withField('therapist.emails', many), 'therapist.emails', 'too many');
    });

    it('practice is optional and bounded', () => {
      expect(policy(withField('therapist.practice', undefined)).therapist).not.toHaveProperty('practice');
      expectProblem(withField('therapist.practice', 'p'.repeat(201)), 'therapist.practice', 'too long');
    });
  });

  describe('email', () => {
    it('purposes come from the vocabulary', () => {
      expectProblem(
        withField('email.purposes', ['scheduling', 'crisis']),
        'email.purposes.1',
        `expected one of ${PURPOSES.join(', ')}`,
      );
    });

    it('purposes may be empty', () => {
      expect(policy(withField('email.purposes', [])).email.purposes).toEqual([]);
    });

    it('purposes have no duplicates', () => {
      expectProblem(
        withField('email.purposes', ['admin', 'checkin', 'admin']),
        'email.purposes.2',
        '"admin" is listed twice',
      );
    });

    it('maxWords is a positive integer', () => {
      expectProblem(withField('email.maxWords', 0), 'email.maxWords', 'positive');
      expectProblem(withField('email.maxWords', 12.5), 'email.maxWords', 'whole number');
      expectProblem(withField('email.maxWords', '150'), 'email.maxWords', 'expected a number');
      expect(policy(withField('email.maxWords', undefined)).email).not.toHaveProperty('maxWords');
    });

    it('maxPerWeek is a positive integer', () => {
      expectProblem(withField('email.maxPerWeek', -1), 'email.maxPerWeek', 'positive');
      expectProblem(withField('email.maxPerWeek', 1.5), 'email.maxPerWeek', 'whole number');
    });

    it('encryption is one of required, preferred, not-required (the documented wording)', () => {
      const found = problems(withField('email.encryption', 'yes'));
      expect(found).toEqual([
        { path: 'email.encryption', message: 'expected one of required, preferred, not-required' },
      ]);
      for (const level of ['required', 'preferred', 'not-required']) {
        expect(policy(withField('email.encryption', level)).email.encryption).toBe(level);
      }
    });

    it('allowedCc holds addresses or @domain, default []', () => {
      expectProblem(withField('email.allowedCc', ['guardian']), 'email.allowedCc.0', 'email address');
      expectProblem(withField('email.allowedCc', 'guardian@example.com'), 'email.allowedCc', 'expected a list');
      expect(policy(withField('email.allowedCc', ['@Family.Example'])).email.allowedCc).toEqual(['@family.example']);
      expect(policy(withField('email.allowedCc', undefined)).email.allowedCc).toEqual([]);
    });

    it('secureChannel url must be https', () => {
      expectProblem(
        withField('email.secureChannel.url', 'http://portal.example'),
        'email.secureChannel.url',
        'must start with https://',
      );
      expectProblem(
        withField('email.secureChannel.url', 'portal.example'),
        'email.secureChannel.url',
        'must start with https://',
      );
      expectProblem(
        withField('email.secureChannel.url', 'javascript:alert(1)'),
        'email.secureChannel.url',
        'must start with https://',
      );
      expectProblem(
        withField('email.secureChannel.url', 'https://'),
        'email.secureChannel.url',
        'not a valid web address',
      );
      expect(problems(withField('email.secureChannel.url', 'http://x'))).toHaveLength(1);
      expect(
        policy(withField('email.secureChannel.url', 'https://portal.example/login?x=1')).email.secureChannel?.url,
      ).toBe('https://portal.example/login?x=1');
    });

    it('secureChannel needs a name and is optional as a whole', () => {
      expectProblem(withField('email.secureChannel.name', undefined), 'email.secureChannel.name', 'is required');
      expect(policy(withField('email.secureChannel', undefined)).email).not.toHaveProperty('secureChannel');
    });
  });

  describe('availability', () => {
    it('is optional, but needs timezone and hours when present', () => {
      expect(policy(withField('availability', undefined))).not.toHaveProperty('availability');
      expectProblem(withField('availability.timezone', undefined), 'availability.timezone', 'is required');
      expectProblem(withField('availability.hours', undefined), 'availability.hours', 'is required');
      expect(policy(withField('availability.responseTime', undefined)).availability).not.toHaveProperty('responseTime');
    });

    it('timezone is a valid IANA name (aliases included)', () => {
      for (const zone of ['Europe/London', 'UTC', 'US/Eastern', 'Australia/Sydney', 'America/Argentina/Buenos_Aires']) {
        expect(policy(withField('availability.timezone', zone)).availability?.timezone).toBe(zone);
      }
      for (const zone of ['Mars/Olympus_Mons', 'Eastern Time', '+05:00', '', 'x'.repeat(65)]) {
        expectProblem(withField('availability.timezone', zone), 'availability.timezone', /time zone|too long/);
      }
    });

    it('ranges are HH:MM-HH:MM in 24-hour time', () => {
      for (const range of ['9-5', '9:00-17:00', '09:00 - 17:00', '25:00-26:00', '09:60-10:00', '24:00-24:00', '']) {
        expectProblem(
          withField('availability.hours', { wed: ['08:00-09:00', range] }),
          'availability.hours.wed.1',
          'time range',
        );
      }
    });

    it('24:00 is allowed as an end', () => {
      expect(policy(withField('availability.hours', { fri: ['18:00-24:00'] })).availability?.hours.fri).toEqual([
        '18:00-24:00',
      ]);
      expect(parseTimeRange('18:00-24:00')).toEqual({ start: 1080, end: 1440 });
    });

    it('a range ends after it starts', () => {
      const found = problems(withField('availability.hours', { tue: ['09:00-12:00', '12:30-12:00'] }));
      expect(found).toEqual([{ path: 'availability.hours.tue.1', message: '12:30-12:00 ends before it starts' }]);
      expectProblem(
        withField('availability.hours', { tue: ['10:00-10:00'] }),
        'availability.hours.tue.0',
        'ends when it starts',
      );
    });

    it('ranges do not overlap within a day; touching ranges are fine', () => {
      const found = problems(withField('availability.hours', { tue: ['09:00-13:00', '12:00-17:00'] }));
      expect(found).toEqual([{ path: 'availability.hours.tue.1', message: 'overlaps 09:00-13:00' }]);
      expectProblem(
        withField('availability.hours', { sat: ['10:00-11:00', '08:00-18:00'] }),
        'availability.hours.sat.1',
        'overlaps 10:00-11:00',
      );
      expect(
        policy(withField('availability.hours', { tue: ['09:00-12:00', '12:00-17:00'] })).availability?.hours.tue,
      ).toHaveLength(2);
      // The same range on two days is not an overlap.
      expect(policy(withField('availability.hours', { mon: ['09:00-17:00'], tue: ['09:00-17:00'] }))).toBeTruthy();
    });

    it('a day absent or [] is closed; every day key is accepted', () => {
      const hours = Object.fromEntries(DAYS.map((day) => [day, day === 'sun' ? [] : ['08:00-12:00']]));
      expect(policy(withField('availability.hours', hours)).availability?.hours).toEqual(hours);
      expect(policy(withField('availability.hours', {})).availability?.hours).toEqual({});
    });

    it('a day is a bounded list', () => {
      expectProblem(
        withField('availability.hours', { mon: '09:00-17:00' }),
        'availability.hours.mon',
        'expected a list',
      );
      const many = Array.from(
        { length: 25 },
        (_, i) => `${String(i).padStart(2, '0')}:00-${String(i).padStart(2, '0')}:30`,
      );
      expectProblem(withField('availability.hours', { mon: many }), 'availability.hours.mon', 'too many');
    });

    it('responseTime is bounded text', () => {
      expectProblem(withField('availability.responseTime', 'r'.repeat(201)), 'availability.responseTime', 'too long');
    });
  });

  describe('emergency', () => {
    it('region "UK" suggests "GB"', () => {
      expect(problems(withField('emergency.region', 'UK'))).toEqual([
        { path: 'emergency.region', message: '"UK" is not a country code; use "GB" for the United Kingdom' },
      ]);
    });

    it('region must be upper case; lower case suggests the code in capitals', () => {
      expectProblem(withField('emergency.region', 'gb'), 'emergency.region', '"GB"');
      expectProblem(withField('emergency.region', 'us'), 'emergency.region', '"US"');
      expectProblem(withField('emergency.region', 'uk'), 'emergency.region', '"GB"');
    });

    it('region is a real ISO 3166-1 alpha-2 code', () => {
      for (const region of ['XX', 'EU', 'USA', '', 'ZZ']) {
        expectProblem(withField('emergency.region', region), 'emergency.region', 'country code');
      }
      expectProblem(withField('emergency.region', 1), 'emergency.region', 'country code');
      for (const region of ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'DE', 'FR', 'IN', 'AX', 'SS', 'BQ']) {
        expect(policy(withField('emergency.region', region)).emergency.region).toBe(region);
      }
    });

    it('the code list holds the 249 assigned codes', () => {
      expect(COUNTRY_CODES).toHaveLength(249);
      expect(new Set(COUNTRY_CODES).size).toBe(249);
      for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
      expect(COUNTRY_CODES).not.toContain('UK');
    });

    it('note is optional and bounded', () => {
      expect(policy(withField('emergency.note', undefined)).emergency).not.toHaveProperty('note');
      expectProblem(withField('emergency.note', 'n'.repeat(501)), 'emergency.note', 'too long');
    });
  });

  it('notes are optional, up to 1000 characters', () => {
    expect(policy(withField('notes', 'n'.repeat(1000))).notes).toHaveLength(1000);
    expectProblem(withField('notes', 'n'.repeat(1001)), 'notes', /too long.*1000/);
    expectProblem(withField('notes', 5), 'notes', 'expected text');
    expect(policy(withField('notes', undefined))).not.toHaveProperty('notes');
  });

  describe('unknown fields', () => {
    it('are warnings, not fatal, and are left out of the policy', () => {
      const input = example();
      input['colour'] = 'blue';
      (input['therapist'] as Json)['phone'] = '555';
      (input['email'] as Json)['colour'] = { r: 1 };
      ((input['email'] as Json)['secureChannel'] as Json)['icon'] = 'x';
      (input['availability'] as Json)['holidays'] = [];
      (input['emergency'] as Json)['hotline'] = '988';
      const result = parsePolicy(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // In the order of the file, depth first.
      expect(english(result.warnings)).toEqual([
        { path: 'therapist.phone', message: 'unknown field, ignored' },
        { path: 'email.secureChannel.icon', message: 'unknown field, ignored' },
        { path: 'email.colour', message: 'unknown field, ignored' },
        { path: 'availability.holidays', message: 'unknown field, ignored' },
        { path: 'emergency.hotline', message: 'unknown field, ignored' },
        { path: 'colour', message: 'unknown field, ignored' },
      ]);
      expect(result.policy).not.toHaveProperty('colour');
      expect(result.policy.email).not.toHaveProperty('colour');
      expect(result.policy.email.secureChannel).toEqual({
        name: 'Client portal',
        url: 'https://portal.calmpractice.example',
      });
      expect(serializePolicy(result.policy)).toBe(serializePolicy(policy(example())));
    });

    it('an unknown day key says which day keys exist', () => {
      const result = parsePolicy(withField('availability.hours', { monday: ['09:00-17:00'], tue: ['09:00-17:00'] }));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]!.path).toBe('availability.hours.monday');
      expect(result.warnings[0]!.message).toMatch(/ignored.*mon, tue/);
      expect(result.policy.availability?.hours).toEqual({ tue: ['09:00-17:00'] });
    });

    it('a flood of unknown keys gives a bounded list of warnings', () => {
      const input = example();
      for (let i = 0; i < 5000; i++) input[`x${i}`] = i;
      const result = parsePolicy(input);
      expect(result.ok && result.warnings.length).toBe(101);
    });
  });

  it('a flood of problems gives a bounded list', () => {
    const result = parsePolicy(
      withField(
        'email.allowedCc',
        Array.from({ length: 5000 }, () => 'bad'),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeLessThanOrEqual(101);
    expect(result.problems.some((p) => p.path === 'email.allowedCc')).toBe(true);
  });
});

describe('reading the text of a file', () => {
  it('reports a JSON syntax error at path ""', () => {
    const result = parsePolicyText('{"format": ');
    expect(result).toMatchObject({ ok: false, newerVersion: false });
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('');
    expect(result.problems[0]!.message).toMatch(/^This is not a JSON file: /);
  });

  it('hints that JSON has no comments', () => {
    const result = parsePolicyText('{\n  "format": "between-sessions.contact-policy", // literal\n}');
    expect(!result.ok && result.problems[0]!.message).toMatch(/comments/);
  });

  it('refuses a file over 256 kB before parsing it', () => {
    const big = JSON.stringify({ ...example(), notes: 'x'.repeat(MAX_POLICY_FILE_BYTES) });
    const result = parsePolicyText(big);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(english(result.problems)).toEqual([{ path: '', message: expect.stringMatching(/too large.*256 kB/) }]);
    // Counted in bytes: 100k three-byte characters are over the limit.
    expect(parsePolicyText(`"${'€'.repeat(100_000)}"`)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/too large/) }],
    });
  });

  it('accepts a byte-order mark', () => {
    expect(parsePolicyText(`\uFEFF${FULL_EXAMPLE}`).ok).toBe(true);
  });

  it('reads the version check from text too', () => {
    expect(parsePolicyText(JSON.stringify({ ...example(), version: 3 }))).toMatchObject({
      ok: false,
      newerVersion: true,
    });
  });
});

describe('writing a contact policy', () => {
  it('writes canonical JSON in the documented key order, 2-space indent, trailing newline', () => {
    // Keys given in a scrambled order come out in the documented order.
    const scrambled = {
      notes: 'n',
      emergency: { note: 'no emergencies', region: 'US' },
      availability: { responseTime: 'soon', hours: { fri: ['09:00-12:00'], mon: ['09:00-17:00'] }, timezone: 'UTC' },
      email: {
        secureChannel: { url: 'https://p.example', name: 'Portal' },
        allowedCc: [],
        encryption: 'preferred',
        maxPerWeek: 2,
        maxWords: 100,
        purposes: ['admin'],
      },
      therapist: { practice: 'P', emails: ['a@b.example'], name: 'A' },
      version: 1,
      format: 'between-sessions.contact-policy',
    };
    const text = serializePolicy(policy(scrambled));
    expect(text).toBe(
      `{
  "format": "between-sessions.contact-policy",
  "version": 1,
  "therapist": {
    "name": "A",
    "emails": [
      "a@b.example"
    ],
    "practice": "P"
  },
  "email": {
    "purposes": [
      "admin"
    ],
    "maxWords": 100,
    "maxPerWeek": 2,
    "encryption": "preferred",
    "allowedCc": [],
    "secureChannel": {
      "name": "Portal",
      "url": "https://p.example"
    }
  },
  "availability": {
    "timezone": "UTC",
    "hours": {
      "mon": [
        "09:00-17:00"
      ],
      "fri": [
        "09:00-12:00"
      ]
    },
    "responseTime": "soon"
  },
  "emergency": {
    "region": "US",
    "note": "no emergencies"
  },
  "notes": "n"
}
`,
    );
  });

  it('leaves absent optional fields out', () => {
    const parsed = JSON.parse(serializePolicy(policy(minimal()))) as Json;
    expect(parsed).toEqual({ ...minimal(), email: { purposes: [], encryption: 'not-required', allowedCc: [] } });
    expect(serializePolicy(policy(minimal()))).not.toMatch(/undefined|null/);
  });

  it('round trip: export, import, export is byte-equal', () => {
    const first = serializePolicy(policy(example()));
    const again = parsePolicyText(first);
    expect(again).toMatchObject({ ok: true, warnings: [] });
    if (!again.ok) return;
    expect(serializePolicy(again.policy)).toBe(first);
  });
});

describe('PURPOSE_DESCRIPTIONS', () => {
  it('describes every purpose in plain words', () => {
    expect(Object.keys(PURPOSE_DESCRIPTIONS).sort()).toEqual([...PURPOSES].sort());
    for (const purpose of PURPOSES) expect(PURPOSE_DESCRIPTIONS[purpose].length).toBeGreaterThan(10);
  });
});

// --- Properties ---------------------------------------------------------------------------------

function wellFormed(result: PolicyParseResult): void {
  if (result.ok) {
    for (const w of result.warnings) expect(typeof w.path).toBe('string');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Every dotted path to a value in a JSON tree. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function mutate(root: Json, path: (string | number)[], replacement: unknown, drop: boolean): Json {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (drop) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else node[last] = replacement;
  return root;
}

const examplePaths = pathsOf(example());

const mutation = fc.record({
  edits: fc.array(
    fc.record({
      at: fc.nat({ max: examplePaths.length - 1 }),
      drop: fc.boolean(),
      value: fc.jsonValue({ maxDepth: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  extraKey: fc.option(fc.tuple(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
});

describe('properties', () => {
  it('no JSON value makes parsePolicy throw; every refusal names a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(parsePolicy(value));
      }),
      { numRuns: 500 },
    );
  });

  it('no text makes parsePolicyText throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' })), (text) => {
        wellFormed(parsePolicyText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('no mutation of a valid policy makes the reader throw; a policy read is a fixed point of export/import', () => {
    fc.assert(
      fc.property(mutation, ({ edits, extraKey }) => {
        let input = example();
        for (const edit of edits) {
          const paths = pathsOf(input);
          if (paths.length === 0) break;
          input = mutate(input, paths[edit.at % paths.length]!, edit.value, edit.drop);
        }
        if (extraKey) {
          const paths = pathsOf(input).filter((p) => {
            let node: unknown = input;
            for (const key of p) node = (node as Record<string | number, unknown>)[key];
            return typeof node === 'object' && node !== null && !Array.isArray(node);
          });
          const target = paths[extraKey[0].length % Math.max(paths.length, 1)];
          if (target) mutate(input, [...target, extraKey[0]], extraKey[1], false);
        }
        const result = parsePolicy(input);
        wellFormed(result);
        wellFormed(parsePolicyText(JSON.stringify(input)));
        if (result.ok) {
          const text = serializePolicy(result.policy);
          const again = parsePolicyText(text);
          expect(again.ok).toBe(true);
          if (again.ok) {
            expect(again.warnings).toEqual([]);
            expect(serializePolicy(again.policy)).toBe(text);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('hostile values do not throw either', () => {
    const getterBomb = Object.defineProperty({}, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proto = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 1}') as unknown;
    for (const value of [getterBomb, proto, new Map(), Object.create(null), () => 1, Symbol('x'), 10n]) {
      wellFormed(parsePolicy(value));
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('therapist.aliases (docs/interfaces.md)', () => {
  it('reads other display names, with no warning, and writes them back only when set', () => {
    const result = parsePolicy(withField('therapist.aliases', ['Maya', 'Lee, Maya']));
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.policy.therapist.aliases).toEqual(['Maya', 'Lee, Maya']);
    expect(JSON.parse(serializePolicy(result.policy)).therapist.aliases).toEqual(['Maya', 'Lee, Maya']);
    expect(JSON.parse(serializePolicy(policy(example()))).therapist).not.toHaveProperty('aliases');
  });

  it('refuses more than 10, an empty one, or one over 100 characters, by path', () => {
    expectProblem(
      withField(
        'therapist.aliases',
        Array.from({ length: 11 }, (_, i) => `Name ${i}`),
      ),
      'therapist.aliases',
      /10/,
    );
    expect(problems(withField('therapist.aliases', ['']))[0]!.path).toMatch(/^therapist\.aliases/);
    expect(problems(withField('therapist.aliases', ['x'.repeat(101)]))[0]!.path).toMatch(/^therapist\.aliases/);
  });
});
