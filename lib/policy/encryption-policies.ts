/** What a therapist asks of email encryption (CONTRACT.md §1 `email.encryption`). */
export const encryptionPolicies = ['required', 'preferred', 'not-required'] as const;
export type EncryptionPolicy = (typeof encryptionPolicies)[number];
