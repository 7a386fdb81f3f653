import { z } from 'zod/mini';
import file from './lines.json' with { type: 'json' };
import { crisisDescriptionKeys, crisisHoursKeys } from './line-words';

/**
 * Crisis lines by region. The data is lines.json (its JSON Schema, lines.schema.json, is
 * generated from the schemas here); docs/crisis-lines.md says how to re-check an entry. Numbers
 * change (988's Press 3 option closed on 17 Jul 2025), so every line carries its own source and
 * the date someone last checked it against that source. A line nobody could confirm is marked
 * `unconfirmed: true`, has no `lastVerified` date, and is never presented as verified. A unit
 * test fails when a verified line was last checked more than a year ago.
 */

export const crisisChannels = ['call', 'text', 'chat', 'email'] as const;
export type CrisisChannel = (typeof crisisChannels)[number];

const HREF: Record<CrisisChannel, RegExp> = {
  // A dialable number: digits only, a leading + for international form.
  call: /^tel:\+?\d{3,15}$/,
  // A short code or number, with a pre-filled keyword where the service asks for one.
  text: /^sms:\+?\d{3,15}(\?&body=[A-Z0-9]+)?$/,
  chat: /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[\w\-./]*)?$/,
  email: /^mailto:[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/,
};

export const contactSchema = z
  .object({
    via: z.enum(crisisChannels),
    /** As people read or dial it: "988", "0800 111 0 111", "text HOME to 741741". */
    label: z.string().check(z.minLength(1), z.maxLength(80)),
    href: z.string().check(z.maxLength(200)),
  })
  .check(
    z.refine((c) => HREF[c.via].test(c.href), {
      message: 'href is not a well-formed link for its channel',
      path: ['href'],
    }),
  );
export type CrisisContact = z.output<typeof contactSchema>;

export const crisisLineSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/)),
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    /** What the service offers, in plain words. */
    description: z.string().check(z.minLength(1), z.maxLength(300)),
    /** The description's catalogue key (docs/i18n.md): its English entry is `description`. */
    descriptionKey: z.optional(z.enum(crisisDescriptionKeys)),
    /** The emergency number (ambulance, police): for danger right now. */
    emergency: z.optional(z.literal(true)),
    /** How it can be reached: call, text, chat or email. */
    offers: z.array(z.enum(crisisChannels)).check(z.minLength(1)),
    /** The main number as written locally. */
    number: z.string().check(z.minLength(1), z.maxLength(40)),
    contacts: z.array(contactSchema).check(z.minLength(1)),
    hours: z.string().check(z.minLength(1), z.maxLength(100)),
    /** The hours' catalogue key: its English entry is `hours`. */
    hoursKey: z.optional(z.enum(crisisHoursKeys)),
    note: z.optional(z.string().check(z.maxLength(300))),
    /** Where it was checked: public pages, with the page's own date where it gives one. */
    source: z.string().check(z.minLength(1), z.maxLength(300)),
    lastVerified: z.optional(z.iso.date()),
    unconfirmed: z.optional(z.literal(true)),
  })
  .check(
    z.refine((line) => (line.lastVerified === undefined) === (line.unconfirmed === true), {
      message: 'a line is either verified (lastVerified) or unconfirmed, not both or neither',
    }),
    z.refine(
      (line) =>
        line.offers.every((via) => line.contacts.some((c) => c.via === via)) &&
        line.contacts.every((c) => line.offers.includes(c.via)),
      { message: 'offers and contacts disagree' },
    ),
  );
export type CrisisLine = z.output<typeof crisisLineSchema>;

export const crisisRegionSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** Verified lines first; unconfirmed ones after them. */
  lines: z.array(crisisLineSchema).check(z.minLength(1)),
});
export type CrisisRegion = z.output<typeof crisisRegionSchema>;

export const crisisDataSchema = z.record(z.string().check(z.regex(/^[A-Z]{2}$/)), crisisRegionSchema);

/** EU member states: those without their own entry get the EU-wide numbers. */
export const EU_MEMBER_STATES: readonly string[] =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/** For a region with no entry, or no region at all. */
export { FALLBACK_GUIDANCE } from './line-words';

/** lines.json as a whole: `$schema` points editors at lines.schema.json. */
export const crisisDataFileSchema = z.object({
  $schema: z.optional(z.string()),
  regions: crisisDataSchema,
});

/** Parsed once at load, so the types are the schema's; the unit test proves the file parses. */
export const CRISIS_DATA: Record<string, CrisisRegion> = crisisDataFileSchema.parse(file).regions;
