import type { ChannelKind, ContactPolicy, Day, Purpose } from '../../lib/policy/contact-policy';
import { DAYS, PURPOSES } from '../../lib/policy/contact-policy';

/**
 * The policy fields of 2026-12 (docs/interfaces.md, "Contact policy file": channels, required Cc,
 * guardians, fees, the record, days not read, time away, the practice's urgent line) as the form
 * edits them, and back. As in policy-draft.ts, nothing here validates: the schema does.
 */
export interface ChannelDraft {
  /** '' = no other channel (email, when the purpose is ticked). */
  kind: ChannelKind | '';
  name: string;
  url: string;
  phone: string;
}

export interface PolicyExtrasDraft {
  updated: string;
  channels: Record<Purpose, ChannelDraft>;
  requiredCc: string;
  hasGuardians: boolean;
  guardianEmails: string;
  guardianPurposes: Purpose[];
  hasFees: boolean;
  freeMinutes: string;
  rate: string;
  incrementMinutes: string;
  record: string;
  notReadOn: Day[];
  closedDates: string;
  hasAway: boolean;
  awayFrom: string;
  awayUntil: string;
  backupName: string;
  backupEmail: string;
  backupPhone: string;
  practicePhone: string;
}

const noChannel = (): ChannelDraft => ({ kind: '', name: '', url: '', phone: '' });

export function emptyExtras(): PolicyExtrasDraft {
  return extrasFromPolicy(undefined);
}

function split(text: string): string[] {
  return text
    .split(/[,;\n\s]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function channelValue(c: ChannelDraft): unknown {
  switch (c.kind) {
    case 'portal':
      return { kind: 'portal', name: optional(c.name), url: c.url };
    case 'phone':
      return { kind: 'phone', name: optional(c.name), phone: c.phone };
    case 'session':
      return { kind: 'session' };
    default:
      return undefined;
  }
}

/** The `email` fields of the draft, to merge into the policy value. */
export function extrasEmailValue(d: PolicyExtrasDraft): Record<string, unknown> {
  const channels = Object.fromEntries(
    PURPOSES.filter((p) => d.channels[p].kind !== '').map((p) => [p, channelValue(d.channels[p])]),
  );
  return {
    channels: Object.keys(channels).length > 0 ? channels : undefined,
    requiredCc: split(d.requiredCc).length > 0 ? split(d.requiredCc) : undefined,
    guardians: d.hasGuardians ? { emails: split(d.guardianEmails), purposes: d.guardianPurposes } : undefined,
    fees: d.hasFees
      ? {
          freeMinutes: numberOrText(d.freeMinutes),
          rate: d.rate,
          incrementMinutes: numberOrText(d.incrementMinutes),
        }
      : undefined,
    record: optional(d.record),
  };
}

/** The `availability` fields of the draft (only when hours are set). */
export function extrasAvailabilityValue(d: PolicyExtrasDraft): Record<string, unknown> {
  return {
    notReadOn: d.notReadOn.length > 0 ? DAYS.filter((day) => d.notReadOn.includes(day)) : undefined,
    closedDates: split(d.closedDates).length > 0 ? split(d.closedDates) : undefined,
    away: d.hasAway
      ? {
          from: d.awayFrom.trim(),
          until: d.awayUntil.trim(),
          backup:
            d.backupName.trim() || d.backupEmail.trim() || d.backupPhone.trim()
              ? { name: d.backupName, email: optional(d.backupEmail), phone: optional(d.backupPhone) }
              : undefined,
        }
      : undefined,
  };
}

export function extrasFromPolicy(policy: ContactPolicy | undefined): PolicyExtrasDraft {
  const email = policy?.email;
  const availability = policy?.availability;
  const channels = Object.fromEntries(
    PURPOSES.map((p) => {
      const c = email?.channels?.[p];
      if (!c) return [p, noChannel()];
      return [
        p,
        {
          kind: c.kind,
          name: c.kind === 'session' ? '' : (c.name ?? ''),
          url: c.kind === 'portal' ? c.url : '',
          phone: c.kind === 'phone' ? c.phone : '',
        },
      ];
    }),
  ) as Record<Purpose, ChannelDraft>;
  const away = availability?.away;
  return {
    updated: policy?.updated ?? '',
    channels,
    requiredCc: (email?.requiredCc ?? []).join(', '),
    hasGuardians: email?.guardians !== undefined,
    guardianEmails: (email?.guardians?.emails ?? []).join(', '),
    guardianPurposes: [...(email?.guardians?.purposes ?? ['scheduling', 'admin'])],
    hasFees: email?.fees !== undefined,
    freeMinutes: email?.fees?.freeMinutes.toString() ?? '',
    rate: email?.fees?.rate ?? '',
    incrementMinutes: email?.fees?.incrementMinutes?.toString() ?? '',
    record: email?.record ?? '',
    notReadOn: [...(availability?.notReadOn ?? [])],
    closedDates: (availability?.closedDates ?? []).join(', '),
    hasAway: away !== undefined,
    awayFrom: away?.from ?? '',
    awayUntil: away?.until ?? '',
    backupName: away?.backup?.name ?? '',
    backupEmail: away?.backup?.email ?? '',
    backupPhone: away?.backup?.phone ?? '',
    practicePhone: policy?.emergency.practicePhone ?? '',
  };
}
