import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { addressEntrySchema } from '../policy/address';
import { issueProblems, parsePolicy, plainMessage, type PolicyProblem } from '../policy/contact-policy';
import { managedId } from '../policy/managed-id';
import type { ClientEntry, Role, TherapistEntry } from '../policy/settings';
import { roles } from '../policy/settings';
import { said, words, type Said, type Words } from '../policy/words';

/**
 * Settings a practice deploys through browser enterprise policy (Chrome: managed storage with
 * the schema in public/managed-schema.json; Firefox: the 3rdparty section of policies.json).
 * Read-only here; they win over what the user set.
 */
export interface ManagedSettings {
  role?: Role;
  region?: string;
  therapists?: TherapistEntry[];
  clients?: ClientEntry[];
  /** Managed values that could not be used, in plain words (shown on the options page). */
  problems: string[];
  /** The same words from the catalogue, one for each problem (lib/policy/words.ts). */
  problemWords?: Words[];
}

const asIs = (text: string): Said => ({ message: text, words: words('policy_diff_words', text) });
const saidOf = (p: Pick<PolicyProblem, 'message' | 'words'>): Said =>
  p.words ? { message: p.message, words: p.words } : asIs(p.message);

/** "path: problem". */
function atField(path: string, problem: Said): Said {
  return said(`${path}: ${problem.message}`, 'settings_problem_field', words('policy_diff_words', path), problem.words);
}

/** "a; b; c" of a policy's problems, each "path problem". */
function policyProblems(problems: readonly PolicyProblem[]): Said {
  const each = problems.map((p) => {
    const what = saidOf(p);
    return said(`${p.path} ${what.message}`, 'settings_problem_path_problem', p.path, what.words);
  });
  return each
    .slice(1)
    .reduce<Said>(
      (all, next) => said(`${all.message}; ${next.message}`, 'settings_problem_join', all.words, next.words),
      each[0] ?? asIs(''),
    );
}

const managedClientSchema = z.object({
  name: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  emails: z.array(addressEntrySchema).check(z.minLength(1), z.maxLength(50)),
});

export function parseManaged(raw: Record<string, unknown>): ManagedSettings {
  const managed: ManagedSettings = { problems: [] };
  const found: Said[] = [];
  const problem = (s: Said) => {
    managed.problems.push(s.message);
    found.push(s);
  };
  if (raw.role !== undefined) {
    const role = z.enum(roles).safeParse(raw.role);
    if (role.success) managed.role = role.data;
    else {
      const list = roles.join(', ');
      problem(said(`role: expected one of ${list}`, 'settings_problem_managed_role', list));
    }
  }
  if (raw.region !== undefined) {
    if (typeof raw.region === 'string' && /^[A-Z]{2}$/.test(raw.region)) managed.region = raw.region;
    else problem(said('region: expected a country code such as US or GB', 'settings_problem_managed_region'));
  }
  if (raw.therapistPolicies !== undefined) {
    const list = Array.isArray(raw.therapistPolicies) ? raw.therapistPolicies : [];
    if (!Array.isArray(raw.therapistPolicies)) {
      problem(said('therapistPolicies: expected a list of policies', 'settings_problem_managed_policies'));
    }
    managed.therapists = [];
    const taken = new Set<string>();
    list.forEach((item, i) => {
      const parsed = parsePolicy(item);
      if (parsed.ok) {
        const id = managedId('therapist', parsed.policy.therapist.emails, taken);
        taken.add(id);
        managed.therapists!.push({ id, policy: parsed.policy, source: 'imported' });
      } else problem(atField(`therapistPolicies.${i}`, policyProblems(parsed.problems)));
    });
  }
  if (raw.clients !== undefined) {
    const list = Array.isArray(raw.clients) ? raw.clients : [];
    if (!Array.isArray(raw.clients)) problem(said('clients: expected a list', 'settings_problem_managed_clients'));
    managed.clients = [];
    const taken = new Set<string>();
    list.forEach((item, i) => {
      const parsed = managedClientSchema.safeParse(item, { error: plainMessage, reportInput: true });
      if (parsed.success) {
        const id = managedId('client', parsed.data.emails, taken);
        taken.add(id);
        managed.clients!.push({ id, ...parsed.data });
      } else {
        const issue = parsed.error.issues[0];
        const [first] = issue ? issueProblems([issue]) : [];
        problem(atField(`clients.${i}`, first ? saidOf(first) : asIs('invalid')));
      }
    });
  }
  if (found.length > 0) managed.problemWords = found.map((s) => s.words);
  return managed;
}

/**
 * What is deployed, as stored. Nothing deployed (or a browser without managed storage, e.g.
 * Firefox with no policy) is no error: an empty object.
 */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    const raw: unknown = await browser.storage.managed.get(null);
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function readManaged(): Promise<ManagedSettings> {
  return parseManaged(await readManagedRaw());
}

export function watchManaged(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
