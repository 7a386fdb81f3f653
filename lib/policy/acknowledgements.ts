import { z } from 'zod/mini';

/**
 * A client's acknowledgement of a changed contact policy (docs/interfaces.md, "Settings"): when a
 * file for a therapist already listed differs from the stored policy, the options page lists the
 * changes in plain words and the client acknowledges them; each acknowledgement is kept with its
 * date, as professional bodies ask for a record of what was agreed and of any change.
 */
export const policyAcknowledgementSchema = z.object({
  counterpartId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The therapist's name when acknowledged (kept if they are later removed). */
  name: z.string().check(z.maxLength(100)),
  /** The policy's own `updated` date, when it has one. */
  updated: z.optional(z.string().check(z.maxLength(10))),
  acknowledgedAt: z.iso.datetime({ offset: true }),
  /** The changes, in the words the client saw. */
  changes: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(60)),
});
export type PolicyAcknowledgement = z.output<typeof policyAcknowledgementSchema>;

export const policyAcknowledgementsSchema = z.array(policyAcknowledgementSchema).check(z.maxLength(1000));
