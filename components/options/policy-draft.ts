import type { ContactPolicy, Day, Purpose } from '../../lib/policy/contact-policy';
import { DAYS, POLICY_FORMAT, POLICY_VERSION } from '../../lib/policy/contact-policy';
import type { EncryptionPolicy } from '../../lib/policy/encryption-policies';
import type { PolicyTemplate } from '../../lib/policy/templates';
import type { PolicyExtrasDraft } from './policy-draft-extras';
import { extrasAvailabilityValue, extrasEmailValue, extrasFromPolicy } from './policy-draft-extras';

/**
 * What the policy form edits: the policy as the user types it (text for numbers and lists), turned
 * into a policy value for `parsePolicy` on save. Nothing here validates: the schema does.
 */
export interface TimeRangeDraft {
  /** "HH:MM" from a time input, '' when not filled in. */
  start: string;
  end: string;
}

export type HoursDraft = Record<Day, TimeRangeDraft[]>;

export interface PolicyDraft extends PolicyExtrasDraft {
  name: string;
  /** Addresses or @domains, separated by commas or new lines. */
  emails: string;
  practice: string;
  /** Other names a webmail may show, separated by semicolons or new lines ("Lee, Maya" keeps its comma). */
  aliases: string;
  purposes: Purpose[];
  maxWords: string;
  maxPerWeek: string;
  encryption: EncryptionPolicy | '';
  allowedCc: string;
  hasSecureChannel: boolean;
  secureName: string;
  secureUrl: string;
  hasHours: boolean;
  timezone: string;
  hours: HoursDraft;
  responseTime: string;
  region: string;
  emergencyNote: string;
  notes: string;
}

/** The browser's own time zone (what a new policy starts with). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function emptyHours(): HoursDraft {
  return Object.fromEntries(DAYS.map((day) => [day, []])) as unknown as HoursDraft;
}

/** "a, b\nc" -> ["a", "b", "c"]: entries are split on commas, semicolons and line breaks only. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** "Maya; Lee, Maya" -> ["Maya", "Lee, Maya"]: names split on semicolons and line breaks only. */
export function splitNames(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Whole numbers as numbers; anything else is passed on as typed, for the schema to name. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** An end of 00:00 is midnight at the end of the day (a time input cannot show 24:00). */
export function rangeText({ start, end }: TimeRangeDraft): string {
  return `${start}-${end === '00:00' ? '24:00' : end}`;
}

function rangeDraft(range: string): TimeRangeDraft {
  const [start = '', end = ''] = range.split('-');
  return { start, end: end === '24:00' ? '00:00' : end };
}

/** The form's value as a policy file would hold it; `parsePolicy` decides whether it is one. */
export function draftToValue(draft: PolicyDraft): unknown {
  const hours: Partial<Record<Day, string[]>> = {};
  for (const day of DAYS) {
    if (draft.hours[day].length > 0) hours[day] = draft.hours[day].map(rangeText);
  }
  return {
    format: POLICY_FORMAT,
    version: POLICY_VERSION,
    updated: optionalText(draft.updated)?.trim(),
    therapist: {
      name: draft.name,
      emails: splitList(draft.emails),
      practice: optionalText(draft.practice),
      aliases: splitNames(draft.aliases).length > 0 ? splitNames(draft.aliases) : undefined,
    },
    email: {
      purposes: draft.purposes,
      maxWords: numberOrText(draft.maxWords),
      maxPerWeek: numberOrText(draft.maxPerWeek),
      encryption: draft.encryption === '' ? undefined : draft.encryption,
      allowedCc: splitList(draft.allowedCc),
      secureChannel: draft.hasSecureChannel ? { name: draft.secureName, url: draft.secureUrl } : undefined,
      ...extrasEmailValue(draft),
    },
    availability: draft.hasHours
      ? {
          timezone: draft.timezone,
          hours,
          responseTime: optionalText(draft.responseTime),
          ...extrasAvailabilityValue(draft),
        }
      : undefined,
    emergency: {
      region: draft.region === '' ? undefined : draft.region,
      note: optionalText(draft.emergencyNote),
      practicePhone: optionalText(draft.practicePhone),
    },
    notes: optionalText(draft.notes),
  };
}

/** A policy as the form shows it. */
export function policyToDraft(policy: ContactPolicy): PolicyDraft {
  const hours = emptyHours();
  for (const day of DAYS) hours[day] = (policy.availability?.hours[day] ?? []).map(rangeDraft);
  return {
    ...extrasFromPolicy(policy),
    name: policy.therapist.name,
    emails: policy.therapist.emails.join(', '),
    practice: policy.therapist.practice ?? '',
    aliases: (policy.therapist.aliases ?? []).join('; '),
    purposes: [...policy.email.purposes],
    maxWords: policy.email.maxWords?.toString() ?? '',
    maxPerWeek: policy.email.maxPerWeek?.toString() ?? '',
    encryption: policy.email.encryption,
    allowedCc: policy.email.allowedCc.join(', '),
    hasSecureChannel: policy.email.secureChannel !== undefined,
    secureName: policy.email.secureChannel?.name ?? '',
    secureUrl: policy.email.secureChannel?.url ?? '',
    hasHours: policy.availability !== undefined,
    timezone: policy.availability?.timezone ?? browserTimeZone(),
    hours,
    responseTime: policy.availability?.responseTime ?? '',
    region: policy.emergency.region,
    emergencyNote: policy.emergency.note ?? '',
    notes: policy.notes ?? '',
  };
}

/** A new policy from a template: the therapist's name and addresses left for the user. */
export function draftFromTemplate(template: PolicyTemplate, timezone: string, region: string): PolicyDraft {
  const parts = template.parts(timezone, region);
  return policyToDraft({
    format: POLICY_FORMAT,
    version: POLICY_VERSION,
    therapist: { name: '', emails: [] },
    ...parts,
  });
}

/** "Dr. Maya Lee" -> "dr-maya-lee-contact-policy.json". */
export function policyFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'therapist'}-contact-policy.json`;
}
