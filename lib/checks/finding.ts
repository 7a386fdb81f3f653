import { z } from 'zod/mini';
import type { MessageKey } from '../i18n';

/** Finding ids and severities are a public contract (docs/interfaces.md, "Findings"). */
export const findingIds = [
  'crisis',
  'purpose',
  'encryption',
  'other-recipients',
  'outside-hours',
  'too-long',
  'too-frequent',
  'sensitive-subject',
  'phi',
  'required-cc',
  'work-address',
  'billable',
  'unchecked',
] as const;
export type FindingId = (typeof findingIds)[number];

/**
 * The catalogue keys a finding's message may be given by (public/_locales/<lang>/messages.json):
 * the dialog shows `t(messageKey, ...messageArgs)`, the CLI the English `message`, which the
 * English entry gives exactly (tests/unit/lib/checks/finding-messages.test.ts).
 */
export const findingMessageKeys = [
  'finding_msg_encryption_none',
  'finding_msg_encryption_not_required',
  'finding_msg_encryption_accepted',
  'finding_msg_encryption_required',
  'finding_msg_encryption_required_own',
  'finding_msg_encryption_plain',
  'finding_msg_other_recipients',
  'finding_msg_other_recipients_many',
  'finding_msg_other_recipients_client',
  'finding_msg_other_recipients_client_many',
  'finding_msg_too_long',
  'finding_msg_sensitive_subject',
  'finding_msg_work_address',
  'finding_msg_required_cc_one',
  'finding_msg_required_cc_many',
  'finding_msg_unchecked',
  'finding_msg_partly_checked',
  'finding_msg_crisis_general',
] as const satisfies readonly MessageKey[];
export type FindingMessageKey = (typeof findingMessageKeys)[number];

/**
 * The catalogue keys of the sentences of `messageParts` (below), and of the phrases inside them
 * (`{ phrase }`: a risk kind, a purpose, a stand-in name; no placeholders). The page checks only
 * their form (the in-page fallback shows the English message for parts, docs/i18n.md), so these
 * lists stay out of the content script; a key the catalogue lacks leaves the English message.
 */
export const findingPartKeys = [
  'finding_msg_crisis_current',
  'finding_msg_crisis_lowered',
  'finding_msg_crisis_practice_line',
  'finding_msg_purpose_uses',
  'finding_msg_purpose_uses_notes',
  'finding_msg_purpose_guardian',
  'finding_msg_purpose_guardian_notes',
  'finding_msg_purpose_looks_like',
  'finding_msg_purpose_about_scheduling',
  'finding_msg_purpose_about_admin',
  'finding_msg_purpose_about_checkin',
  'finding_msg_purpose_about_support',
  'finding_msg_purpose_about_clinical',
  'finding_msg_purpose_about_casual',
  'finding_msg_purpose_portal',
  'finding_msg_purpose_phone',
  'finding_msg_purpose_phone_number',
  'finding_msg_purpose_session',
  'finding_msg_purpose_for_rest',
  'finding_msg_purpose_parent_session',
  'finding_msg_purpose_session_or_secure',
  'finding_msg_purpose_session_or_call',
  'finding_msg_phi',
  'finding_msg_phi_secure',
  'finding_msg_phi_plain',
  'finding_msg_billable_estimate',
  'finding_msg_billable_after',
  'finding_msg_billable_after_steps',
  'finding_msg_billable_all',
  'finding_msg_billable_all_steps',
  // outside-hours, too-frequent
  'finding_msg_hours_outside',
  'finding_msg_hours_start',
  'finding_msg_hours_start_yours_time',
  'finding_msg_hours_start_yours_day',
  'finding_msg_hours_read_again',
  'finding_msg_hours_read_again_yours_time',
  'finding_msg_hours_read_again_yours_day',
  'finding_msg_hours_sending',
  'finding_msg_hours_reply',
  'finding_msg_hours_reply_quoted',
  'finding_msg_hours_none',
  'finding_msg_hours_none_own',
  'finding_msg_hours_no_day',
  'finding_msg_hours_no_day_own',
  'finding_msg_hours_away',
  'finding_msg_hours_away_own',
  'finding_msg_hours_backup',
  'finding_msg_hours_backup_reach',
  'finding_msg_hours_closed_date',
  'finding_msg_hours_closed_date_own',
  'finding_msg_hours_not_read',
  'finding_msg_hours_not_read_own',
  'finding_msg_hours_own_outside',
  'finding_msg_hours_own_start',
  'finding_msg_hours_own_start_yours_time',
  'finding_msg_hours_own_start_yours_day',
  'finding_msg_hours_own_sending',
  'finding_msg_frequent_one',
  'finding_msg_frequent_many_one',
  'finding_msg_frequent_many',
  'finding_msg_frequent_again',
  'finding_msg_frequent_wait',
] as const satisfies readonly MessageKey[];
export type FindingPartKey = (typeof findingPartKeys)[number];
export const phraseKeys = [
  'phrase_your_therapist',
  'phrase_your_therapist_label',
  'phrase_risk_wish_to_die',
  'phrase_risk_suicidal_thoughts',
  'phrase_risk_method',
  'phrase_risk_intent',
  'phrase_risk_plan',
  'phrase_risk_preparation',
  'phrase_risk_self_harm',
  'phrase_risk_harm_to_others',
  'phrase_secure_portal',
  'phrase_purpose_scheduling',
  'phrase_purpose_admin',
  'phrase_purpose_checkin',
  'phrase_purpose_support',
  'phrase_purpose_clinical',
  'phrase_purpose_casual',
  'phrase_health_diagnosis',
  'phrase_health_medication',
  'phrase_health_symptom',
  'phrase_health_treatment',
  'phrase_health_risk',
  // outside-hours, too-frequent
  'phrase_day_today',
  'phrase_day_tomorrow',
  'phrase_day_mondays',
  'phrase_day_tuesdays',
  'phrase_day_wednesdays',
  'phrase_day_thursdays',
  'phrase_day_fridays',
  'phrase_day_saturdays',
  'phrase_day_sundays',
  'phrase_hours_your_therapist',
] as const satisfies readonly MessageKey[];
export type PhraseKey = (typeof phraseKeys)[number];

