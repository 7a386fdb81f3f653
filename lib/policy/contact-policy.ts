import { z } from 'zod/mini';
import { ADDRESS_PROBLEM, addressEntrySchema } from './address';
import { encryptionPolicies } from './encryption-policies';
import { PHONE_PROBLEM, phoneSchema } from './phone';
import { checkedWords, said, words, type Said, type Words } from './words';

/**
 * The contact policy file, format v1 (docs/interfaces.md, "Contact policy file"): how a therapist
 * wants to be contacted between sessions. A therapist writes or exports it; a client imports it.
 * This schema is the single source of truth; public/contact-policy.schema.json is generated from
 * it.
 *
 * The format is a public interface: change it only by adding (a v2 reader reads v1 files).
 */

export const POLICY_FORMAT = 'between-sessions.contact-policy';
export const POLICY_VERSION = 1;
/** Larger files are refused before parsing: a policy is a few hundred bytes. */
export const MAX_POLICY_FILE_BYTES = 256 * 1024;

export const PURPOSES = ['scheduling', 'admin', 'checkin', 'support', 'clinical', 'casual'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Plain words for the options page (docs/interfaces.md, the purposes table). */
export const PURPOSE_DESCRIPTIONS: Record<Purpose, string> = {
  scheduling: 'Booking, moving, cancelling or confirming appointments, running late, video links',
  admin: 'Billing, receipts, insurance, forms, letters, changes of address',
  checkin: 'A brief progress note, homework done or a question about it, asking for a resource',
  support: 'Reaching out for emotional support between sessions',
  clinical: 'Therapy content: history, symptoms, medication, diagnosis, trauma, processing feelings at length',
  casual: 'Social conversation, personal questions to the therapist, invitations',
};

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
const COUNTRY_CODE_LIST =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU ' +
  'RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA ' +
  'UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';
export const COUNTRY_CODES: readonly string[] = COUNTRY_CODE_LIST.split(' ');

/** Codes people use that ISO does not: the code they meant. */
const COUNTRY_CODE_MISTAKES: Record<string, { code: string; name: string; words: Words }> = {
  UK: { code: 'GB', name: 'the United Kingdom', words: words('policy_problem_country_gb') },
  EL: { code: 'GR', name: 'Greece', words: words('policy_problem_country_gr') },
};

// ---------------------------------------------------------------------------------------------
// Times

const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const TIME_RANGE = new RegExp(`^(${TIME})-(${TIME}|24:00)$`);

/** "09:00-17:00" -> minutes since midnight, or undefined when the text is not a range. */
export function parseTimeRange(text: string): { start: number; end: number } | undefined {
  const match = TIME_RANGE.exec(text);
  if (!match) return undefined;
  return { start: minutes(match[1]!), end: minutes(match[2]!) };
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

let knownTimeZones: Set<string> | undefined;

/** An IANA time zone name this browser knows, aliases ("UTC", "US/Eastern") included. */
export function isTimeZone(name: string): boolean {
  // Intl also takes offsets ("+05:00"), which are not IANA names.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  knownTimeZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (knownTimeZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The schema

function text(max: number) {
  return z.string().check(z.trim(), z.maxLength(max));
}

function requiredText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}

// ---------------------------------------------------------------------------------------------
// The problems' words: English here, and a catalogue key for the options page (lib/policy/words.ts)

const HTTPS = said('must start with https://', 'policy_problem_https');
const WEB_ADDRESS = said('is not a valid web address', 'policy_problem_web_address');
const TIME_RANGE_PROBLEM = said(
  'expected a time range like 09:00-17:00 (24-hour clock; 24:00 may end a range)',
  'policy_problem_time_range',
);
const DATE_PROBLEM = said('expected a date written as YYYY-MM-DD, such as 2026-12-01', 'policy_problem_date');
const FULL_ADDRESS = said('expected a full email address, not a whole domain', 'policy_problem_full_address');
const AWAY_ORDER = said('ends before it starts (until must be on or after from)', 'policy_problem_away_order');
const CHANNEL_CLASH = said('this purpose is also listed in email.purposes', 'policy_problem_channel_clash');
const TIME_ZONE = said(
  'is not a time zone name; use an IANA name such as "America/New_York" or "Europe/London"',
  'policy_problem_timezone',
);

/** The schema's fixed messages, by their English text: how a problem finds its words again. */
const FIXED_WORDS = new Map<string, Words>(
  [
    HTTPS,
    WEB_ADDRESS,
    TIME_RANGE_PROBLEM,
    DATE_PROBLEM,
    FULL_ADDRESS,
    AWAY_ORDER,
    TIME_ZONE,
    ADDRESS_PROBLEM,
    PHONE_PROBLEM,
  ].map((s) => [s.message, s.words]),
);

/** The message of a refinement (its words are found again by `FIXED_WORDS`). */
function refined(s: Said): string {
  return s.message;
}

function listedTwice(what: string | Said): Said {
  const text = typeof what === 'string' ? what : what.message;
  return said(`${text} is listed twice`, 'policy_problem_listed_twice', typeof what === 'string' ? what : what.words);
}

/** A value of the file's own vocabulary in quotes ("mon"), with the language's quotation marks. */
function quoted(value: string): Said {
  return said(`"${value}"`, 'policy_problem_quoted', value);
}

/** A custom issue that carries its words (zod keeps `params` on the issue). */
function issue(s: Said, path: PropertyKey[], input: unknown) {
  return { code: 'custom' as const, message: s.message, params: { words: s.words }, path, input };
}

// The length check first, so a hostile string never reaches the address pattern.
const entrySchema = z.pipe(z.string().check(z.maxLength(320)), addressEntrySchema);

const purposesSchema = z.array(z.enum(PURPOSES)).check(
  z.maxLength(20),
  z.superRefine((purposes, ctx) => {
    purposes.forEach((purpose, i) => {
      if (purposes.indexOf(purpose) !== i) {
        ctx.addIssue(issue(listedTwice(quoted(purpose)), [i], purpose));
      }
    });
  }),
  z.describe(`What email is for: any of ${PURPOSES.join(', ')}. May be empty.`),
);

const httpsUrlSchema = z.string().check(
  z.maxLength(2000),
  z.trim(),
  z.refine((url) => /^https:\/\//i.test(url), { message: refined(HTTPS), abort: true }),
  z.refine(isWebAddress, refined(WEB_ADDRESS)),
  z.meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]://' }),
);

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

const rangeSchema = z.string().check(z.maxLength(20), z.regex(TIME_RANGE, refined(TIME_RANGE_PROBLEM)));

const daySchema = z.optional(
  z.array(rangeSchema).check(
    z.maxLength(24),
    z.superRefine((ranges, ctx) => {
      const parsed = ranges.map((range) => (typeof range === 'string' ? parseTimeRange(range) : undefined));
      parsed.forEach((range, i) => {
        if (!range) return;
        const textOf = ranges[i]!;
        if (range.end < range.start) {
          ctx.addIssue(
            issue(said(`${textOf} ends before it starts`, 'policy_problem_ends_before_start', textOf), [i], textOf),
          );
          return;
        }
        if (range.end === range.start) {
          ctx.addIssue(
            issue(said(`${textOf} ends when it starts`, 'policy_problem_ends_at_start', textOf), [i], textOf),
          );
          return;
        }
        for (let j = 0; j < i; j++) {
          const other = parsed[j];
          if (other && other.start < other.end && range.start < other.end && other.start < range.end) {
            const other = ranges[j]!;
            ctx.addIssue(issue(said(`overlaps ${other}`, 'policy_problem_overlaps', other), [i], textOf));
            return;
          }
        }
      });
    }),
  ),
);

const hoursSchema = z
  .object({
    mon: daySchema,
    tue: daySchema,
    wed: daySchema,
    thu: daySchema,
    fri: daySchema,
    sat: daySchema,
    sun: daySchema,
  })
  .check(z.describe('Open hours per day, mon to sun, as "HH:MM-HH:MM" ranges; a day absent or [] is closed.'));

const regionSchema = z
  .enum(COUNTRY_CODES, { error: (issue) => regionProblem(issue.input)?.message })
  .check(
    z.describe(
      'ISO 3166-1 alpha-2 country code (upper case; "GB" for the United Kingdom): picks the crisis lines shown.',
    ),
  );

function regionProblem(input: unknown): Said | undefined {
  if (input === undefined) return undefined; // "is required"
  if (typeof input !== 'string')
    return said('expected a two-letter country code such as "US" or "GB"', 'policy_problem_region_kind');
  const upper = input.trim().toUpperCase();
  const mistake = COUNTRY_CODE_MISTAKES[upper];
  if (mistake)
    return said(
      `"${input}" is not a country code; use "${mistake.code}" for ${mistake.name}`,
      'policy_problem_region_mistake',
      input,
      mistake.code,
      mistake.words,
    );
  if (upper !== input && COUNTRY_CODES.includes(upper))
    return said(
      `"${input}" must be written in capitals: use "${upper}"`,
      'policy_problem_region_capitals',
      input,
      upper,
    );
  const shown = input.slice(0, 40);
  return said(
    `"${shown}" is not a two-letter ISO 3166-1 country code (such as "US" or "GB")`,
    'policy_problem_region_unknown',
    shown,
  );
}

/** "2026-12-01", a real calendar date. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDateSchema = z
  .string()
  .check(z.maxLength(10), z.refine(isIsoDate, refined(DATE_PROBLEM)), z.meta({ format: 'date' }));

/** A list without repeats: the second of two equal entries is named. */
function noRepeats<T>(label: (value: T) => string | Said) {
  return z.superRefine((list: T[], ctx) => {
    list.forEach((value, i) => {
      if (list.indexOf(value) !== i) {
        ctx.addIssue(issue(listedTwice(label(value)), [i], value));
      }
    });
  });
}

export const CHANNEL_KINDS = ['portal', 'phone', 'session'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Where a purpose goes instead of email: the secure portal, a phone line, or the next session. */
const channelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('portal'), name: z.optional(requiredText(100)), url: httpsUrlSchema }),
  z.object({ kind: z.literal('phone'), name: z.optional(requiredText(100)), phone: phoneSchema }),
  z.object({ kind: z.literal('session') }),
]);
export type Channel = z.output<typeof channelSchema>;

