/** What a therapist asks of email encryption (`email.encryption`, docs/interfaces.md). */
export const encryptionPolicies = ['required', 'preferred', 'not-required'] as const;
export type EncryptionPolicy = (typeof encryptionPolicies)[number];
