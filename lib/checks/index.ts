import { stripQuotedAndSignature } from '../analysis/quoted';
import type { Analysis } from '../analysis/types';
import type { Draft } from '../draft';
import { listedRecipients, namesOf } from '../policy/listed';
import type { Settings } from '../policy/settings';
import type { Check, CheckInput } from './context';
import { crisisCheck } from './crisis';
import { encryptionCheck } from './encryption';
import type { Finding } from './finding';
import { otherRecipientsCheck } from './other-recipients';
import { outsideHoursCheck } from './outside-hours';
import { phiCheck } from './phi';
import { purposeCheck } from './purpose';
import { sensitiveSubjectCheck } from './sensitive-subject';
import { tooFrequentCheck } from './too-frequent';
import { tooLongCheck } from './too-long';

/** Which checks run (CONTRACT.md §2): on drafts to a therapist (client role), or to a client. */
const TO_THERAPIST: readonly Check[] = [
  crisisCheck,
  purposeCheck,
  encryptionCheck,
  otherRecipientsCheck,
  outsideHoursCheck,
  tooLongCheck,
  tooFrequentCheck,
  sensitiveSubjectCheck,
];
const TO_CLIENT: readonly Check[] = [encryptionCheck, otherRecipientsCheck, phiCheck, sensitiveSubjectCheck, outsideHoursCheck];

export interface EvaluationContext {
  now: Date;
  /** The user's own IANA time zone. */
  userTimeZone?: string;
  /** Times of earlier messages per therapist id (never content). */
  sendLog?: Readonly<Record<string, readonly string[]>>;
  /** Reads what a text says (the background passes one with a per-paragraph cache). */
  analyze?: (text: string) => Analysis;
}

/**
 * Runs every check that applies. A draft to nobody listed is not read at all: it gets no findings.
 */
export function evaluateDraft(draft: Draft, settings: Settings, context: EvaluationContext): Finding[] {
  const listed = listedRecipients(draft, settings);
  const therapist = listed[0];
  if (!therapist) return [];
  const analyze = context.analyze;
  const input: CheckInput = {
    draft,
    therapist,
    listedEntries: listed.flatMap((t) => t.emails),
    listedNames: listed.flatMap(namesOf),
    acceptance: settings.acceptances[therapist.id],
    now: context.now,
    ...(context.userTimeZone ? { userTimeZone: context.userTimeZone } : {}),
    ...(settings.region ? { userRegion: settings.region } : {}),
    sentTimes: context.sendLog?.[therapist.id] ?? [],
    // Quoted reply text and the signature are removed before any check (CONTRACT.md §2).
    ...(analyze ? { analysis: { body: analyze(stripQuotedAndSignature(draft.body)), subject: analyze(draft.subject) } } : {}),
  };
  const checks = therapist.kind === 'client' ? TO_CLIENT : TO_THERAPIST;
  return checks.flatMap((check) => check(input));
}