const channelsSchema = z
  .object(
    Object.fromEntries(PURPOSES.map((p) => [p, z.optional(channelSchema)])) as Record<
      Purpose,
      z.ZodMiniOptional<typeof channelSchema>
    >,
  )
  .check(
    z.describe(
      'Where a purpose goes instead of email, by purpose: {"kind": "portal", "url"}, {"kind": "phone", "phone"} or {"kind": "session"}. A purpose here is one email is not for.',
    ),
  );

const fullAddressSchema = z.pipe(
  z.string().check(z.maxLength(320)),
  addressEntrySchema.check(z.refine((a) => !a.startsWith('@'), refined(FULL_ADDRESS))),
);

const feesSchema = z.object({
  freeMinutes: z
    .int()
    .check(z.nonnegative(), z.maximum(1440), z.describe('Minutes of between-session reading that are not billed.')),
  rate: requiredText(100).check(z.describe('The rate after the free minutes, shown as written ("USD 2.50 a minute").')),
  incrementMinutes: z.optional(z.int().check(z.positive(), z.maximum(1440))),
});

const awaySchema = z
  .object({
    from: isoDateSchema,
    until: isoDateSchema,
    backup: z.optional(
      z.object({
        name: requiredText(100),
        email: z.optional(fullAddressSchema),
        phone: z.optional(phoneSchema),
      }),
    ),
  })
  .check(z.refine((away) => away.until >= away.from, { message: refined(AWAY_ORDER), path: ['until'] }));

