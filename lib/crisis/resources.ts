import { z } from 'zod/mini';

/**
 * Crisis lines by region, as data (shared/reference/domain.md §3). Numbers change (988's Press 3
 * option closed on 17 Jul 2025), so every line carries its source and the date it was last
 * checked against it. A line the reference could not confirm is marked `unconfirmed: true`, has no
 * `lastVerified` date, and must not be presented as verified.
 *
 * The schema below is checked against the data by a unit test, not at run time.
 */

export const LAST_VERIFIED = '2026-11-22';

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
    z.refine((c) => HREF[c.via].test(c.href), { message: 'href is not a well-formed link for its channel', path: ['href'] }),
  );
export type CrisisContact = z.output<typeof contactSchema>;

export const crisisLineSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/)),
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    /** What the service offers, in plain words. */
    description: z.string().check(z.minLength(1), z.maxLength(300)),
    /** The emergency number (ambulance, police): for danger right now. */
    emergency: z.optional(z.literal(true)),
    /** How it can be reached: call, text, chat or email. */
    offers: z.array(z.enum(crisisChannels)).check(z.minLength(1)),
    /** The main number as written locally. */
    number: z.string().check(z.minLength(1), z.maxLength(40)),
    contacts: z.array(contactSchema).check(z.minLength(1)),
    hours: z.string().check(z.minLength(1), z.maxLength(100)),
    note: z.optional(z.string().check(z.maxLength(300))),
    /** Where the reference found it, with the source's date where known. */
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
export const EU_MEMBER_STATES: readonly string[] = (
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
).split(' ');

/** For a region with no entry, or no region at all. */
export const FALLBACK_GUIDANCE =
  'Call your local emergency number (112 works in many countries) or go to the nearest emergency department.';

const V = { lastVerified: LAST_VERIFIED } as const;
const UNCONFIRMED = { unconfirmed: true } as const;

function call(label: string, digits = label.replace(/[^\d+]/g, '')): CrisisContact {
  return { via: 'call', label, href: `tel:${digits}` };
}

function text(label: string, digits: string, keyword?: string): CrisisContact {
  return { via: 'text', label, href: keyword ? `sms:${digits}?&body=${keyword}` : `sms:${digits}` };
}

const EMERGENCY_112_EU = {
  name: 'Emergency services',
  description: 'Ambulance, police and fire, when someone is in danger right now. Free in every EU member state.',
  emergency: true,
  offers: ['call'],
  number: '112',
  contacts: [call('112')],
  hours: '24/7',
  source: 'news.lt citing ec.europa.eu (2009-02-12); oireachtas.ie (2013-12-10)',
  ...V,
} satisfies Omit<CrisisLine, 'id'>;

const SAMARITANS_SOURCE = 'samaritans.org; irishexaminer.com';

