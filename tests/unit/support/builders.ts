import type { Draft } from '../../../lib/draft';
import type { Counterpart, Settings, TherapistEntry } from '../../../lib/policy/settings';
import { basicPolicy, defaultSettings } from '../../../lib/policy/settings';

/** A listed therapist as the checks see it. */
export function therapist(overrides: Partial<Counterpart> = {}): Counterpart {
  const base: Counterpart = {
    kind: 'therapist',
    id: 't-maya',
    name: 'Maya Lee',
    emails: ['maya@calmpractice.example'],
    encryption: 'preferred',
    allowedCc: [],
    policy: undefined,
    ...overrides,
  };
  return { ...base, policy: base.policy ?? policyOf(base) };
}

function policyOf(c: Counterpart) {
  const policy = basicPolicy(c.name || c.emails[0]!, c.emails);
  policy.email.encryption = c.encryption;
  policy.email.allowedCc = c.allowedCc;
  return policy;
}

/** The stored form of a listed therapist. */
export function entryOf(c: Counterpart): TherapistEntry {
  return { id: c.id, policy: c.policy ?? policyOf(c), source: 'edited' };
}

export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    to: ['maya@calmpractice.example'],
    cc: [],
    bcc: [],
    subject: 'Thursday',
    body: "Could we move Thursday's appointment?",
    encryption: 'tls',
    host: 'gmail',
    ...overrides,
  };
}

export function settingsWith(therapists: Counterpart[], extra: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), therapists: therapists.map(entryOf), ...extra };
}
