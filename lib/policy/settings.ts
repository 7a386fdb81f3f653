import { z } from 'zod/mini';
import { policyAcknowledgementsSchema } from './acknowledgements';
import { addressEntrySchema } from './address';
import type { ContactPolicy } from './contact-policy';
import { COUNTRY_CODES, contactPolicySchema, POLICY_FORMAT, POLICY_VERSION } from './contact-policy';
import { encryptionPolicies, type EncryptionPolicy } from './encryption-policies';
import { suppressionSchema } from './suppressions';

/**
 * The user's settings as stored on this device (version 2): the user's role and region, the
 * therapists with their contact policies, acceptances of plain-email risk, and for the therapist
 * role the user's own policy and their clients.
 */
export { encryptionPolicies, type EncryptionPolicy } from './encryption-policies';

export const SETTINGS_VERSION = 2;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const regionSchema = z
  .string()
  .check(z.refine((code) => COUNTRY_CODES.includes(code), 'expected a country code such as US or GB'));

export const therapistEntrySchema = z.object({
  id,
  policy: contactPolicySchema,
  /** Where the policy came from: a starting point not yet checked, a therapist's file, or edited here. */
  source: z._default(z.enum(['default', 'imported', 'edited']), 'edited'),
});
export type TherapistEntry = z.output<typeof therapistEntrySchema>;

export const clientEntrySchema = z.object({
  id,
  name: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  emails: z.array(addressEntrySchema).check(z.minLength(1), z.maxLength(50)),
});
export type ClientEntry = z.output<typeof clientEntrySchema>;

export const acceptanceSchema = z.object({ acceptedAt: z.iso.datetime({ offset: true }) });
export type Acceptance = z.output<typeof acceptanceSchema>;

export const roles = ['client', 'therapist', 'both'] as const;
export type Role = (typeof roles)[number];

export const settingsSchema = z.object({
  role: z._default(z.enum(roles), 'client'),
  /** The user's own country for crisis lines; wins over the therapist's. */
  region: z.optional(regionSchema),
  therapists: z._default(z.array(therapistEntrySchema).check(z.maxLength(500)), []),
  /** Therapist or client id -> when the user accepted the risk of plain email with them. */
  acceptances: z._default(z.record(z.string().check(z.maxLength(100)), acceptanceSchema), {}),
  /** Checks the user asked not to be warned about, per person, with their dates. */
  suppressions: z._default(z.array(suppressionSchema).check(z.maxLength(500)), []),
  /** Therapist role: the user's own contact policy. */
  ownPolicy: z.optional(contactPolicySchema),
  /** Therapist role: the clients whose mail is checked. */
  clients: z._default(z.array(clientEntrySchema).check(z.maxLength(5000)), []),
  /** Client role: the user's own work or school addresses (the `work-address` finding). */
  workAddresses: z._default(z.array(addressEntrySchema).check(z.maxLength(50)), []),
  /** Client role: changed policies the user acknowledged, oldest first. */
  policyAcknowledgements: z._default(policyAcknowledgementsSchema, []),
});
export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * Someone the user writes to whose mail is checked: a therapist (client role) or a client
 * (therapist role), flattened to what the checks read.
 */
export interface Counterpart {
  kind: 'therapist' | 'client';
  id: string;
  name: string;
  /** Other display names (a therapist's `aliases`); a name alone matching one is them too. */
  aliases?: string[];
  emails: string[];
  encryption: EncryptionPolicy;
  allowedCc: string[];
  /** The policy that applies: the therapist's own, or for a client the user's own policy. */
  policy: ContactPolicy | undefined;
}

export function counterparts(settings: Settings): Counterpart[] {
  const list: Counterpart[] = [];
  if (settings.role !== 'therapist') {
    for (const t of settings.therapists) {
      list.push({
        kind: 'therapist',
        id: t.id,
        name: t.policy.therapist.name,
        ...(t.policy.therapist.aliases ? { aliases: t.policy.therapist.aliases } : {}),
        emails: t.policy.therapist.emails,
        encryption: t.policy.email.encryption,
        // A required Cc (a couples partner) is allowed alongside by definition.
        allowedCc: [...t.policy.email.allowedCc, ...(t.policy.email.requiredCc ?? [])],
        policy: t.policy,
      });
    }
  }
  if (settings.role !== 'client') {
    const own = settings.ownPolicy;
    for (const c of settings.clients) {
      list.push({
        kind: 'client',
        id: c.id,
        name: c.name,
        emails: c.emails,
        encryption: own?.email.encryption ?? 'preferred',
        allowedCc: own?.email.allowedCc ?? [],
        policy: own,
      });
    }
  }
  return list;
}

/** A policy to start from when all that is known is a name and addresses. */
export function basicPolicy(name: string, emails: string[], region = 'US'): ContactPolicy {
  return {
    format: POLICY_FORMAT,
    version: POLICY_VERSION,
    therapist: { name, emails },
    email: { purposes: ['scheduling', 'admin', 'checkin'], encryption: 'preferred', allowedCc: [] },
    emergency: { region },
  };
}

/** Settings version 1 (the first options page): therapists by address only. */
const settingsV1Schema = z.object({
  role: z.optional(z.enum(roles)),
  therapists: z.array(
    z.object({
      id,
      name: z._default(z.string(), ''),
      emails: z.array(addressEntrySchema).check(z.minLength(1)),
      encryption: z._default(z.enum(encryptionPolicies), 'preferred'),
      allowedCc: z._default(z.array(addressEntrySchema), []),
    }),
  ),
  acceptances: z._default(z.record(z.string(), acceptanceSchema), {}),
});

/**
 * v1 -> v2: each therapist gets a starting policy (marked `default`, so the options page asks the
 * user to check it). A value that is not valid v1 is returned unchanged: it then fails to parse
 * as v2, is reported as unreadable and kept for export, never silently dropped.
 */
export function migrateSettingsV1(value: unknown): unknown {
  const v1 = settingsV1Schema.safeParse(value);
  if (!v1.success) return value;
  return {
    role: v1.data.role ?? 'client',
    therapists: v1.data.therapists.map((t) => {
      const policy = basicPolicy(t.name.trim().slice(0, 100) || t.emails[0]!, t.emails);
      policy.email.encryption = t.encryption;
      policy.email.allowedCc = t.allowedCc;
      return { id: t.id, policy, source: 'default' };
    }),
    acceptances: v1.data.acceptances,
    clients: [],
  };
}

/**
 * The largest settings file an import reads: more than any real one (500 therapists with their
 * policies), less than the browser's 10 MB local storage quota. A bigger file is refused unread.
 */
export const MAX_SETTINGS_FILE_BYTES = 4 * 1024 * 1024;
