/**
 * Stored settings for a spec to seed (docs/interfaces.md, "Settings" and "Contact policy file"),
 * built the same way everywhere: a contact policy with plain defaults that a spec overrides where
 * it matters, a listed therapist, and the client's settings around them.
 */

export const MAYA = 'maya@calmpractice.example';

export interface PolicyParts {
  /** The therapist's name; 'Dr. Maya Lee' unless said. */
  name?: string;
  /** The therapist's addresses; Maya's unless said. */
  emails?: string[];
  /** Over the defaults: scheduling, admin and check-ins, encryption not required, no Cc allowed. */
  email?: Record<string, unknown>;
  availability?: Record<string, unknown>;
  /** Over the default region 'US'. */
  emergency?: Record<string, unknown>;
}

/** A contact policy (version 1). */
export function contactPolicy({
  name = 'Dr. Maya Lee',
  emails = [MAYA],
  email,
  availability,
  emergency,
}: PolicyParts = {}) {
  return {
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist: { name, emails },
    email: { purposes: ['scheduling', 'admin', 'checkin'], encryption: 'not-required', allowedCc: [], ...email },
    ...(availability ? { availability } : {}),
    emergency: { region: 'US', ...emergency },
  };
}

/** A listed therapist: `imported` (from a file) unless said. */
export function therapistEntry(id: string, policy: ReturnType<typeof contactPolicy>, source = 'imported') {
  return { id, source, policy };
}

/** A client's settings: these therapists, no acceptances, no clients, and any other fields. */
export function clientSettings(therapists: ReturnType<typeof therapistEntry>[], extra: Record<string, unknown> = {}) {
  return { role: 'client', therapists, acceptances: {}, clients: [], ...extra };
}
