import type { PolicyProblem } from '../../lib/policy/contact-policy';
import { DAY_NAMES } from '../../lib/policy/vocabulary';

/** Problems at `path` or anywhere below it ("email.allowedCc" takes "email.allowedCc.2"). */
export function problemsUnder(problems: readonly PolicyProblem[], path: string): PolicyProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}

/** Problems exactly at `path`. */
export function problemsAt(problems: readonly PolicyProblem[], path: string): PolicyProblem[] {
  return problems.filter((p) => p.path === path);
}

/** Problems of a list field read "Entry 2 ("x"): ..." so the user sees which entry is meant. */
export function listProblemText(problem: PolicyProblem, field: string, entries: readonly string[]): string {
  const rest = problem.path.slice(field.length + 1);
  const index = /^\d+$/.test(rest) ? Number(rest) : -1;
  if (index < 0) return problem.message;
  const entry = entries[index];
  return entry === undefined ? problem.message : `"${entry}": ${problem.message}`;
}

/** Human-readable field names for the summary of a form's problems, by path prefix. */
const FIELD_LABELS: [string, string][] = [
  ['therapist.name', 'Name'],
  ['therapist.emails', 'Email addresses'],
  ['therapist.practice', 'Practice'],
  ['therapist.aliases', 'Other names'],
  ['email.purposes', 'What email is for'],
  ['email.maxWords', 'Longest message'],
  ['email.maxPerWeek', 'Messages per week'],
  ['email.encryption', 'Encryption'],
  ['email.allowedCc', 'Allowed in Cc'],
  ['email.secureChannel.name', 'Secure channel name'],
  ['email.secureChannel.url', 'Secure channel address'],
  ['email.secureChannel', 'Secure channel'],
  ['email.channels', 'Where other matters go'],
  ['email.requiredCc', 'Must be copied'],
  ['email.guardians.emails', 'Parents’ or guardians’ addresses'],
  ['email.guardians', 'Parents and guardians'],
  ['email.fees', 'Fees'],
  ['email.record', 'What happens to emails'],
  ['availability.notReadOn', 'Days not read'],
  ['availability.closedDates', 'Dates not read'],
  ['availability.away', 'Time away'],
  ['emergency.practicePhone', 'Practice’s urgent line'],
  ['updated', 'Policy last changed'],
  ['availability.timezone', 'Time zone'],
  ['availability.hours', 'Hours'],
  ['availability.responseTime', 'Response time'],
  ['availability', 'Hours'],
  ['emergency.region', 'Country for crisis lines'],
  ['emergency.note', 'Emergency note'],
  ['notes', 'Notes'],
];

export function dayName(day: string): string {
  return (DAY_NAMES as Record<string, string>)[day] ?? day;
}

export function fieldLabel(path: string): string {
  const hours = /^availability\.hours\.(\w+)(?:\.(\d+))?/.exec(path);
  if (hours) {
    const day = dayName(hours[1]!);
    return hours[2] === undefined ? day : `${day}, hours ${Number(hours[2]) + 1}`;
  }
  const found = FIELD_LABELS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  return found ? found[1] : path || 'Policy';
}
