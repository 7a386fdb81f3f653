import type { ContactPolicy } from './contact-policy';
import { contactPolicySchema } from './contact-policy';
import betweenSessionSupport from './templates/between-session-support.json' with { type: 'json' };
import briefCheckIns from './templates/brief-check-ins.json' with { type: 'json' };
import logisticsOnly from './templates/logistics-only.json' with { type: 'json' };
import logisticsSecurePortal from './templates/logistics-secure-portal.json' with { type: 'json' };
import soloPractice from './templates/solo-practice.json' with { type: 'json' };
import groupPracticePortal from './templates/group-practice-portal.json' with { type: 'json' };
import couples from './templates/couples.json' with { type: 'json' };
import childFamily from './templates/child-family.json' with { type: 'json' };
import billedContact from './templates/billed-contact.json' with { type: 'json' };

/**
 * Starting points for a therapist's policy, drawn from practices' published contact policies
 * (sources in docs/policy-templates.md). Each is a policy file in our own format under
 * templates/, with a placeholder therapist, New York hours and US crisis lines; the options page
 * takes everything but the therapist block, in the user's time zone and region. A unit test
 * reads every file there with the policy parser.
 */
export type PolicyTemplateParts = Pick<ContactPolicy, 'email' | 'availability' | 'emergency' | 'notes'>;

export interface PolicyTemplate {
  id: string;
  title: string;
  description: string;
  parts(timezone?: string, region?: string): PolicyTemplateParts;
}

function template(id: string, title: string, description: string, file: unknown): PolicyTemplate {
  // Parsed once at load, so the types are the schema's; the unit test proves every file parses.
  const policy = contactPolicySchema.parse(file);
  return {
    id,
    title,
    description,
    parts(timezone, region) {
      const { email, availability, emergency, notes } = structuredClone(policy);
      return {
        email,
        ...(availability && { availability: { ...availability, ...(timezone && { timezone }) } }),
        emergency: { ...emergency, ...(region && { region }) },
        ...(notes !== undefined && { notes }),
      };
    },
  };
}

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  template(
    'logistics-only',
    'Scheduling and paperwork only',
    'Email is for appointments, billing and forms. Anything about therapy itself waits for the next session.',
    logisticsOnly,
  ),
  template(
    'brief-check-ins',
    'Brief check-ins welcome',
    'Besides appointments and paperwork, a short note on progress or homework is welcome, up to twice a week. Bigger topics go to session.',
    briefCheckIns,
  ),
  template(
    'between-session-support',
    'Between-session support welcome',
    'You may also reach out for support between sessions, up to three times a week. Replies are brief; we go deeper in session.',
    betweenSessionSupport,
  ),
  template(
    'logistics-secure-portal',
    'Email for logistics only; clinical matters in the secure portal',
    'Email is for appointments and paperwork, and must be encrypted. Anything about your care goes through the client portal.',
    logisticsSecurePortal,
  ),
  template(
    'solo-practice',
    'Solo practice: email not read at weekends',
    'Email is for appointments and paperwork, read on weekdays only; anything else goes to the next session. Emails may be filed in the record.',
    soloPractice,
  ),
  template(
    'group-practice-portal',
    'Group practice with a client portal',
    'Email the front desk about appointments and billing; anything about your care goes through the portal, anything urgent to the practice line.',
    groupPracticePortal,
  ),
  template(
    'couples',
    'Couples therapist: copy your partner',
    'Your partner is copied on every email (put their address in). Appointments and paperwork only; the relationship itself goes to session.',
    couples,
  ),
  template(
    'child-family',
    'Child and family practice with guardians',
    'Parents and guardians email about appointments, forms and billing only; anything more means a parent session. Support goes to the practice line.',
    childFamily,
  ),
  template(
    'billed-contact',
    'Between-session contact billed after 10 minutes',
    'Support and check-ins by email are welcome; reading beyond 10 minutes is billed pro rata, in 10-minute increments.',
    billedContact,
  ),
];
