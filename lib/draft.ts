import { z } from 'zod/mini';

/** What a host adapter reads from a compose window (docs/interfaces.md, "Drafts"). */
export const encryptionStates = ['e2e', 'tls', 'none', 'unknown'] as const;
export type EncryptionState = (typeof encryptionStates)[number];

const recipientList = z._default(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(1000)), []);

// zod/mini throughout lib/: the same zod 4, but tree-shakable, which keeps the mail page's
// content script small (README, "Performance").
export const draftSchema = z.object({
  from: z.optional(z.string().check(z.maxLength(1000))),
  to: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(1000)),
  cc: recipientList,
  bcc: recipientList,
  subject: z._default(z.string().check(z.maxLength(10_000)), ''),
  body: z._default(z.string().check(z.maxLength(2_000_000)), ''),
  encryption: z._default(z.enum(encryptionStates), 'unknown'),
  host: z._default(z.string().check(z.maxLength(40)), 'other'),
});

export type Draft = z.output<typeof draftSchema>;

/** Everyone the message goes to, To, Cc and Bcc together. */
export function allRecipients(draft: Pick<Draft, 'to' | 'cc' | 'bcc'>): string[] {
  return [...draft.to, ...draft.cc, ...draft.bcc];
}
