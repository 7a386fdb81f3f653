import type { ContactPolicy } from './contact-policy';

/**
 * Starting points for a therapist's policy, drawn from real practices' published contact
 * policies (reference/domain.md §1b). The options page combines one with the therapist block.
 */
export type PolicyTemplateParts = Pick<ContactPolicy, 'email' | 'availability' | 'emergency' | 'notes'>;

export interface PolicyTemplate {
  id: string;
  title: string;
  description: string;
  parts(timezone?: string, region?: string): PolicyTemplateParts;
}

const WEEKDAYS_9_TO_5 = {
  mon: ['09:00-17:00'],
  tue: ['09:00-17:00'],
  wed: ['09:00-17:00'],
  thu: ['09:00-17:00'],
  fri: ['09:00-17:00'],
};

// Region-neutral: the extension shows the crisis lines for the policy's region alongside it.
const EMERGENCY_NOTE =
  'I do not monitor email for emergencies. If you are in crisis or in danger, call your local emergency number or a crisis line now.';

function weekdays(timezone: string, responseTime: string): NonNullable<ContactPolicy['availability']> {
  return {
    timezone,
    hours: Object.fromEntries(Object.entries(WEEKDAYS_9_TO_5).map(([day, ranges]) => [day, [...ranges]])),
    responseTime,
  };
}

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  {
    id: 'logistics-only',
    title: 'Scheduling and paperwork only',
    description:
      'Email is for appointments, billing and forms. Anything about therapy itself waits for the next session.',
    parts: (timezone = 'America/New_York', region = 'US') => ({
      email: { purposes: ['scheduling', 'admin'], maxWords: 150, encryption: 'preferred', allowedCc: [] },
      availability: weekdays(timezone, 'within two business days; mail sent after hours is read the next business day'),
      emergency: { region, note: EMERGENCY_NOTE },
    }),
  },
  {
    id: 'brief-check-ins',
    title: 'Brief check-ins welcome',
    description:
      'Besides appointments and paperwork, a short note on progress or homework is welcome, up to twice a week. Bigger topics go to session.',
    parts: (timezone = 'America/New_York', region = 'US') => ({
      email: {
        purposes: ['scheduling', 'admin', 'checkin'],
        maxWords: 200,
        maxPerWeek: 2,
        encryption: 'preferred',
        allowedCc: [],
      },
      availability: weekdays(timezone, 'within one business day'),
      emergency: { region, note: EMERGENCY_NOTE },
    }),
  },
  {
    id: 'between-session-support',
    title: 'Between-session support welcome',
    description:
      'You may also reach out for support between sessions, up to three times a week. Replies are brief; we go deeper in session.',
    parts: (timezone = 'America/New_York', region = 'US') => ({
      email: {
        purposes: ['scheduling', 'admin', 'checkin', 'support'],
        maxWords: 300,
        maxPerWeek: 3,
        encryption: 'preferred',
        allowedCc: [],
      },
      availability: weekdays(timezone, 'within one business day; replies may be brief'),
      emergency: { region, note: EMERGENCY_NOTE },
    }),
  },
  {
    id: 'logistics-secure-portal',
    title: 'Email for logistics only; clinical matters in the secure portal',
    description:
      'Email is for appointments and paperwork, and must be encrypted. Anything about your care goes through the client portal.',
    parts: (timezone = 'America/New_York', region = 'US') => ({
      email: {
        purposes: ['scheduling', 'admin'],
        maxWords: 150,
        encryption: 'required',
        allowedCc: [],
        secureChannel: { name: 'Client portal', url: 'https://portal.example.com' },
      },
      availability: weekdays(timezone, 'within two business days'),
      emergency: { region, note: EMERGENCY_NOTE },
      notes:
        'Please use the client portal for anything about your care: symptoms, medication, how you are feeling. Email is for scheduling and paperwork only.',
    }),
  },
];
