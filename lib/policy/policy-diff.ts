import type { Channel, ContactPolicy, Day, Purpose } from './contact-policy';
import { DAYS, PURPOSES } from './contact-policy';
import { DAY_NAMES, PURPOSE_PHRASES, PURPOSE_TITLES } from './vocabulary';
import { said, type CoreWordKey, type Said } from './words';

/**
 * What changed between two versions of a therapist's policy, field by field in plain words
 * ("Email is for: now also a brief check-in"), for the client to read and acknowledge when they
 * import a changed policy. Pure: the options page shows the lines and stores them as acknowledged.
 * Each line is English (stored, and what the command line would print) with its catalogue words
 * for the options page (lib/policy/words.ts).
 */
type Field = [label: Said, read: (p: ContactPolicy) => Said | undefined];

/** Text as written in the policy (a name, an address): the same in every language. */
const asIs = (text: string | undefined): Said | undefined =>
  text === undefined ? undefined : { message: text, words: { key: 'policy_diff_words', args: [text] } };

/** "a, b, c": each item as itself or in words. */
function join(items: readonly Said[]): Said | undefined {
  if (items.length === 0) return undefined;
  return items
    .slice(1)
    .reduce<Said>(
      (all, item) => said(`${all.message}, ${item.message}`, 'policy_diff_list', all.words, item.words),
      items[0]!,
    );
}

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? asIs(items.join(', ')) : undefined);
const num = (n: number | undefined) => (n === undefined ? undefined : asIs(String(n)));

const PURPOSE_PHRASE_KEYS: Record<Purpose, CoreWordKey> = {
  scheduling: 'policy_diff_purpose_phrase_scheduling',
  admin: 'policy_diff_purpose_phrase_admin',
  checkin: 'policy_diff_purpose_phrase_checkin',
  support: 'policy_diff_purpose_phrase_support',
  clinical: 'policy_diff_purpose_phrase_clinical',
  casual: 'policy_diff_purpose_phrase_casual',
};
const PURPOSE_TITLE_KEYS: Record<Purpose, CoreWordKey> = {
  scheduling: 'policy_diff_purpose_scheduling',
  admin: 'policy_diff_purpose_admin',
  checkin: 'policy_diff_purpose_checkin',
  support: 'policy_diff_purpose_support',
  clinical: 'policy_diff_purpose_clinical',
  casual: 'policy_diff_purpose_casual',
};
const CHANNEL_LABEL_KEYS: Record<Purpose, CoreWordKey> = {
  scheduling: 'policy_diff_label_channel_scheduling',
  admin: 'policy_diff_label_channel_admin',
  checkin: 'policy_diff_label_channel_checkin',
  support: 'policy_diff_label_channel_support',
  clinical: 'policy_diff_label_channel_clinical',
  casual: 'policy_diff_label_channel_casual',
};
const DAY_KEYS: Record<Day, CoreWordKey> = {
  mon: 'policy_diff_day_mon',
  tue: 'policy_diff_day_tue',
  wed: 'policy_diff_day_wed',
  thu: 'policy_diff_day_thu',
  fri: 'policy_diff_day_fri',
  sat: 'policy_diff_day_sat',
  sun: 'policy_diff_day_sun',
};
const HOURS_LABEL_KEYS: Record<Day, CoreWordKey> = {
  mon: 'policy_diff_label_hours_mon',
  tue: 'policy_diff_label_hours_tue',
  wed: 'policy_diff_label_hours_wed',
  thu: 'policy_diff_label_hours_thu',
  fri: 'policy_diff_label_hours_fri',
  sat: 'policy_diff_label_hours_sat',
  sun: 'policy_diff_label_hours_sun',
};

const phrase = (p: Purpose) => said(PURPOSE_PHRASES[p], PURPOSE_PHRASE_KEYS[p]);
const dayName = (d: Day) => said(DAY_NAMES[d], DAY_KEYS[d]);

