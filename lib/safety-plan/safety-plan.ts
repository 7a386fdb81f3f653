import { z } from 'zod/mini';
import { issueProblems, plainMessage } from '../policy/contact-policy';
import { said, type Said, type Words } from '../policy/words';

/**
 * The safety plan file, format v1 (docs/interfaces.md, "Safety plan file"): the client's own
 * Stanley-Brown safety plan, six parts and reasons for living (Stanley & Brown, Cognitive and
 * Behavioral Practice 19 (2012) 256-264). Kept only in this browser; a therapist can help write one
 * and hand it over as a file. This schema is the single source of truth;
 * public/safety-plan.schema.json is generated from it.
 *
 * The format is a public interface: change it only by adding (a v2 reader reads v1 files).
 */

export const SAFETY_PLAN_FORMAT = 'between-sessions.safety-plan';
export const SAFETY_PLAN_VERSION = 1;
/** Larger files are refused before parsing: a full plan is a few kilobytes. */
export const MAX_SAFETY_PLAN_FILE_BYTES = 256 * 1024;
export const MAX_ENTRIES = 20;
export const MAX_ENTRY_CHARS = 300;

/** The lists of words, in the order of the file and of the plan's steps. */
export const TEXT_PARTS = ['warningSigns', 'copingStrategies', 'safeEnvironment', 'reasonsForLiving'] as const;
/** The lists of people (and places), each with an optional phone number. */
export const CONTACT_PARTS = ['distractions', 'helpers', 'professionals'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];
export type ContactPart = (typeof CONTACT_PARTS)[number];
export type PlanPart = TextPart | ContactPart;

/** Every part in the plan's own order (the file's key order). */
export const PLAN_PARTS: readonly PlanPart[] = [
  'warningSigns',
  'copingStrategies',
  'distractions',
  'helpers',
  'professionals',
  'safeEnvironment',
  'reasonsForLiving',
];

const entryText = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ENTRY_CHARS));

/**
 * A phone number as a person writes it: digits with an optional leading +, spaces, dashes, dots
 * and parentheses, 3 to 32 characters (the contact policy's phone rule).
 */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{3,32}$/;

// The plan's own messages, with their words (lib/policy/words.ts).
const PHONE_LONG = said('is too long for a phone number (at most 32 characters)', 'policy_problem_plan_phone_long');
const PHONE_FORM = said(
  'expected a phone number: digits, with + ( ) - . and spaces allowed',
  'policy_problem_plan_phone',
);
const PHONE_DIGITS = said('a phone number needs at least 3 digits', 'policy_problem_plan_digits');
const DATE = said('expected a date such as 2026-12-01', 'policy_problem_plan_date');
const EMPTY = said('the plan is empty: write at least one entry in any part', 'policy_problem_plan_empty');
const FIXED = new Map<string, Words>(
  [PHONE_LONG, PHONE_FORM, PHONE_DIGITS, DATE, EMPTY].map((s) => [s.message, s.words]),
);

const problem = (path: string, s: Said): PlanProblem => ({ path, message: s.message, words: s.words });
const unreadable = (error: unknown) => {
  const why = reason(error);
  return problem('', said(`This file could not be read: ${why}`, 'policy_problem_unreadable', why));
};

const phoneSchema = z.string().check(
  z.trim(),
  z.maxLength(32, PHONE_LONG.message),
  z.regex(PHONE_PATTERN, {
    message: PHONE_FORM.message,
    abort: true,
  }),
  z.refine((phone) => /\d.*\d.*\d/.test(phone), PHONE_DIGITS.message),
);

const contactSchema = z.object({ name: entryText, phone: z.optional(phoneSchema) });

const textList = (description: string) =>
  z._default(z.array(entryText).check(z.maxLength(MAX_ENTRIES), z.describe(description)), []);
const contactList = (description: string) =>
  z._default(z.array(contactSchema).check(z.maxLength(MAX_ENTRIES), z.describe(description)), []);

export const safetyPlanSchema = z
  .object({
    format: z.literal(SAFETY_PLAN_FORMAT),
    version: z.literal(SAFETY_PLAN_VERSION),
    updated: z.optional(
      z.iso
        .date({ message: DATE.message })
        .check(z.describe('ISO date the plan was last changed, such as 2026-12-01.')),
    ),
    warningSigns: textList('Step 1: thoughts, moods, situations or behaviours that show a crisis may be coming.'),
    copingStrategies: textList('Step 2: things to do on your own to take your mind off problems.'),
    distractions: contactList('Step 3: people and social places that take your mind off things.'),
    helpers: contactList('Step 4: family members or friends you can ask for help.'),
    professionals: contactList('Step 5: professionals or agencies to contact in a crisis.'),
    safeEnvironment: textList('Step 6: making the environment safe, such as keeping means out of reach.'),
    reasonsForLiving: textList('What matters most to you and is worth living for.'),
  })
  .check(
    z.refine((plan) => PLAN_PARTS.some((part) => Array.isArray(plan[part]) && plan[part].length > 0), {
      message: EMPTY.message,
      path: [],
    }),
  );

export type SafetyPlan = z.output<typeof safetyPlanSchema>;
export type SafetyPlanInput = z.input<typeof safetyPlanSchema>;
export type PlanContact = SafetyPlan['distractions'][number];

// ---------------------------------------------------------------------------------------------
// Reading

export interface PlanProblem {
  /** Dotted field path with numeric indexes ("helpers.0.phone"); '' for the whole file. */
  path: string;
  message: string;
  /** The same words from the catalogue, for the options page (lib/policy/words.ts). */
  words?: Words;
}

export type SafetyPlanParseResult =
  | { ok: true; plan: SafetyPlan; warnings: PlanProblem[] }
  | { ok: false; problems: PlanProblem[]; newerVersion: boolean };