export const contactPolicySchema = z.object({
  format: z.literal(POLICY_FORMAT),
  version: z.literal(POLICY_VERSION),
  updated: z.optional(isoDateSchema.check(z.describe('The date the therapist last changed this policy (YYYY-MM-DD).'))),
  therapist: z.object({
    name: requiredText(100),
    emails: z
      .array(entrySchema)
      .check(
        z.minLength(1),
        z.maxLength(50),
        z.describe('The therapist\'s addresses: full addresses, or "@domain" for a whole practice domain.'),
      ),
    practice: z.optional(text(200)),
    /**
     * Other display names a webmail may show for the therapist (docs/interfaces.md): a name-only
     * recipient matching one of them counts as the therapist, with the same normalisation as `name`.
     */
    aliases: z.optional(
      z
        .array(requiredText(100))
        .check(
          z.maxLength(10),
          z.describe('Other display names a webmail may show (a nickname, the practice directory name).'),
        ),
    ),
  }),
  email: z
    .object({
      purposes: purposesSchema,
      maxWords: z.optional(z.int().check(z.positive())),
      maxPerWeek: z.optional(
        z.int().check(z.positive(), z.describe('At most this many messages in any rolling 7 days.')),
      ),
      encryption: z.enum(encryptionPolicies),
      allowedCc: z._default(z.array(entrySchema).check(z.maxLength(50)), []),
      secureChannel: z.optional(z.object({ name: requiredText(100), url: httpsUrlSchema })),
      channels: z.optional(channelsSchema),
      requiredCc: z.optional(
        z.array(fullAddressSchema).check(
          z.maxLength(10),
          noRepeats((a: string) => a),
          z.describe('Addresses that must be in To or Cc of every mail (a partner in couples work).'),
        ),
      ),
      guardians: z.optional(
        z.object({
          emails: z.array(entrySchema).check(z.minLength(1), z.maxLength(20)),
          purposes: purposesSchema,
        }),
      ),
      fees: z.optional(feesSchema),
      record: z.optional(
        requiredText(500).check(z.describe('What happens to emails (part of the record, who can read them).')),
      ),
    })
    .check(
      // Reported even while other fields have problems: the whole list shows at once.
      z.superRefine(
        (email, ctx) => {
          const purposes = Array.isArray(email.purposes) ? email.purposes : [];
          const channels = isPlainObject(email.channels) ? email.channels : {};
          for (const purpose of PURPOSES) {
            if (channels[purpose] !== undefined && purposes.includes(purpose)) {
              ctx.addIssue(issue(CHANNEL_CLASH, ['channels', purpose], channels[purpose]));
            }
          }
        },
        { when: (payload) => isPlainObject(payload.value) },
      ),
    ),
  availability: z.optional(
    z.object({
      timezone: z
        .string()
        .check(
          z.maxLength(64),
          z.refine(isTimeZone, refined(TIME_ZONE)),
          z.describe('IANA time zone name, such as "America/New_York".'),
        ),
      hours: hoursSchema,
      responseTime: z.optional(text(200)),
      notReadOn: z.optional(
        z.array(z.enum(DAYS)).check(
          z.maxLength(7),
          noRepeats((d: Day) => quoted(d)),
          z.describe('Days email is not read at all: mon to sun.'),
        ),
      ),
      closedDates: z.optional(
        z.array(isoDateSchema).check(
          z.maxLength(366),
          noRepeats((d: string) => d),
          z.describe('Dates email is not read at all (holidays), as YYYY-MM-DD.'),
        ),
      ),
      away: z.optional(awaySchema),
    }),
  ),
  emergency: z.object({
    region: regionSchema,
    note: z.optional(text(500)),
    practicePhone: z.optional(phoneSchema),
  }),
  notes: z.optional(text(1000)),
});