/** How a `{ instant }` argument is written (Intl.DateTimeFormat options in `lib/checks/message-parts.ts`). */
export const instantStyles = ['weekday-time', 'day-time', 'day', 'date', 'weekday', 'time'] as const;
export type InstantStyle = (typeof instantStyles)[number];

export const severities = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

// Each schema below is built on its first use (z.lazy), not when the module loads: the mail page
// imports this file, and building zod schemas is most of what its script costs the page at load
// (README, "Performance").
const text = (max: number) => z.string().check(z.maxLength(max));
const offset = () => z.number().check(z.int(), z.nonnegative());

export const evidenceSchema = z.lazy(() =>
  z.object({
    field: z.enum(['subject', 'body', 'recipients']),
    text: text(1000),
    start: offset(),
    end: offset(),
    /** A few words of the text around it, for a short excerpt in the dialog. */
    before: z.optional(text(200)),
    after: z.optional(text(200)),
  }),
);
export type Evidence = z.output<typeof evidenceSchema>;

/** Only links a person can act on safely: a call, a text, a web chat, an email. */
const SAFE_HREF = /^(tel:|sms:|https:\/\/|mailto:)/;

/**
 * A crisis line's catalogue key (lib/crisis/line-words.ts lists them; lines.schema.json checks the
 * data). Checked here by its form only, so the mail page's script carries no list of keys: a key
 * the catalogue lacks shows the English words (lib/crisis/line-text.ts).
 */
export const CRISIS_LINE_KEY = /^crisis_line_[a-z0-9_]{1,60}$/;
const crisisLineKey = z.optional(z.catch(z.optional(z.string().check(z.regex(CRISIS_LINE_KEY))), undefined));

export const crisisLineViewSchema = z.lazy(() =>
  z.object({
    name: text(100),
    description: text(300),
    number: text(40),
    hours: text(100),
    /**
     * The catalogue keys of `description` and `hours` (lib/crisis/line-words.ts), for the dialog
     * to show them in the user's language; the English stays above for the command line. A key
     * the page does not know reads as absent, never as a broken line.
     */
    descriptionKey: crisisLineKey,
    hoursKey: crisisLineKey,
    emergency: z.optional(z.boolean()),
    unconfirmed: z.optional(z.boolean()),
    contacts: z
      .array(z.object({ via: text(10), label: text(80), href: z.string().check(z.maxLength(200), z.regex(SAFE_HREF)) }))
      .check(z.maxLength(10)),
  }),
);
export type CrisisLineView = z.output<typeof crisisLineViewSchema>;

