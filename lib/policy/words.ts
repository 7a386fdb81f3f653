import type { MessageKey } from '../i18n';

/**
 * Words the pure core makes for people (a policy's problems, what changed in a policy), as a
 * catalogue key with its arguments (docs/i18n.md, "Words made by the pure core"). The core keeps
 * writing the English text itself (the command line prints it); the options page shows
 * `t(key, ...args)` in the user's language instead, and the English text when the words do not
 * check out (`components/core-words.ts`). An argument is plain text (a name, an address, a
 * number) or words of their own, such as a kind of value ("a number") inside a problem.
 *
 * A unit test checks that the English entry filled with the arguments is exactly the English
 * text, for every keyed variant (tests/unit/lib/policy/words.test.ts).
 */
export interface Words {
  key: CoreWordKey;
  args: WordArg[];
}
export type WordArg = string | Words;

/**
 * Every key the core may name, with the number of placeholders its entry has: the page fills a
 * key only with exactly that many arguments (else it shows the English text).
 */
export const CORE_WORD_ARITY = {
  // Kinds of values, inside problems ("expected a list, not text").
  policy_problem_kind_text: 0,
  policy_problem_kind_number: 0,
  policy_problem_kind_whole_number: 0,
  policy_problem_kind_list: 0,
  policy_problem_kind_list_brackets: 0,
  policy_problem_kind_group: 0,
  policy_problem_kind_group_braces: 0,
  policy_problem_kind_true_false: 0,
  policy_problem_kind_true: 0,
  policy_problem_kind_false: 0,
  policy_problem_kind_null: 0,
  policy_problem_kind_nothing: 0,
  // The schema's own words for its issues (plainMessage).
  policy_problem_required: 0,
  policy_problem_whole_number: 0,
  policy_problem_expected_kind: 2,
  policy_problem_must_be: 1,
  policy_problem_one_of: 1,
  policy_problem_not_empty: 0,
  policy_problem_min_chars: 1,
  policy_problem_one_entry: 0,
  policy_problem_min_entries: 1,
  policy_problem_positive: 0,
  policy_problem_at_least: 1,
  policy_problem_max_chars: 1,
  policy_problem_max_entries: 1,
  policy_problem_at_most: 1,
  policy_problem_format: 0,
  policy_problem_invalid: 0,
  // A policy's own checks.
  policy_problem_listed_twice: 1,
  policy_problem_quoted: 1,
  policy_problem_https: 0,
  policy_problem_web_address: 0,
  policy_problem_time_range: 0,
  policy_problem_ends_before_start: 1,
  policy_problem_ends_at_start: 1,
  policy_problem_overlaps: 1,
  policy_problem_region_kind: 0,
  policy_problem_region_mistake: 3,
  policy_problem_region_capitals: 2,
  policy_problem_region_unknown: 1,
  policy_problem_country_gb: 0,
  policy_problem_country_gr: 0,
  policy_problem_date: 0,
  policy_problem_full_address: 0,
  policy_problem_away_order: 0,
  policy_problem_channel_clash: 0,
  policy_problem_timezone: 0,
  policy_problem_address: 0,
  policy_problem_phone: 0,
  policy_problem_unknown_field: 0,
  policy_problem_unknown_day: 1,
  policy_problem_more: 2,
  policy_problem_more_problems: 0,
  policy_problem_more_unknown: 0,
  policy_problem_unreadable: 1,
  policy_problem_not_text: 0,
  policy_problem_too_large: 1,
  policy_problem_not_json: 1,
  policy_problem_not_json_comments: 1,
  policy_problem_not_policy: 2,
  policy_problem_newer: 1,
  // The safety plan file (lib/safety-plan/safety-plan.ts).
  policy_problem_plan_phone_long: 0,
  policy_problem_plan_phone: 0,
  policy_problem_plan_digits: 0,
  policy_problem_plan_date: 0,
  policy_problem_plan_empty: 0,
  policy_problem_plan_too_large: 1,
  policy_problem_plan_not_plan: 1,
  policy_problem_plan_is_policy: 0,
  policy_problem_plan_is_settings: 0,
  policy_problem_plan_format: 1,
  policy_problem_plan_newer: 1,
  // Stored, imported and managed settings (lib/storage/settings.ts, managed.ts).
  settings_problem_settings: 0,
  settings_problem_field: 2,
  settings_problem_join: 2,
  settings_problem_path_problem: 2,
  settings_problem_too_large: 1,
  settings_problem_not_settings: 0,
  settings_problem_newer: 0,
  settings_problem_stored: 2,
  settings_problem_unexpected_form: 0,
  settings_problem_managed_role: 1,
  settings_problem_managed_region: 0,
  settings_problem_managed_policies: 0,
  settings_problem_managed_clients: 0,
  settings_problem_plan_stored: 2,
  settings_problem_plan_whole: 0,
  settings_problem_plan_form: 0,
  // What changed in an imported policy (policy-diff.ts).
  policy_diff_purposes_added: 1,
  policy_diff_purposes_removed: 1,
  policy_diff_new: 2,
  policy_diff_removed: 2,
  policy_diff_changed: 3,
  policy_diff_quoted: 1,
  policy_diff_label_name: 0,
  policy_diff_label_emails: 0,
  policy_diff_label_practice: 0,
  policy_diff_label_aliases: 0,
  policy_diff_label_max_words: 0,
  policy_diff_label_max_per_week: 0,
  policy_diff_label_encryption: 0,
  policy_diff_label_allowed_cc: 0,
  policy_diff_label_secure_channel: 0,
  policy_diff_label_channel_scheduling: 0,
  policy_diff_label_channel_admin: 0,
  policy_diff_label_channel_checkin: 0,
  policy_diff_label_channel_support: 0,
  policy_diff_label_channel_clinical: 0,
  policy_diff_label_channel_casual: 0,
  policy_diff_label_required_cc: 0,
  policy_diff_label_guardians: 0,
  policy_diff_label_guardian_purposes: 0,
  policy_diff_label_fees: 0,
  policy_diff_label_record: 0,
  policy_diff_label_timezone: 0,
  policy_diff_label_hours_mon: 0,
  policy_diff_label_hours_tue: 0,
  policy_diff_label_hours_wed: 0,
  policy_diff_label_hours_thu: 0,
  policy_diff_label_hours_fri: 0,
  policy_diff_label_hours_sat: 0,
  policy_diff_label_hours_sun: 0,
  policy_diff_label_response_time: 0,
  policy_diff_label_not_read_on: 0,
  policy_diff_label_closed_dates: 0,
  policy_diff_label_away: 0,
  policy_diff_label_region: 0,
  policy_diff_label_emergency_note: 0,
  policy_diff_label_practice_phone: 0,
  policy_diff_label_notes: 0,
  policy_diff_list: 2,
  policy_diff_words: 1,
  policy_diff_max_words: 1,
  policy_diff_encryption_required: 0,
  policy_diff_encryption_preferred: 0,
  policy_diff_encryption_not_required: 0,
  policy_diff_portal: 2,
  policy_diff_portal_unnamed: 1,
  policy_diff_phone: 1,
  policy_diff_phone_named: 2,
  policy_diff_session: 0,
  policy_diff_nothing: 0,
  policy_diff_closed: 0,
  policy_diff_fees: 2,
  policy_diff_fees_steps: 3,
  policy_diff_away: 2,
  policy_diff_away_backup: 3,
  policy_diff_purpose_scheduling: 0,
  policy_diff_purpose_admin: 0,
  policy_diff_purpose_checkin: 0,
  policy_diff_purpose_support: 0,
  policy_diff_purpose_clinical: 0,
  policy_diff_purpose_casual: 0,
  policy_diff_purpose_phrase_scheduling: 0,
  policy_diff_purpose_phrase_admin: 0,
  policy_diff_purpose_phrase_checkin: 0,
  policy_diff_purpose_phrase_support: 0,
  policy_diff_purpose_phrase_clinical: 0,
  policy_diff_purpose_phrase_casual: 0,
  policy_diff_day_mon: 0,
  policy_diff_day_tue: 0,
  policy_diff_day_wed: 0,
  policy_diff_day_thu: 0,
  policy_diff_day_fri: 0,
  policy_diff_day_sat: 0,
  policy_diff_day_sun: 0,
} as const satisfies Partial<Record<MessageKey, number>>;