export type ContactPolicy = z.output<typeof contactPolicySchema>;
/** The file as written: fields with defaults may be left out. */
export type ContactPolicyInput = z.input<typeof contactPolicySchema>;

// ---------------------------------------------------------------------------------------------
// Reading

export interface PolicyProblem {
  /** Dotted field path with numeric indexes ("availability.hours.mon.1"); '' for the whole file. */
  path: string;
  /** In English (the command line prints it). */
  message: string;
  /** The same words from the catalogue, for the options page (lib/policy/words.ts). */
  words?: Words;
}

export type PolicyParseResult =
  | { ok: true; policy: ContactPolicy; warnings: PolicyProblem[] }
  | { ok: false; problems: PolicyProblem[]; newerVersion: boolean };

const MAX_LISTED = 100;

function problem(path: string, s: Said): PolicyProblem {
  return { path, message: s.message, words: s.words };
}

function unreadable(error: unknown): PolicyProblem {
  const why = reason(error);
  return problem('', said(`This file could not be read: ${why}`, 'policy_problem_unreadable', why));
}

/** Checks a parsed JSON value against format v1. Never throws. */
export function parsePolicy(input: unknown): PolicyParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    return refuse([unreadable(error)]);
  }
}

/** Reads the text of a policy file. Never throws. */
export function parsePolicyText(text: string): PolicyParseResult {
  try {
    if (typeof text !== 'string') {
      return refuse([problem('', said('This is not a text file.', 'policy_problem_not_text'))]);
    }
    const bytes = text.length > MAX_POLICY_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
    if (bytes > MAX_POLICY_FILE_BYTES) {
      const kb = String(MAX_POLICY_FILE_BYTES / 1024);
      return refuse([
        problem(
          '',
          said(`This file is too large to be a contact policy (over ${kb} kB).`, 'policy_problem_too_large', kb),
        ),
      ]);
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const why = reason(error);
      const comments = /(^|\s)\/\/|\/\*/.test(text);
      return refuse([
        problem(
          '',
          comments
            ? said(
                `This is not a JSON file: ${why} (JSON does not allow comments)`,
                'policy_problem_not_json_comments',
                why,
              )
            : said(`This is not a JSON file: ${why}`, 'policy_problem_not_json', why),
        ),
      ]);
    }
    return parsePolicy(value);
  } catch (error) {
    return refuse([unreadable(error)]);
  }
}