/**
 * A finding's words as sentences from the catalogue (docs/i18n.md, "Finding messages"): each
 * part is one key, its arguments are plain strings, phrases from the catalogue, numbers, lists
 * joined in the catalogue's language, or instants written in it. A list holds no lists, so the
 * nesting is two levels deep at most; every size is capped.
 */
// The form of a key, typed as the keys it stands for (a string check is cheaper on the page than z.custom).
const keyOf = <K extends string>(prefix: RegExp) =>
  z.string().check(z.maxLength(80), z.regex(prefix)) as unknown as z.ZodMiniType<K>;
const leafArgSchema = () =>
  z.union([
    text(1000),
    z.strictObject({ phrase: keyOf<PhraseKey>(/^phrase_[a-z0-9_]+$/) }),
    z.strictObject({ number: z.number(), unit: z.optional(z.literal('minute')) }),
    z.strictObject({ instant: text(40), zone: text(64), style: z.enum(instantStyles) }),
  ]);
const argSchema = () =>
  z.union([
    leafArgSchema(),
    z.strictObject({ list: z.array(leafArgSchema()).check(z.maxLength(20)), type: z.enum(['and', 'or']) }),
  ]);
export const messagePartsSchema = z.lazy(() =>
  z
    .array(
      z.strictObject({
        key: keyOf<FindingPartKey>(/^finding_msg_[a-z0-9_]+$/),
        args: z.optional(z.array(argSchema()).check(z.maxLength(9))),
      }),
    )
    .check(z.minLength(1), z.maxLength(12)),
);
export type MessagePart = z.output<typeof messagePartsSchema>[number];
export type MessageArg = NonNullable<MessagePart['args']>[number];

export const findingSchema = z.lazy(() =>
  z.object({
    id: z.enum(findingIds),
    severity: z.enum(severities),
    /** What is wrong, why it matters and what to do instead, in plain words. */
    message: text(2000),
    /** The same words from the catalogue, in the user's language; the args fill its placeholders. */
    messageKey: z.optional(z.enum(findingMessageKeys)),
    messageArgs: z.optional(z.array(text(1000)).check(z.maxLength(9))),
    /** The same words as sentences with structured arguments; wins over `messageKey` when both are given. */
    messageParts: z.optional(messagePartsSchema),
    /**
     * `messageParts` as the background read them in the user's language, for the in-page
     * fallback dialog, which carries no renderer (docs/i18n.md, "Finding messages").
     */
    messageText: z.optional(text(2000)),
    evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(200))),
    /** other-recipients: the people besides the therapist. */
    recipients: z.optional(z.array(text(1000)).check(z.maxLength(1000))),
    /**
     * encryption: the person whose plain-email risk the user may accept once. `counterpartId` is the
     * counterpart's id (a client's in the therapist role); the name stays, as findings are public.
     */
    acceptFor: z.optional(z.object({ counterpartId: text(100), name: text(100) })),
    /**
     * A warning the user may silence for this person, for 7 days or until they withdraw it
     * (lib/policy/suppressions.ts); `personId` as in `acceptFor`.
     */
    suppressFor: z.optional(z.object({ personId: text(100), name: text(100) })),
    /** crisis: the lines to show (the user's region, else the therapist's) and the therapist's note. */
    crisis: z.optional(
      z.object({
        region: z.nullable(text(2)),
        lines: z.array(crisisLineViewSchema).check(z.maxLength(20)),
        fallback: z.optional(text(500)),
        therapistNote: z.optional(text(500)),
        /** The therapist's own urgent line (`emergency.practicePhone`), shown after the national lines. */
        practiceLine: z.optional(
          z.object({
            label: text(200),
            /** The label's words from the catalogue, as `messageParts`. */
            labelParts: z.optional(messagePartsSchema),
            number: text(40),
            href: z.string().check(z.maxLength(60), z.regex(/^tel:/)),
          }),
        ),
      }),
    ),
  }),
);
export type Finding = z.output<typeof findingSchema>;

/** Findings that stop the send and open the dialog; `info` never does. */
export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}