export const CRISIS_DATA: Record<string, CrisisRegion> = {
  US: {
    name: 'United States',
    lines: [
      {
        id: 'us-911',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '911',
        contacts: [call('911')],
        hours: '24/7',
        source: 'castillopsychotherapy.com; wholeisticyou.com/electronic-consent',
        ...V,
      },
      {
        id: 'us-988',
        name: '988 Suicide & Crisis Lifeline',
        description: 'Free, confidential support from a trained counselor for anyone in distress or thinking about suicide.',
        offers: ['call', 'text', 'chat'],
        number: '988',
        contacts: [call('988'), text('Text 988', '988'), { via: 'chat', label: '988lifeline.org', href: 'https://988lifeline.org' }],
        hours: '24/7',
        note: 'Press 1 for the Veterans Crisis Line, 2 for Spanish.',
        source: 'familyandcaregivertoolkit.org/988-crisis-lifeline; kffhealthnews.org (2025-08-19)',
        ...V,
      },
      {
        id: 'us-crisis-text-line',
        name: 'Crisis Text Line',
        description: 'Text with a trained crisis counselor.',
        offers: ['text'],
        number: '741741',
        contacts: [text('Text HOME to 741741', '741741', 'HOME')],
        hours: '24/7',
        source: 'sfisd.net Crisis Text Line page',
        ...V,
      },
    ],
  },
  CA: {
    name: 'Canada',
    lines: [
      {
        id: 'ca-988',
        name: '9-8-8 Suicide Crisis Helpline',
        description: 'Call or text a trained responder, in English or French.',
        offers: ['call', 'text'],
        number: '9-8-8',
        contacts: [call('988'), text('Text 988', '988')],
        hours: '24/7',
        source: 'newswire.ca (2023-11-30)',
        ...V,
      },
      {
        id: 'ca-youth-text',
        name: 'Youth crisis text line (Kids Help Phone)',
        description: 'Text support for young people.',
        offers: ['text'],
        number: '686868',
        contacts: [text('Text 686868', '686868')],
        hours: '24/7',
        source: 'penniesforpoverty.org (secondary source)',
        ...V,
      },
      {
        id: 'ca-911',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '911',
        contacts: [call('911')],
        hours: '24/7',
        source: 'not in the reference (domain.md §3); confirm before shipping',
        ...UNCONFIRMED,
      },
    ],
  },
  GB: {
    name: 'United Kingdom',
    lines: [
      {
        id: 'gb-999',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '999',
        contacts: [call('999')],
        hours: '24/7',
        source: 'giveusashout.org/about-us/faq (2024-11-04); oundlesurgery.nhs.uk (2023-05-03)',
        ...V,
      },
      {
        id: 'gb-samaritans',
        name: 'Samaritans',
        description: 'Someone to talk to about whatever is getting to you. Free to call.',
        offers: ['call', 'email'],
        number: '116 123',
        contacts: [call('116 123'), { via: 'email', label: 'jo@samaritans.org', href: 'mailto:jo@samaritans.org' }],
        hours: '24/7',
        source: SAMARITANS_SOURCE,
        ...V,
      },
      {
        id: 'gb-shout',
        name: 'Shout',
        description: 'Text with a trained volunteer.',
        offers: ['text'],
        number: '85258',
        contacts: [text('Text 85258', '85258')],
        hours: '24/7',
        source: 'giveusashout.org/about-us/faq (2024-11-04)',
        ...V,
      },
      {
        id: 'gb-nhs-111',
        name: 'NHS 111 (England)',
        description: 'Urgent mental health help in England: call 111 and choose the mental health option.',
        offers: ['call'],
        number: '111',
        contacts: [call('111')],
        hours: '24/7',
        source: 'oundlesurgery.nhs.uk (2023-05-03)',
        ...V,
      },
    ],
  },
  IE: {
    name: 'Ireland',
    lines: [
      { ...EMERGENCY_112_EU, id: 'ie-112' },
      {
        id: 'ie-samaritans',
        name: 'Samaritans',
        description: 'Someone to talk to about whatever is getting to you. Free to call.',
        offers: ['call', 'email'],
        number: '116 123',
        contacts: [call('116 123'), { via: 'email', label: 'jo@samaritans.ie', href: 'mailto:jo@samaritans.ie' }],
        hours: '24/7',
        source: SAMARITANS_SOURCE,
        ...V,
      },
      {
        id: 'ie-text-50808',
        name: 'Crisis text line 50808',
        description: 'Text support.',
        offers: ['text'],
        number: '50808',
        contacts: [text('Text 50808', '50808')],
        hours: '24/7',
        note: 'An older listing gives 086 1800 280.',
        source: 'penniesforpoverty.org; marked [unconfirmed] in the reference',
        ...UNCONFIRMED,
      },
    ],
  },
  AU: {
    name: 'Australia',
    lines: [
      {
        id: 'au-lifeline',
        name: 'Lifeline',
        description: 'Crisis support and suicide prevention by call, text or online chat.',
        offers: ['call', 'text', 'chat'],
        number: '13 11 14',
        contacts: [
          call('13 11 14'),
          text('Text 0477 13 11 14', '0477131114'),
          { via: 'chat', label: 'lifeline.org.au', href: 'https://www.lifeline.org.au' },
        ],
        hours: '24/7',
        source: 'lifeinmind.org.au; thepushupchallenge.com.au (2024-06-12)',
        ...V,
      },
      {
        id: 'au-000',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '000',
        contacts: [call('000')],
        hours: '24/7',
        source: 'marked [unconfirmed] in the reference (domain.md §3)',
        ...UNCONFIRMED,
      },
    ],
  },
  NZ: {
    name: 'New Zealand',
    lines: [
      {
        id: 'nz-1737',
        name: '1737, Need to talk?',
        description: 'Free call or text to talk with a trained counsellor.',
        offers: ['call', 'text'],
        number: '1737',
        contacts: [call('1737'), text('Text 1737', '1737')],
        hours: '24/7',
        source: 'scoop.co.nz (2017); pegasus.health.nz',
        ...V,
      },
      {
        id: 'nz-111',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '111',
        contacts: [call('111')],
        hours: '24/7',
        source: 'not in the reference (domain.md §3); confirm before shipping',
        ...UNCONFIRMED,
      },
    ],
  },
  DE: {
    name: 'Germany',
    lines: [
      { ...EMERGENCY_112_EU, id: 'de-112' },
      {
        id: 'de-telefonseelsorge',
        name: 'TelefonSeelsorge',
        description: 'Free and anonymous support by phone.',
        offers: ['call'],
        number: '0800 111 0 111',
        contacts: [call('0800 111 0 111'), call('0800 111 0 222')],
        hours: '24/7',
        source: 'domradio.de',
        ...V,
      },
    ],
  },
  FR: {
    name: 'France',
    lines: [
      { ...EMERGENCY_112_EU, id: 'fr-112' },
      {
        id: 'fr-3114',
        name: '3114, numéro national de prévention du suicide',
        description: 'Free line answered by health professionals, for anyone thinking about suicide or worried about someone.',
        offers: ['call'],
        number: '3114',
        contacts: [call('3114')],
        hours: '24/7',
        source: 'service-public.fr (2021-09-29)',
        ...V,
      },
    ],
  },
  IN: {
    name: 'India',
    lines: [
      {
        id: 'in-tele-manas',
        name: 'Tele-MANAS',
        description: 'Free mental health support by phone in about 20 languages.',
        offers: ['call'],
        number: '14416',
        contacts: [call('14416'), call('1-800-891-4416')],
        hours: '24/7',
        source: 'livemint.com (2023-07-22); thehawk.in (2025-07-25)',
        ...V,
      },
      {
        id: 'in-112',
        name: 'Emergency services',
        description: 'Ambulance, police and fire, when someone is in danger right now.',
        emergency: true,
        offers: ['call'],
        number: '112',
        contacts: [call('112')],
        hours: '24/7',
        source: 'not in the reference (domain.md §3); confirm before shipping',
        ...UNCONFIRMED,
      },
    ],
  },
  /** Not a country: the lines for EU member states without their own entry. */
  EU: {
    name: 'European Union',
    lines: [
      { ...EMERGENCY_112_EU, id: 'eu-112' },
      {
        id: 'eu-116123',
        name: 'Emotional support helpline 116 123',
        description: 'The number reserved across the EU for emotional support helplines.',
        offers: ['call'],
        number: '116 123',
        contacts: [call('116 123')],
        hours: 'Depends on the country',
        source: 'news.lt citing ec.europa.eu (2009-02-12); oireachtas.ie (2013-12-10)',
        ...V,
      },
    ],
  },
};