function parseUnsafe(input: unknown): PolicyParseResult {
  if (!isPlainObject(input)) {
    const kind = describe(input);
    return refuse([
      problem(
        '',
        said(
          `expected a contact policy: a JSON object with "format": "${POLICY_FORMAT}", not ${kind.message}`,
          'policy_problem_not_policy',
          POLICY_FORMAT,
          kind.words,
        ),
      ),
    ]);
  }
  const version = input.version;
  if (typeof version === 'number' && version > POLICY_VERSION) {
    return {
      ok: false,
      newerVersion: true,
      problems: [
        problem(
          'version',
          said(
            `This file was made by a newer version of Between Sessions (format version ${version}). Update the extension to read it.`,
            'policy_problem_newer',
            String(version),
          ),
        ),
      ],
    };
  }
  const result = contactPolicySchema.safeParse(input, { error: plainMessage, reportInput: true });
  if (!result.success) return refuse(issueProblems(result.error.issues));
  const warnings: PolicyProblem[] = [];
  collectUnknownKeys(contactPolicySchema, input, [], warnings);
  return { ok: true, policy: result.data, warnings: capped(warnings, 'unknown') };
}

/**
 * The schema's issues as problems, each with its words when they are sure to say the same as
 * its English message (parse with `reportInput: true`, so each issue keeps what it was about).
 * Shared with the safety plan file, which reads with `plainMessage` too.
 */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  fixed: ReadonlyMap<string, Words> = new Map(),
): PolicyProblem[] {
  return issues.map((found) => {
    const path = formatPath(found.path);
    const own = fixed.get(found.message);
    const w = own ?? issueWords(found);
    return w ? { path, message: found.message, words: w } : { path, message: found.message };
  });
}

function issueWords(found: z.core.$ZodIssue): Words | undefined {
  const candidates: (Said | undefined)[] = [];
  const fixed = FIXED_WORDS.get(found.message);
  if (fixed) candidates.push({ message: found.message, words: fixed });
  if (found.code === 'custom') {
    const carried = checkedWords((found.params as { words?: unknown } | undefined)?.words);
    if (carried) candidates.push({ message: found.message, words: carried });
  } else {
    const raw = found as unknown as z.core.$ZodRawIssue;
    candidates.push(plainProblem(raw));
    if (found.code === 'invalid_value') candidates.push(regionProblem(raw.input));
  }
  return candidates.find((c) => c?.message === found.message)?.words;
}

function refuse(problems: PolicyProblem[]): PolicyParseResult {
  return { ok: false, newerVersion: false, problems: capped(problems, 'problems') };
}

