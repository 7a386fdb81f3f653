import type { MessageKey } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { Day, PolicyProblem } from '../../lib/policy/contact-policy';
import { DAYS } from '../../lib/policy/contact-policy';
import { problemText } from '../core-words';
import { weekdayName } from './dates';

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
  const text = problemText(problem);
  if (index < 0) return text;
  const entry = entries[index];
  return entry === undefined ? text : t('options_entry_problem', entry, text);
}

/** Human-readable field names for the summary of a form's problems, by path prefix. */
const FIELD_LABELS: [string, MessageKey][] = [
  ['therapist.name', 'options_field_name'],
  ['therapist.emails', 'options_field_emails'],
  ['therapist.practice', 'options_field_practice'],
  ['therapist.aliases', 'options_field_aliases'],
  ['email.purposes', 'options_purposes'],
  ['email.maxWords', 'options_field_max_words'],
  ['email.maxPerWeek', 'options_field_max_per_week'],
  ['email.encryption', 'options_encryption'],
  ['email.allowedCc', 'options_field_allowed_cc'],
  ['email.secureChannel.name', 'options_form_secure_name'],
  ['email.secureChannel.url', 'options_form_secure_url'],
  ['email.secureChannel', 'options_form_secure'],
  ['email.channels', 'options_channels'],
  ['email.requiredCc', 'options_field_required_cc'],
  ['email.guardians.emails', 'options_guardians_emails'],
  ['email.guardians', 'options_field_guardians'],
  ['email.fees', 'options_field_fees'],
  ['email.record', 'options_field_record'],
  ['availability.notReadOn', 'options_field_not_read_on'],
  ['availability.closedDates', 'options_field_closed_dates'],
  ['availability.away', 'options_field_away'],
  ['emergency.practicePhone', 'options_field_practice_phone'],
  ['updated', 'options_field_updated'],
  ['availability.timezone', 'options_timezone_label'],
  ['availability.hours', 'options_form_hours'],
  ['availability.responseTime', 'options_field_response_time'],
  ['availability', 'options_form_hours'],
  ['emergency.region', 'options_form_region'],
  ['emergency.note', 'options_field_emergency_note'],
  ['notes', 'options_field_notes'],
];

/** A weekday of `availability.hours` in the page's language ("mon" -> "Monday"). */
export function dayName(day: string): string {
  return (DAYS as readonly string[]).includes(day) ? weekdayName(day as Day) : day;
}

export function fieldLabel(path: string): string {
  const hours = /^availability\.hours\.(\w+)(?:\.(\d+))?/.exec(path);
  if (hours) {
    const day = dayName(hours[1]!);
    return hours[2] === undefined ? day : t('options_hours_range', day, Number(hours[2]) + 1);
  }
  const found = FIELD_LABELS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  return found ? t(found[1]) : path || t('options_field_policy');
}
