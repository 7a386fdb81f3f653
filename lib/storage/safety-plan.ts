import { storage } from 'wxt/utils/storage';
import {
  parseSafetyPlan,
  parseSafetyPlanText,
  type SafetyPlan,
  type SafetyPlanParseResult,
} from '../safety-plan/safety-plan';
import { said, words, type Said, type Words } from '../policy/words';
import { withLock } from './lock';

/**
 * The safety plan is the most sensitive thing the extension holds. It has its own item in
 * `local:` storage, never in browser sync, and travels nowhere: no message to the background, no
 * diagnostic report. Every read is parsed; what does not parse is reported in plain words and
 * kept under its key untouched, so the user can still export it before resetting.
 */
const planItem = storage.defineItem<unknown>('local:safetyPlan', { fallback: null });

export interface StoredSafetyPlan {
  /** The plan, or null when there is none (or it could not be read). */
  plan: SafetyPlan | null;
  /** Set when what is stored could not be read. */
  problem?: string;
  /** The same words from the catalogue, for the options page (lib/policy/words.ts). */
  problemWords?: Words;
  /** The stored value that could not be read, kept as it is for export. */
  unreadable?: unknown;
}

export function readStoredPlan(raw: unknown): StoredSafetyPlan {
  if (raw === null || raw === undefined) return { plan: null };
  const parsed = parseSafetyPlan(raw);
  if (parsed.ok) return { plan: parsed.plan };
  const first = parsed.problems[0];
  const where: Said = first?.path
    ? { message: first.path, words: words('policy_diff_words', first.path) }
    : said('plan', 'settings_problem_plan_whole');
  const what: Said = !first
    ? said('not in the expected form', 'settings_problem_plan_form')
    : first.words
      ? { message: first.message, words: first.words }
      : { message: first.message, words: words('policy_diff_words', first.message) };
  const problem = said(
    `Your stored safety plan could not be read (${where.message}: ${what.message}). You can export what was stored, then start again.`,
    'settings_problem_plan_stored',
    where.words,
    what.words,
  );
  return { plan: null, problem: problem.message, problemWords: problem.words, unreadable: raw };
}

/**
 * THE one place the plan is read for the crisis panel. Today the mail page's dialog presenter
 * calls it (entrypoints/mail.content/dialog.tsx); the extension-frame page calls it directly once
 * the dialog lives there, so the plan never crosses the mail page. Never throws.
 */
export async function loadSafetyPlan(): Promise<StoredSafetyPlan> {
  try {
    return readStoredPlan(await planItem.getValue());
  } catch {
    return { plan: null, problem: 'Your safety plan could not be read just now.' };
  }
}

/** Stores a plan (null removes it). Only a plan that parses is stored. */
export function saveSafetyPlan(plan: SafetyPlan | null): Promise<void> {
  return withLock('safetyPlan', async () => {
    if (plan === null) return planItem.removeValue();
    const parsed = parseSafetyPlan(plan);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path || 'plan'}: ${p.message}`).join('; '));
    await planItem.setValue(parsed.plan);
  });
}

/** Reads a safety plan file and stores it; a refused file changes nothing. Never throws. */
export async function importSafetyPlanText(text: string): Promise<SafetyPlanParseResult> {
  const result = parseSafetyPlanText(text);
  if (!result.ok) return result;
  try {
    await saveSafetyPlan(result.plan);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      newerVersion: false,
      problems: [{ path: '', message: `The plan could not be saved: ${message}` }],
    };
  }
  return result;
}

/** Removes the plan, readable or not. */
export function resetSafetyPlan(): Promise<void> {
  return saveSafetyPlan(null);
}

export function watchSafetyPlan(onChange: (stored: StoredSafetyPlan) => void): () => void {
  return planItem.watch((raw) => onChange(readStoredPlan(raw)));
}
