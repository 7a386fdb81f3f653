import { z } from 'zod/mini';
import { addressEntrySchema } from './address';

/**
 * The user's settings as stored on this device. Version 1 holds what the first cut of the
 * options page edits: therapists by address, and acceptances of plain-email risk.
 */
export const encryptionPolicies = ['required', 'preferred', 'not-required'] as const;
export type EncryptionPolicy = (typeof encryptionPolicies)[number];

export const therapistSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  emails: z.array(addressEntrySchema).check(z.minLength(1), z.maxLength(50)),
  encryption: z._default(z.enum(encryptionPolicies), 'preferred'),
  allowedCc: z._default(z.array(addressEntrySchema).check(z.maxLength(50)), []),
});
export type Therapist = z.output<typeof therapistSchema>;

export const acceptanceSchema = z.object({ acceptedAt: z.iso.datetime({ offset: true }) });
export type Acceptance = z.output<typeof acceptanceSchema>;

export const settingsSchema = z.object({
  role: z._default(z.enum(['client', 'therapist', 'both']), 'client'),
  therapists: z._default(z.array(therapistSchema).check(z.maxLength(500)), []),
  /** Therapist id -> when the user accepted the risk of plain email to them. */
  acceptances: z._default(z.record(z.string().check(z.maxLength(100)), acceptanceSchema), {}),
});
export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
