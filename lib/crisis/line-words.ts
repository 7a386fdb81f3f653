/**
 * The catalogue keys a crisis line's description and hours may name (docs/i18n.md, "Crisis
 * lines"). lib/crisis/lines.json gives each line its keys; the English entry of each key is
 * exactly the line's English text (tests/unit/lib/crisis/resources.test.ts). Names stay as the
 * service writes them. A module of its own, without the line data, so the mail page's script
 * can check keys without carrying the data.
 */
export const crisisDescriptionKeys = [
  'crisis_line_desc_emergency',
  'crisis_line_desc_emergency_eu',
  'crisis_line_desc_us_988',
  'crisis_line_desc_text_counselor',
  'crisis_line_desc_ca_988',
  'crisis_line_desc_youth_text',
  'crisis_line_desc_talk',
  'crisis_line_desc_text_volunteer',
  'crisis_line_desc_nhs_111',
  'crisis_line_desc_text_support',
  'crisis_line_desc_au_lifeline',
  'crisis_line_desc_nz_1737',
  'crisis_line_desc_phone_anonymous',
  'crisis_line_desc_fr_3114',
  'crisis_line_desc_in_tele_manas',
  'crisis_line_desc_eu_116123',
] as const;
export type CrisisDescriptionKey = (typeof crisisDescriptionKeys)[number];

export const crisisHoursKeys = ['crisis_line_hours_always', 'crisis_line_hours_by_country'] as const;
export type CrisisHoursKey = (typeof crisisHoursKeys)[number];

/** General guidance shown when there are no lines for the region (lib/crisis/resources.ts). */
export const FALLBACK_GUIDANCE =
  'Call your local emergency number (112 works in many countries) or go to the nearest emergency department.';

/** The guidance's catalogue key; its English entry is `FALLBACK_GUIDANCE`. */
export const FALLBACK_GUIDANCE_KEY = 'crisis_line_fallback' as const;

/** Shorter guidance for a crisis finding whose lines did not survive (lib/messaging/findings.ts). */
export const GENERAL_GUIDANCE = 'Call your local emergency number or go to the nearest emergency department.';
export const GENERAL_GUIDANCE_KEY = 'crisis_line_fallback_general' as const;
