import { z } from 'zod/mini';
import { addressEntrySchema } from './address';
import { encryptionPolicies } from './encryption-policies';
import { phoneSchema } from './phone';

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
const COUNTRY_CODE_MISTAKES: Record<string, { code: string; name: string }> = {
  UK: { code: 'GB', name: 'the United Kingdom' },
  EL: { code: 'GR', name: 'Greece' },
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

// The length check first, so a hostile string never reaches the address pattern.
const entrySchema = z.pipe(z.string().check(z.maxLength(320)), addressEntrySchema);

const purposesSchema = z.array(z.enum(PURPOSES)).check(
  z.maxLength(20),
  z.superRefine((purposes, ctx) => {
    purposes.forEach((purpose, i) => {
      if (purposes.indexOf(purpose) !== i) {
        ctx.addIssue({ code: 'custom', message: `"${purpose}" is listed twice`, path: [i], input: purpose });
      }
    });
  }),
  z.describe(`What email is for: any of ${PURPOSES.join(', ')}. May be empty.`),
);

const httpsUrlSchema = z.string().check(
  z.maxLength(2000),
  z.trim(),
  z.refine((url) => /^https:\/\//i.test(url), { message: 'must start with https://', abort: true }),
  z.refine(isWebAddress, 'is not a valid web address'),
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

const rangeSchema = z
  .string()
  .check(
    z.maxLength(20),
    z.regex(TIME_RANGE, 'expected a time range like 09:00-17:00 (24-hour clock; 24:00 may end a range)'),
  );

const daySchema = z.optional(
  z.array(rangeSchema).check(
    z.maxLength(24),
    z.superRefine((ranges, ctx) => {
      const parsed = ranges.map((range) => (typeof range === 'string' ? parseTimeRange(range) : undefined));
      parsed.forEach((range, i) => {
        if (!range) return;
        const textOf = ranges[i]!;
        if (range.end < range.start) {
          ctx.addIssue({ code: 'custom', message: `${textOf} ends before it starts`, path: [i], input: textOf });
          return;
        }
        if (range.end === range.start) {
          ctx.addIssue({ code: 'custom', message: `${textOf} ends when it starts`, path: [i], input: textOf });
          return;
        }
        for (let j = 0; j < i; j++) {
          const other = parsed[j];
          if (other && other.start < other.end && range.start < other.end && other.start < range.end) {
            ctx.addIssue({ code: 'custom', message: `overlaps ${ranges[j]}`, path: [i], input: textOf });
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
  .enum(COUNTRY_CODES, { error: (issue) => regionProblem(issue.input) })
  .check(
    z.describe(
      'ISO 3166-1 alpha-2 country code (upper case; "GB" for the United Kingdom): picks the crisis lines shown.',
    ),
  );

function regionProblem(input: unknown): string | undefined {
  if (input === undefined) return undefined; // "is required"
  if (typeof input !== 'string') return 'expected a two-letter country code such as "US" or "GB"';
  const upper = input.trim().toUpperCase();
  const mistake = COUNTRY_CODE_MISTAKES[upper];
  if (mistake) return `"${input}" is not a country code; use "${mistake.code}" for ${mistake.name}`;
  if (upper !== input && COUNTRY_CODES.includes(upper)) return `"${input}" must be written in capitals: use "${upper}"`;
  return `"${input.slice(0, 40)}" is not a two-letter ISO 3166-1 country code (such as "US" or "GB")`;
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
  .check(
    z.maxLength(10),
    z.refine(isIsoDate, 'expected a date written as YYYY-MM-DD, such as 2026-12-01'),
    z.meta({ format: 'date' }),
  );

/** A list without repeats: the second of two equal entries is named. */
function noRepeats<T>(label: (value: T) => string) {
  return z.superRefine((list: T[], ctx) => {
    list.forEach((value, i) => {
      if (list.indexOf(value) !== i) {
        ctx.addIssue({ code: 'custom', message: `${label(value)} is listed twice`, path: [i], input: value });
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
  addressEntrySchema.check(z.refine((a) => !a.startsWith('@'), 'expected a full email address, not a whole domain')),
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
  .check(
    z.refine((away) => away.until >= away.from, {
      message: 'ends before it starts (until must be on or after from)',
      path: ['until'],
    }),
  );

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
              ctx.addIssue({
                code: 'custom',
                message: 'this purpose is also listed in email.purposes',
                path: ['channels', purpose],
                input: channels[purpose],
              });
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
          z.refine(
            isTimeZone,
            'is not a time zone name; use an IANA name such as "America/New_York" or "Europe/London"',
          ),
          z.describe('IANA time zone name, such as "America/New_York".'),
        ),
      hours: hoursSchema,
      responseTime: z.optional(text(200)),
      notReadOn: z.optional(
        z.array(z.enum(DAYS)).check(
          z.maxLength(7),
          noRepeats((d: Day) => `"${d}"`),
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
  message: string;
}

export type PolicyParseResult =
  | { ok: true; policy: ContactPolicy; warnings: PolicyProblem[] }
  | { ok: false; problems: PolicyProblem[]; newerVersion: boolean };

const MAX_LISTED = 100;

/** Checks a parsed JSON value against format v1. Never throws. */
export function parsePolicy(input: unknown): PolicyParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    return refuse([{ path: '', message: `This file could not be read: ${reason(error)}` }]);
  }
}

/** Reads the text of a policy file. Never throws. */
export function parsePolicyText(text: string): PolicyParseResult {
  try {
    if (typeof text !== 'string') return refuse([{ path: '', message: 'This is not a text file.' }]);
    const bytes = text.length > MAX_POLICY_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
    if (bytes > MAX_POLICY_FILE_BYTES) {
      return refuse([
        {
          path: '',
          message: `This file is too large to be a contact policy (over ${MAX_POLICY_FILE_BYTES / 1024} kB).`,
        },
      ]);
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const hint = /(^|\s)\/\/|\/\*/.test(text) ? ' (JSON does not allow comments)' : '';
      return refuse([{ path: '', message: `This is not a JSON file: ${reason(error)}${hint}` }]);
    }
    return parsePolicy(value);
  } catch (error) {
    return refuse([{ path: '', message: `This file could not be read: ${reason(error)}` }]);
  }
}

function parseUnsafe(input: unknown): PolicyParseResult {
  if (!isPlainObject(input)) {
    return refuse([
      {
        path: '',
        message: `expected a contact policy: a JSON object with "format": "${POLICY_FORMAT}", not ${describe(input)}`,
      },
    ]);
  }
  const version = input.version;
  if (typeof version === 'number' && version > POLICY_VERSION) {
    return {
      ok: false,
      newerVersion: true,
      problems: [
        {
          path: 'version',
          message: `This file was made by a newer version of Between Sessions (format version ${version}). Update the extension to read it.`,
        },
      ],
    };
  }
  const result = contactPolicySchema.safeParse(input, { error: plainMessage });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
    return refuse(problems);
  }
  const warnings: PolicyProblem[] = [];
  collectUnknownKeys(contactPolicySchema, input, [], warnings);
  return { ok: true, policy: result.data, warnings: capped(warnings, 'unknown fields') };
}

function refuse(problems: PolicyProblem[]): PolicyParseResult {
  return { ok: false, newerVersion: false, problems: capped(problems, 'problems') };
}

function capped(list: PolicyProblem[], what: string): PolicyProblem[] {
  if (list.length <= MAX_LISTED) return list;
  return [...list.slice(0, MAX_LISTED), { path: '', message: `and ${list.length - MAX_LISTED} more ${what}` }];
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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'a group of fields';
    default:
      return 'nothing';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list [ ... ]',
  object: 'a group of fields { ... }',
  boolean: 'true or false',
};

/** Plain words a therapist understands, for every issue the schema does not word itself (the safety plan file reads with it too). */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      if (issue.expected === 'int' && typeof input === 'number') return 'must be a whole number';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(input)}`;
    case 'invalid_value':
      if (input === undefined) return 'is required';
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return issue.minimum === 1 ? 'needs at least one entry' : `needs at least ${issue.minimum} entries`;
      if (issue.minimum === 0 && !issue.inclusive) return 'must be a positive whole number';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `has too many entries (at most ${issue.maximum})`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_union':
      // A channel's "kind" that is none of the kinds (the discriminator of its union).
      if ('discriminator' in issue && Array.isArray(issue.options)) {
        const kind = isPlainObject(input) ? input[String(issue.discriminator)] : undefined;
        if (!isPlainObject(input)) return `expected a group of fields { ... }, not ${describe(input)}`;
        if (kind === undefined) return 'is required';
        return `expected one of ${issue.options.map(String).join(', ')}`;
      }
      return 'is not valid';
    default:
      return 'is not valid';
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

function collectUnknownKeys(schema: z.core.$ZodType, value: unknown, path: string[], out: PolicyProblem[]): void {
  const shape = objectShape(schema);
  if (!shape || !isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(shape, key)) {
      collectUnknownKeys(shape[key]!, value[key], [...path, key], out);
    } else {
      const inHours = path.join('.') === 'availability.hours';
      out.push({
        path: formatPath([...path, key]),
        message: inHours ? `unknown day, ignored (days are ${DAYS.join(', ')})` : 'unknown field, ignored',
      });
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