function capped(list: PolicyProblem[], what: 'problems' | 'unknown'): PolicyProblem[] {
  if (list.length <= MAX_LISTED) return list;
  const more = String(list.length - MAX_LISTED);
  const noun =
    what === 'problems'
      ? said('problems', 'policy_problem_more_problems')
      : said('unknown fields', 'policy_problem_more_unknown');
  return [
    ...list.slice(0, MAX_LISTED),
    problem('', said(`and ${more} more ${noun.message}`, 'policy_problem_more', more, noun.words)),
  ];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key))).join('.');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const KIND = {
  text: said('text', 'policy_problem_kind_text'),
  number: said('a number', 'policy_problem_kind_number'),
  int: said('a whole number', 'policy_problem_kind_whole_number'),
  list: said('a list', 'policy_problem_kind_list'),
  array: said('a list [ ... ]', 'policy_problem_kind_list_brackets'),
  group: said('a group of fields', 'policy_problem_kind_group'),
  object: said('a group of fields { ... }', 'policy_problem_kind_group_braces'),
  boolean: said('true or false', 'policy_problem_kind_true_false'),
  true: said('true', 'policy_problem_kind_true'),
  false: said('false', 'policy_problem_kind_false'),
  null: said('null', 'policy_problem_kind_null'),
  nothing: said('nothing', 'policy_problem_kind_nothing'),
} as const;

function describe(value: unknown): Said {
  if (value === null) return KIND.null;
  if (Array.isArray(value)) return KIND.list;
  switch (typeof value) {
    case 'string':
      return KIND.text;
    case 'number':
      return KIND.number;
    case 'boolean':
      return value ? KIND.true : KIND.false;
    case 'object':
      return KIND.group;
    default:
      return KIND.nothing;
  }
}

const EXPECTED: Record<string, Said> = {
  string: KIND.text,
  number: KIND.number,
  int: KIND.int,
  array: KIND.array,
  object: KIND.object,
  boolean: KIND.boolean,
};

const REQUIRED = said('is required', 'policy_problem_required');
const INVALID = said('is not valid', 'policy_problem_invalid');

function expectedKind(expected: string, input: unknown): Said {
  const kind = EXPECTED[expected];
  const got = describe(input);
  // A kind without words of its own (none today) is named by its id.
  if (!kind)
    return said(`expected ${expected}, not ${got.message}`, 'policy_problem_expected_kind', expected, got.words);
  return said(`expected ${kind.message}, not ${got.message}`, 'policy_problem_expected_kind', kind.words, got.words);
}

function oneOf(values: readonly unknown[]): Said {
  const list = values.map(String).join(', ');
  return said(`expected one of ${list}`, 'policy_problem_one_of', list);
}

/** Plain words a therapist understands, for every issue the schema does not word itself (the safety plan file reads with it too). */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  return plainProblem(issue).message;
}

/** `plainMessage` with its words. */
export function plainProblem(issue: z.core.$ZodRawIssue): Said {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return REQUIRED;
      if (issue.expected === 'int' && typeof input === 'number')
        return said('must be a whole number', 'policy_problem_whole_number');
      return expectedKind(issue.expected, input);
    case 'invalid_value': {
      if (input === undefined) return REQUIRED;
      if (issue.values.length === 1) {
        const value = JSON.stringify(issue.values[0]);
        return said(`must be ${value}`, 'policy_problem_must_be', value);
      }
      return oneOf(issue.values);
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? said('must not be empty', 'policy_problem_not_empty')
          : said(`must be at least ${min} characters`, 'policy_problem_min_chars', min);
      if (issue.origin === 'array')
        return issue.minimum === 1
          ? said('needs at least one entry', 'policy_problem_one_entry')
          : said(`needs at least ${min} entries`, 'policy_problem_min_entries', min);
      if (issue.minimum === 0 && !issue.inclusive)
        return said('must be a positive whole number', 'policy_problem_positive');
      return said(`must be at least ${min}`, 'policy_problem_at_least', min);
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return said(`is too long (at most ${max} characters)`, 'policy_problem_max_chars', max);
      if (issue.origin === 'array')
        return said(`has too many entries (at most ${max})`, 'policy_problem_max_entries', max);
      return said(`must be at most ${max}`, 'policy_problem_at_most', max);
    }
    case 'invalid_format':
      return said('is not in the expected format', 'policy_problem_format');
    case 'invalid_union':
      // A channel's "kind" that is none of the kinds (the discriminator of its union).
      if ('discriminator' in issue && Array.isArray(issue.options)) {
        const kind = isPlainObject(input) ? input[String(issue.discriminator)] : undefined;
        if (!isPlainObject(input)) return expectedKind('object', input);
        if (kind === undefined) return REQUIRED;
        return oneOf(issue.options);
      }
      return INVALID;
    default:
      return INVALID;
  }
}