function channelText(c: Channel | undefined): Said | undefined {
  if (!c) return undefined;
  if (c.kind === 'portal') {
    return c.name === undefined
      ? said(`the secure portal (${c.url})`, 'policy_diff_portal_unnamed', c.url)
      : said(`${c.name} (${c.url})`, 'policy_diff_portal', c.name, c.url);
  }
  if (c.kind === 'phone') {
    return c.name
      ? said(`${c.name}, phone ${c.phone}`, 'policy_diff_phone_named', c.name, c.phone)
      : said(`phone ${c.phone}`, 'policy_diff_phone', c.phone);
  }
  return said('the next session', 'policy_diff_session');
}

const ENCRYPTION_WORDS = {
  required: said('required', 'policy_diff_encryption_required'),
  preferred: said('preferred', 'policy_diff_encryption_preferred'),
  'not-required': said('not required', 'policy_diff_encryption_not_required'),
} as const;

function fees(f: NonNullable<ContactPolicy['email']['fees']>): Said {
  const free = String(f.freeMinutes);
  if (!f.incrementMinutes) return said(`free for ${free} minutes, then ${f.rate}`, 'policy_diff_fees', free, f.rate);
  const steps = String(f.incrementMinutes);
  return said(
    `free for ${free} minutes, then ${f.rate}, in steps of ${steps} minutes`,
    'policy_diff_fees_steps',
    free,
    f.rate,
    steps,
  );
}

function away(a: NonNullable<NonNullable<ContactPolicy['availability']>['away']>): Said {
  const b = a.backup;
  if (!b) return said(`${a.from} to ${a.until}`, 'policy_diff_away', a.from, a.until);
  const backup = [b.name, b.email, b.phone].filter(Boolean).join(', ');
  return said(`${a.from} to ${a.until}; backup ${backup}`, 'policy_diff_away_backup', a.from, a.until, backup);
}

const label = (text: string, key: CoreWordKey) => said(text, key);

const FIELDS: Field[] = [
  [label('Name', 'policy_diff_label_name'), (p) => asIs(p.therapist.name)],
  [label('Email addresses', 'policy_diff_label_emails'), (p) => list(p.therapist.emails)],
  [label('Practice', 'policy_diff_label_practice'), (p) => asIs(p.therapist.practice)],
  [label('Other names', 'policy_diff_label_aliases'), (p) => list(p.therapist.aliases)],
  [
    label('Longest message', 'policy_diff_label_max_words'),
    (p) =>
      p.email.maxWords
        ? said(`${p.email.maxWords} words`, 'policy_diff_max_words', String(p.email.maxWords))
        : undefined,
  ],
  [label('Messages in any 7 days', 'policy_diff_label_max_per_week'), (p) => num(p.email.maxPerWeek)],
  [label('Encryption', 'policy_diff_label_encryption'), (p) => ENCRYPTION_WORDS[p.email.encryption]],
  [label('Allowed in Cc', 'policy_diff_label_allowed_cc'), (p) => list(p.email.allowedCc)],
  [
    label('Secure channel', 'policy_diff_label_secure_channel'),
    (p) =>
      p.email.secureChannel &&
      said(
        `${p.email.secureChannel.name} (${p.email.secureChannel.url})`,
        'policy_diff_portal',
        p.email.secureChannel.name,
        p.email.secureChannel.url,
      ),
  ],
  ...PURPOSES.map((purpose): Field => [
    label(`Where ${PURPOSE_PHRASES[purpose]} goes`, CHANNEL_LABEL_KEYS[purpose]),
    (p) => channelText(p.email.channels?.[purpose]),
  ]),
  [label('Must be copied on every message', 'policy_diff_label_required_cc'), (p) => list(p.email.requiredCc)],
  [label('Parents’ or guardians’ addresses', 'policy_diff_label_guardians'), (p) => list(p.email.guardians?.emails)],
  [
    label('Parents and guardians may write about', 'policy_diff_label_guardian_purposes'),
    (p) =>
      p.email.guardians && (join(p.email.guardians.purposes.map(phrase)) ?? said('nothing', 'policy_diff_nothing')),
  ],
  [label('Fees', 'policy_diff_label_fees'), (p) => p.email.fees && fees(p.email.fees)],
  [label('What happens to emails', 'policy_diff_label_record'), (p) => asIs(p.email.record)],
  [label('Time zone', 'policy_diff_label_timezone'), (p) => asIs(p.availability?.timezone)],
  ...DAYS.map((day): Field => [
    label(`Hours on ${DAY_NAMES[day]}`, HOURS_LABEL_KEYS[day]),
    (p) => p.availability && (list(p.availability.hours[day]) ?? said('closed', 'policy_diff_closed')),
  ]),
  [label('Response time', 'policy_diff_label_response_time'), (p) => asIs(p.availability?.responseTime)],
  [
    label('Days email is not read', 'policy_diff_label_not_read_on'),
    (p) => join(p.availability?.notReadOn?.map(dayName) ?? []),
  ],
  [label('Dates email is not read', 'policy_diff_label_closed_dates'), (p) => list(p.availability?.closedDates)],
  [label('Time away', 'policy_diff_label_away'), (p) => p.availability?.away && away(p.availability.away)],
  [label('Country for crisis lines', 'policy_diff_label_region'), (p) => asIs(p.emergency.region)],
  [label('Emergency note', 'policy_diff_label_emergency_note'), (p) => asIs(p.emergency.note)],
  [label('Practice’s urgent line', 'policy_diff_label_practice_phone'), (p) => asIs(p.emergency.practicePhone)],
  [label('Notes', 'policy_diff_label_notes'), (p) => asIs(p.notes)],
];