export type CoreWordKey = keyof typeof CORE_WORD_ARITY;

export { said, words, type Said } from './said';

// A list is built one item at a time (policy_diff_list), so words nest as deep as the list is
// long: the bounds leave room for a long list and none for a hostile one.
const MAX_DEPTH = 64;
const MAX_NODES = 1000;
const MAX_ARG = 2000;

/**
 * `value` when it is words the page can fill: a key of the core's, exactly its number of
 * arguments, each text or such words in turn; else undefined. Never throws.
 */
export function checkedWords(value: unknown): Words | undefined {
  const budget = { nodes: 0 };
  try {
    return check(value, 0, budget);
  } catch {
    return undefined;
  }
}

function check(value: unknown, depth: number, budget: { nodes: number }): Words | undefined {
  if (depth > MAX_DEPTH || ++budget.nodes > MAX_NODES || typeof value !== 'object' || value === null) return undefined;
  const { key, args } = value as { key?: unknown; args?: unknown };
  if (typeof key !== 'string' || !Object.hasOwn(CORE_WORD_ARITY, key) || !Array.isArray(args)) return undefined;
  if (args.length !== CORE_WORD_ARITY[key as CoreWordKey]) return undefined;
  const out: WordArg[] = [];
  for (const arg of args) {
    if (typeof arg === 'string') {
      if (arg.length > MAX_ARG) return undefined;
      out.push(arg);
      continue;
    }
    const inner = check(arg, depth + 1, budget);
    if (!inner) return undefined;
    out.push(inner);
  }
  return { key: key as CoreWordKey, args: out };
}

/** Fills words with a lookup (the page's `t`, or English in the tests). */
export function renderWords(w: Words, lookup: (key: CoreWordKey, args: string[]) => string): string {
  return lookup(
    w.key,
    w.args.map((arg) => (typeof arg === 'string' ? arg : renderWords(arg, lookup))),
  );
}
