import type { Draft } from '../../lib/draft';
import type { Settings, Therapist } from '../../lib/policy/settings';
import { defaultSettings } from '../../lib/policy/settings';

export function therapist(overrides: Partial<Therapist> = {}): Therapist {
  return {
    id: 't-maya',
    name: 'Maya Lee',
    emails: ['maya@calmpractice.example'],
    encryption: 'preferred',
    allowedCc: [],
    ...overrides,
  };
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

export function settingsWith(therapists: Therapist[], extra: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), therapists, ...extra };
}
