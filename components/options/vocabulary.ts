import type { MessageKey } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { Purpose } from '../../lib/policy/contact-policy';
import type { PolicyTemplate } from '../../lib/policy/templates';

/**
 * The policy's fixed words as the options page shows them, in the page's language. The English
 * in lib/policy/vocabulary.ts and lib/policy/templates.ts stays the source for the checks and the
 * command line (docs/i18n.md); these keys carry the same words for translators.
 */
const PURPOSE_KEYS: Record<Purpose, { title: MessageKey; description: MessageKey }> = {
  scheduling: { title: 'options_purpose_scheduling', description: 'options_purpose_scheduling_description' },
  admin: { title: 'options_purpose_admin', description: 'options_purpose_admin_description' },
  checkin: { title: 'options_purpose_checkin', description: 'options_purpose_checkin_description' },
  support: { title: 'options_purpose_support', description: 'options_purpose_support_description' },
  clinical: { title: 'options_purpose_clinical', description: 'options_purpose_clinical_description' },
  casual: { title: 'options_purpose_casual', description: 'options_purpose_casual_description' },
};

export function purposeTitle(purpose: Purpose): string {
  return t(PURPOSE_KEYS[purpose].title);
}

export function purposeDescription(purpose: Purpose): string {
  return t(PURPOSE_KEYS[purpose].description);
}

const TEMPLATE_KEYS: Record<string, { title: MessageKey; description: MessageKey }> = {
  'logistics-only': {
    title: 'options_template_logistics_only',
    description: 'options_template_logistics_only_description',
  },
  'brief-check-ins': {
    title: 'options_template_brief_check_ins',
    description: 'options_template_brief_check_ins_description',
  },
  'between-session-support': {
    title: 'options_template_between_session_support',
    description: 'options_template_between_session_support_description',
  },
  'logistics-secure-portal': {
    title: 'options_template_logistics_secure_portal',
    description: 'options_template_logistics_secure_portal_description',
  },
  'solo-practice': {
    title: 'options_template_solo_practice',
    description: 'options_template_solo_practice_description',
  },
  'group-practice-portal': {
    title: 'options_template_group_practice_portal',
    description: 'options_template_group_practice_portal_description',
  },
  couples: { title: 'options_template_couples', description: 'options_template_couples_description' },
  'child-family': { title: 'options_template_child_family', description: 'options_template_child_family_description' },
  'billed-contact': {
    title: 'options_template_billed_contact',
    description: 'options_template_billed_contact_description',
  },
};

/** A starting policy's title and description; a template added without keys shows its English. */
export function templateText(template: PolicyTemplate): { title: string; description: string } {
  const keys = TEMPLATE_KEYS[template.id];
  return keys ? { title: t(keys.title), description: t(keys.description) } : template;
}