// Unknown keys are not fatal (a newer minor edition may add some): they are reported and left out.

interface SchemaDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
}

function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  let def = schema._zod.def as SchemaDef;
  for (let depth = 0; depth < 10; depth++) {
    if (def.type === 'object') return def.shape;
    const inner = def.innerType ?? def.in;
    if (!inner) return undefined;
    def = inner._zod.def as SchemaDef;
  }
  return undefined;
}

const UNKNOWN_FIELD = said('unknown field, ignored', 'policy_problem_unknown_field');

function collectUnknownKeys(schema: z.core.$ZodType, value: unknown, path: string[], out: PolicyProblem[]): void {
  const shape = objectShape(schema);
  if (!shape || !isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(shape, key)) {
      collectUnknownKeys(shape[key]!, value[key], [...path, key], out);
    } else {
      const inHours = path.join('.') === 'availability.hours';
      const days = DAYS.join(', ');
      out.push(
        problem(
          formatPath([...path, key]),
          inHours ? said(`unknown day, ignored (days are ${days})`, 'policy_problem_unknown_day', days) : UNKNOWN_FIELD,
        ),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Canonical JSON: the key order of docs/interfaces.md, optional fields left out when absent. */
export function serializePolicy(policy: ContactPolicy): string {
  const { therapist, email, availability, emergency } = policy;
  const canonical = {
    format: policy.format,
    version: policy.version,
    updated: policy.updated,
    therapist: {
      name: therapist.name,
      emails: therapist.emails,
      practice: therapist.practice,
      aliases: therapist.aliases?.length ? therapist.aliases : undefined,
    },
    email: {
      purposes: email.purposes,
      maxWords: email.maxWords,
      maxPerWeek: email.maxPerWeek,
      encryption: email.encryption,
      allowedCc: email.allowedCc,
      secureChannel: email.secureChannel && { name: email.secureChannel.name, url: email.secureChannel.url },
      channels: email.channels && serializeChannels(email.channels),
      requiredCc: email.requiredCc?.length ? email.requiredCc : undefined,
      guardians: email.guardians && { emails: email.guardians.emails, purposes: email.guardians.purposes },
      fees: email.fees && {
        freeMinutes: email.fees.freeMinutes,
        rate: email.fees.rate,
        incrementMinutes: email.fees.incrementMinutes,
      },
      record: email.record,
    },
    availability: availability && {
      timezone: availability.timezone,
      hours: Object.fromEntries(
        DAYS.filter((day) => availability.hours[day] !== undefined).map((day) => [day, availability.hours[day]]),
      ),
      responseTime: availability.responseTime,
      notReadOn: availability.notReadOn?.length ? DAYS.filter((d) => availability.notReadOn!.includes(d)) : undefined,
      closedDates: availability.closedDates?.length ? availability.closedDates : undefined,
      away: availability.away && {
        from: availability.away.from,
        until: availability.away.until,
        backup: availability.away.backup && {
          name: availability.away.backup.name,
          email: availability.away.backup.email,
          phone: availability.away.backup.phone,
        },
      },
    },
    emergency: { region: emergency.region, note: emergency.note, practicePhone: emergency.practicePhone },
    notes: policy.notes,
  };
  // JSON.stringify leaves out undefined values: absent optional fields stay absent.
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

/** Channels in the order of the purposes vocabulary, each with its fields in a fixed order. */
function serializeChannels(
  channels: NonNullable<ContactPolicy['email']['channels']>,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const purpose of PURPOSES) {
    const channel = channels[purpose];
    if (!channel) continue;
    if (channel.kind === 'portal') out[purpose] = { kind: channel.kind, name: channel.name, url: channel.url };
    else if (channel.kind === 'phone') out[purpose] = { kind: channel.kind, name: channel.name, phone: channel.phone };
    else out[purpose] = { kind: channel.kind };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