/** A value in quotes, cut at 200 characters (its English text decides where). */
function quote(value: Said): Said {
  const text = value.message;
  if (text.length <= 200) return said(`“${text}”`, 'policy_diff_quoted', value.words);
  const cut = `${text.slice(0, 199)}…`;
  return said(`“${cut}”`, 'policy_diff_quoted', cut);
}

/** One line per changed field, with its words; [] when the two policies say the same. */
export function policyChangeLines(before: ContactPolicy, after: ContactPolicy): Said[] {
  const lines: Said[] = [];
  const was = new Set(before.email.purposes);
  const now = new Set(after.email.purposes);
  const title = (p: Purpose) => said(PURPOSE_TITLES[p].toLowerCase(), PURPOSE_TITLE_KEYS[p]);
  const added = join(PURPOSES.filter((p) => now.has(p) && !was.has(p)).map(title));
  const removed = join(PURPOSES.filter((p) => was.has(p) && !now.has(p)).map(title));
  if (added) lines.push(said(`Email is now also for: ${added.message}.`, 'policy_diff_purposes_added', added.words));
  if (removed) {
    lines.push(said(`Email is no longer for: ${removed.message}.`, 'policy_diff_purposes_removed', removed.words));
  }
  for (const [name, read] of FIELDS) {
    const a = read(before);
    const b = read(after);
    if (a?.message === b?.message) continue;
    if (a === undefined) {
      const q = quote(b!);
      lines.push(said(`${name.message}: new, ${q.message}.`, 'policy_diff_new', name.words, q.words));
    } else if (b === undefined) {
      const q = quote(a);
      lines.push(said(`${name.message}: removed (was ${q.message}).`, 'policy_diff_removed', name.words, q.words));
    } else {
      const qa = quote(a);
      const qb = quote(b);
      lines.push(
        said(
          `${name.message}: was ${qa.message}, now ${qb.message}.`,
          'policy_diff_changed',
          name.words,
          qa.words,
          qb.words,
        ),
      );
    }
  }
  return lines;
}

/** One plain English line per changed field; [] when the two policies say the same. */
export function policyChanges(before: ContactPolicy, after: ContactPolicy): string[] {
  return policyChangeLines(before, after).map((line) => line.message);
}
