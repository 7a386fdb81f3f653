import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { addressEntrySchema } from '../policy/address';
import { parsePolicy } from '../policy/contact-policy';
import { managedId } from '../policy/managed-id';
import type { ClientEntry, Role, TherapistEntry } from '../policy/settings';
import { roles } from '../policy/settings';

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
}

const managedClientSchema = z.object({
  name: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  emails: z.array(addressEntrySchema).check(z.minLength(1), z.maxLength(50)),
});

export function parseManaged(raw: Record<string, unknown>): ManagedSettings {
  const managed: ManagedSettings = { problems: [] };
  if (raw.role !== undefined) {
    const role = z.enum(roles).safeParse(raw.role);
    if (role.success) managed.role = role.data;
    else managed.problems.push(`role: expected one of ${roles.join(', ')}`);
  }
  if (raw.region !== undefined) {
    if (typeof raw.region === 'string' && /^[A-Z]{2}$/.test(raw.region)) managed.region = raw.region;
    else managed.problems.push('region: expected a country code such as US or GB');
  }
  if (raw.therapistPolicies !== undefined) {
    const list = Array.isArray(raw.therapistPolicies) ? raw.therapistPolicies : [];
    if (!Array.isArray(raw.therapistPolicies)) managed.problems.push('therapistPolicies: expected a list of policies');
    managed.therapists = [];
    const taken = new Set<string>();
    list.forEach((item, i) => {
      const parsed = parsePolicy(item);
      if (parsed.ok) {
        const id = managedId('therapist', parsed.policy.therapist.emails, taken);
        taken.add(id);
        managed.therapists!.push({ id, policy: parsed.policy, source: 'imported' });
      } else
        managed.problems.push(
          `therapistPolicies.${i}: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
        );
    });
  }
  if (raw.clients !== undefined) {
    const list = Array.isArray(raw.clients) ? raw.clients : [];
    if (!Array.isArray(raw.clients)) managed.problems.push('clients: expected a list');
    managed.clients = [];
    const taken = new Set<string>();
    list.forEach((item, i) => {
      const parsed = managedClientSchema.safeParse(item);
      if (parsed.success) {
        const id = managedId('client', parsed.data.emails, taken);
        taken.add(id);
        managed.clients!.push({ id, ...parsed.data });
      } else managed.problems.push(`clients.${i}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    });
  }
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
