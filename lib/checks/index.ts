import { stripQuotedAndSignature } from '../analysis/quoted';
import type { Analysis } from '../analysis/types';
import type { Draft } from '../draft';
import { listedRecipients, namesOf } from '../policy/listed';
import type { Settings } from '../policy/settings';
import type { Check, CheckInput } from './context';
import { crisisCheck } from './crisis';
import { encryptionCheck } from './encryption';
import type { Finding } from './finding';
import { uncheckedFinding } from './unchecked';
import { otherRecipientsCheck } from './other-recipients';
import { outsideHoursCheck } from './outside-hours';
import { phiCheck } from './phi';
import { purposeCheck } from './purpose';
import { sensitiveSubjectCheck } from './sensitive-subject';
import { tooFrequentCheck } from './too-frequent';
import { tooLongCheck } from './too-long';
import { requiredCcCheck } from './required-cc';
import { workAddressCheck } from './work-address';
import { billableCheck } from './billable';

/** Which checks run (docs/interfaces.md, "Findings"): on drafts to a therapist (client role), or to a client. */
export const TO_THERAPIST: readonly Check[] = [
  crisisCheck,
  purposeCheck,
  encryptionCheck,
  otherRecipientsCheck,
  outsideHoursCheck,
  tooLongCheck,
  tooFrequentCheck,
  sensitiveSubjectCheck,
  requiredCcCheck,
  workAddressCheck,
  billableCheck,
];
export const TO_CLIENT: readonly Check[] = [
  encryptionCheck,
  otherRecipientsCheck,
  phiCheck,
  sensitiveSubjectCheck,
  outsideHoursCheck,
];

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
  const counterpart = listed[0];
  if (!counterpart) return [];
  const analysis = analyzeSafely(draft, context.analyze);
  const input: CheckInput = {
    draft,
    counterpart,
    listedEntries: listed.flatMap((t) => t.emails),
    listedNames: listed.flatMap(namesOf),
    acceptance: settings.acceptances[counterpart.id],
    now: context.now,
    ...(context.userTimeZone ? { userTimeZone: context.userTimeZone } : {}),
    ...(settings.region ? { userRegion: settings.region } : {}),
    ...(settings.workAddresses.length ? { workAddresses: settings.workAddresses } : {}),
    sentTimes: context.sendLog?.[counterpart.id] ?? [],
    ...(analysis ? { analysis } : {}),
  };
  const checks = counterpart.kind === 'client' ? TO_CLIENT : TO_THERAPIST;
  const findings = checks.flatMap((check) => runIsolated(check, input));
  if (analysis === null) findings.unshift(uncheckedFinding('the text of the message could not be read'));
  // Crisis first: whatever else went wrong, its lines are what matters most.
  return findings.sort((a, b) => Number(b.id === 'crisis') - Number(a.id === 'crisis'));
}

/** Quoted reply text and the signature are removed before any check (docs/interfaces.md, "Drafts"). */
function analyzeSafely(draft: Draft, analyze: EvaluationContext['analyze']): CheckInput['analysis'] | null | undefined {
  if (!analyze) return undefined;
  try {
    return { body: analyze(stripQuotedAndSignature(draft.body)), subject: analyze(draft.subject) };
  } catch {
    return null;
  }
}

/** One check that throws becomes its own note and never discards the others' findings. */
function runIsolated(check: Check, input: CheckInput): Finding[] {
  try {
    return check(input);
  } catch {
    return [uncheckedFinding(`one of its checks${check.name ? ` (${check.name.replace(/Check$/, '')})` : ''} failed`)];
  }
}