const MAX_LISTED = 100;
const KNOWN_KEYS = new Set(['format', 'version', 'updated', ...PLAN_PARTS]);
const CONTACT_KEYS = new Set(['name', 'phone']);

/** Checks a parsed JSON value against format v1. Never throws. */
export function parseSafetyPlan(input: unknown): SafetyPlanParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    return refuse([unreadable(error)]);
  }
}

/** Reads the text of a safety plan file. Never throws. */
export function parseSafetyPlanText(text: string): SafetyPlanParseResult {
  try {
    if (typeof text !== 'string')
      return refuse([problem('', said('This is not a text file.', 'policy_problem_not_text'))]);
    const bytes = text.length > MAX_SAFETY_PLAN_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
    if (bytes > MAX_SAFETY_PLAN_FILE_BYTES) {
      const kb = String(MAX_SAFETY_PLAN_FILE_BYTES / 1024);
      return refuse([
        problem(
          '',
          said(`This file is too large to be a safety plan (over ${kb} kB).`, 'policy_problem_plan_too_large', kb),
        ),
      ]);
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const why = reason(error);
      return refuse([problem('', said(`This is not a JSON file: ${why}`, 'policy_problem_not_json', why))]);
    }
    return parseSafetyPlan(value);
  } catch (error) {
    return refuse([unreadable(error)]);
  }
}

function parseUnsafe(input: unknown): SafetyPlanParseResult {
  if (!isPlainObject(input)) {
    return refuse([
      problem(
        '',
        said(
          `expected a safety plan: a JSON object with "format": "${SAFETY_PLAN_FORMAT}"`,
          'policy_problem_plan_not_plan',
          SAFETY_PLAN_FORMAT,
        ),
      ),
    ]);
  }
  if (input.format !== SAFETY_PLAN_FORMAT && input.format !== undefined) {
    // A contact policy or a settings file given here by mistake: say what it is.
    const what =
      input.format === 'between-sessions.contact-policy'
        ? said(
            'This is a contact policy file, not a safety plan: import it under Therapists.',
            'policy_problem_plan_is_policy',
          )
        : input.format === 'between-sessions.settings'
          ? said(
              'This is a settings file, not a safety plan: import it under "Move to another device".',
              'policy_problem_plan_is_settings',
            )
          : said(`expected "format": "${SAFETY_PLAN_FORMAT}"`, 'policy_problem_plan_format', SAFETY_PLAN_FORMAT);
    return refuse([problem('format', what)]);
  }
  const version = input.version;
  if (typeof version === 'number' && version > SAFETY_PLAN_VERSION) {
    return {
      ok: false,
      newerVersion: true,
      problems: [
        problem(
          'version',
          said(
            `This safety plan was made by a newer version of Between Sessions (format version ${version}). Update the extension to read it.`,
            'policy_problem_plan_newer',
            String(version),
          ),
        ),
      ],
    };
  }
  const result = safetyPlanSchema.safeParse(input, { error: plainMessage, reportInput: true });
  if (!result.success) return refuse(issueProblems(result.error.issues, FIXED));
  return { ok: true, plan: result.data, warnings: capped(unknownKeys(input), 'unknown fields') };
}

const UNKNOWN_FIELD = said('unknown field, ignored', 'policy_problem_unknown_field');

/** Unknown keys are not fatal (a newer edition may add some): they are reported and left out. */
function unknownKeys(input: Record<string, unknown>): PlanProblem[] {
  const out: PlanProblem[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) out.push({ path: key, ...UNKNOWN_FIELD });
  }
  for (const part of CONTACT_PARTS) {
    const list = input[part];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, i) => {
      if (!isPlainObject(entry)) return;
      for (const key of Object.keys(entry)) {
        if (!CONTACT_KEYS.has(key)) out.push({ path: `${part}.${i}.${key}`, ...UNKNOWN_FIELD });
      }
    });
  }
  return out;
}

function refuse(problems: PlanProblem[]): SafetyPlanParseResult {
  return { ok: false, newerVersion: false, problems: capped(problems, 'problems') };
}

function capped(list: PlanProblem[], what: 'problems' | 'unknown fields'): PlanProblem[] {
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Canonical JSON: the key order of docs/interfaces.md, every part written (empty ones as []). */
export function serializeSafetyPlan(plan: SafetyPlan): string {
  const contacts = (list: readonly PlanContact[]) =>
    list.map((c) => (c.phone ? { name: c.name, phone: c.phone } : { name: c.name }));
  const canonical = {
    format: plan.format,
    version: plan.version,
    updated: plan.updated,
    warningSigns: plan.warningSigns,
    copingStrategies: plan.copingStrategies,
    distractions: contacts(plan.distractions),
    helpers: contacts(plan.helpers),
    professionals: contacts(plan.professionals),
    safeEnvironment: plan.safeEnvironment,
    reasonsForLiving: plan.reasonsForLiving,
  };
  // JSON.stringify leaves out undefined values: an absent date stays absent.
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

/** A plan with no entry at all is no plan. */
export function isEmptyPlan(plan: Pick<SafetyPlan, PlanPart>): boolean {
  return PLAN_PARTS.every((part) => plan[part].length === 0);
}

/** The local calendar date as an ISO date (what `updated` holds). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** When a plan is due for a review with the therapist: three months after it was last changed. */
export const REVIEW_AFTER_MONTHS = 3;

/** Whether `updated` is three months or more before `today` (both ISO dates). */
export function reviewDue(updated: string | undefined, today: Date): boolean {
  if (!updated) return true;
  const [year, month, day] = updated.split('-').map(Number) as [number, number, number];
  const due = new Date(year, month - 1 + REVIEW_AFTER_MONTHS, day);
  return isoDate(today) >= isoDate(due);
}
