import type { Draft } from '../draft';
import { listedRecipients } from '../policy/listed';
import type { Settings } from '../policy/settings';
import type { Check } from './context';
import { encryptionCheck } from './encryption';
import type { Finding } from './finding';
import { otherRecipientsCheck } from './other-recipients';

const CLIENT_CHECKS: readonly Check[] = [encryptionCheck, otherRecipientsCheck];

/**
 * Runs every check that applies. A draft to nobody listed is not read at all: it gets no findings.
 */
export function evaluateDraft(draft: Draft, settings: Settings, context: { now: Date }): Finding[] {
  const listed = listedRecipients(draft, settings);
  const therapist = listed[0];
  if (!therapist) return [];
  const input = {
    draft,
    therapist,
    listedEntries: listed.flatMap((t) => t.emails),
    listedNames: listed.map((t) => t.name).filter(Boolean),
    acceptance: settings.acceptances[therapist.id],
    now: context.now,
  };
  return CLIENT_CHECKS.flatMap((check) => check(input));
}
