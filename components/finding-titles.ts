import type { FindingId } from '../lib/checks/finding';

/** Short headings for each finding, as the dialog shows them. */
export const FINDING_TITLES: Record<FindingId, string> = {
  crisis: 'If you are in danger, help is there right now',
  purpose: 'This may be more than email is for',
  encryption: 'Not end-to-end encrypted',
  'other-recipients': 'Other people are on this message',
  'outside-hours': 'Outside their hours',
  'too-long': 'Longer than they asked for',
  'too-frequent': 'More often than they asked for',
  'sensitive-subject': 'The subject line shows personal details',
  phi: 'Health details in plain email',
  unchecked: 'This message was not checked',
  'required-cc': 'Someone who should be on this message is not',
  'work-address': 'Sent from a work or school address',
  billable: 'Reading time may be billed',
};
