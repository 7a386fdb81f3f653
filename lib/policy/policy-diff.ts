import type { Channel, ContactPolicy } from './contact-policy';
import { DAYS, PURPOSES } from './contact-policy';
import { DAY_NAMES, PURPOSE_PHRASES, PURPOSE_TITLES } from './vocabulary';

/**
 * What changed between two versions of a therapist's policy, field by field in plain words
 * ("Email is for: now also a brief check-in"), for the client to read and acknowledge when they
 * import a changed policy. Pure: the options page shows the lines and stores them as acknowledged.
 */
type Field = [label: string, read: (p: ContactPolicy) => string | undefined];

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : undefined);
const num = (n: number | undefined) => (n === undefined ? undefined : String(n));

function channelText(c: Channel | undefined): string | undefined {
  if (!c) return undefined;
  if (c.kind === 'portal') return `${c.name ?? 'the secure portal'} (${c.url})`;
  if (c.kind === 'phone') return `${c.name ? `${c.name}, ` : ''}phone ${c.phone}`;
  return 'the next session';
}

const ENCRYPTION_WORDS = {
  required: 'required',
  preferred: 'preferred',
  'not-required': 'not required',
} as const;

const FIELDS: Field[] = [
  ['Name', (p) => p.therapist.name],
  ['Email addresses', (p) => list(p.therapist.emails)],
  ['Practice', (p) => p.therapist.practice],
  ['Other names', (p) => list(p.therapist.aliases)],
  ['Longest message', (p) => (p.email.maxWords ? `${p.email.maxWords} words` : undefined)],
  ['Messages in any 7 days', (p) => num(p.email.maxPerWeek)],
  ['Encryption', (p) => ENCRYPTION_WORDS[p.email.encryption]],
  ['Allowed in Cc', (p) => list(p.email.allowedCc)],
  ['Secure channel', (p) => p.email.secureChannel && `${p.email.secureChannel.name} (${p.email.secureChannel.url})`],
  ...PURPOSES.map((purpose): Field => [
    `Where ${PURPOSE_PHRASES[purpose]} goes`,
    (p) => channelText(p.email.channels?.[purpose]),
  ]),
  ['Must be copied on every message', (p) => list(p.email.requiredCc)],
  ['Parents’ or guardians’ addresses', (p) => list(p.email.guardians?.emails)],
  [
    'Parents and guardians may write about',
    (p) => p.email.guardians && (list(p.email.guardians.purposes.map((x) => PURPOSE_PHRASES[x])) ?? 'nothing'),
  ],
  [
    'Fees',
    (p) =>
      p.email.fees &&
      `free for ${p.email.fees.freeMinutes} minutes, then ${p.email.fees.rate}${p.email.fees.incrementMinutes ? `, in steps of ${p.email.fees.incrementMinutes} minutes` : ''}`,
  ],
  ['What happens to emails', (p) => p.email.record],
  ['Time zone', (p) => p.availability?.timezone],
  ...DAYS.map((day): Field => [
    `Hours on ${DAY_NAMES[day]}`,
    (p) => p.availability && (list(p.availability.hours[day]) ?? 'closed'),
  ]),
  ['Response time', (p) => p.availability?.responseTime],
  ['Days email is not read', (p) => list(p.availability?.notReadOn?.map((d) => DAY_NAMES[d]))],
  ['Dates email is not read', (p) => list(p.availability?.closedDates)],
  [
    'Time away',
    (p) => {
      const away = p.availability?.away;
      if (!away) return undefined;
      const b = away.backup;
      const backup = b ? `; backup ${[b.name, b.email, b.phone].filter(Boolean).join(', ')}` : '';
      return `${away.from} to ${away.until}${backup}`;
    },
  ],
  ['Country for crisis lines', (p) => p.emergency.region],
  ['Emergency note', (p) => p.emergency.note],
  ['Practice’s urgent line', (p) => p.emergency.practicePhone],
  ['Notes', (p) => p.notes],
];

function quote(text: string): string {
  return text.length > 200 ? `“${text.slice(0, 199)}…”` : `“${text}”`;
}

/** One plain line per changed field; [] when the two policies say the same. */
export function policyChanges(before: ContactPolicy, after: ContactPolicy): string[] {
  const lines: string[] = [];
  const was = new Set(before.email.purposes);
  const now = new Set(after.email.purposes);
  const added = PURPOSES.filter((p) => now.has(p) && !was.has(p)).map((p) => PURPOSE_TITLES[p].toLowerCase());
  const removed = PURPOSES.filter((p) => was.has(p) && !now.has(p)).map((p) => PURPOSE_TITLES[p].toLowerCase());
  if (added.length > 0) lines.push(`Email is now also for: ${added.join(', ')}.`);
  if (removed.length > 0) lines.push(`Email is no longer for: ${removed.join(', ')}.`);
  for (const [label, read] of FIELDS) {
    const a = read(before);
    const b = read(after);
    if (a === b) continue;
    if (a === undefined) lines.push(`${label}: new, ${quote(b!)}.`);
    else if (b === undefined) lines.push(`${label}: removed (was ${quote(a)}).`);
    else lines.push(`${label}: was ${quote(a)}, now ${quote(b)}.`);
  }
  return lines;
}
