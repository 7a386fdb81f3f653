import type { ContactPolicy } from './contact-policy';
import { contactPolicySchema } from './contact-policy';
import betweenSessionSupport from './templates/between-session-support.json' with { type: 'json' };
import briefCheckIns from './templates/brief-check-ins.json' with { type: 'json' };
import logisticsOnly from './templates/logistics-only.json' with { type: 'json' };
import logisticsSecurePortal from './templates/logistics-secure-portal.json' with { type: 'json' };

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
];
