import type { Day, Purpose } from './contact-policy';

/**
 * The words for the policy's fixed vocabularies, in one place for the checks and the UI. The ids
 * (`PURPOSES`, `DAYS` in contact-policy.ts) are the file format; these are what people read.
 */

/** A purpose as a heading or checkbox label (options page). */
export const PURPOSE_TITLES: Record<Purpose, string> = {
  scheduling: 'Scheduling',
  admin: 'Admin and paperwork',
  checkin: 'Brief check-ins',
  support: 'Support between sessions',
  clinical: 'Therapy content',
  casual: 'Social conversation',
};

/** A purpose inside a sentence ("This message looks like ..."). */
export const PURPOSE_PHRASES: Record<Purpose, string> = {
  scheduling: 'scheduling',
  admin: 'paperwork and billing',
  checkin: 'a brief check-in',
  support: 'reaching out for support',
  clinical: 'therapy content',
  casual: 'social conversation',
};

export { PURPOSE_DESCRIPTIONS } from './contact-policy';

/** Day keys of `availability.hours` as people write them. */
export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
