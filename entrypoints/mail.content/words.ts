import { FINDING_TITLE_KEYS } from '../../components/finding-titles';
import { findingMessageKeys } from '../../lib/checks/finding';
import { FALLBACK_GUIDANCE_KEY, GENERAL_GUIDANCE_KEY } from '../../lib/crisis/line-words';
import type { MessageKey } from '../../lib/i18n';

/**
 * Every catalogue key the content script may show on the mail page: the in-page fallback dialog
 * (lib/ui/fallback-dialog.ts, its reasons in dialog.ts), the frame's title and label
 * (lib/ui/check-frame.ts) and the notices (lib/ui/notice.ts, lib/ui/crisis-notice.ts,
 * lib/guard/send-guard.ts, wiring.ts). All are read at start (lib/i18n/browser.ts): once the
 * extension is updated under the page the browser's catalogue throws, and these are what the
 * page still has. tests/unit/entrypoints/mail.content/words.test.ts keeps the list complete.
 */
export const CONTENT_SCRIPT_WORDS: readonly MessageKey[] = [
  ...Object.values(FINDING_TITLE_KEYS),
  ...findingMessageKeys,
  // The general guidance (lib/crisis/line-text.ts). The lines' own keys are not warm: after an
  // update the in-page fallback shows their English words, to keep the list of keys off the page.
  FALLBACK_GUIDANCE_KEY,
  GENERAL_GUIDANCE_KEY,
  'dialog_title',
  'badge_frame_title',
  'dialog_heading',
  'dialog_lead_one',
  'dialog_lead_many',
  'dialog_fallback_why',
  'dialog_fallback_failed_load',
  'dialog_fallback_updated',
  'dialog_because_of',
  'dialog_edit',
  'dialog_send_anyway',
  'dialog_crisis_lines',
  'dialog_crisis_lines_region',
  'dialog_number_unconfirmed',
  'dialog_therapist_note',
  'notice_dismiss',
  'notice_crisis_sent_lines',
  'notice_local_emergency',
  'notice_not_shown',
  'notice_not_pressed',
  'notice_not_sent',
  'notice_stopped',
  'notice_accept_not_saved',
  'notice_suppress_not_saved',
  'notice_note_saved',
  'notice_note_not_saved',
  'notice_unread',
  'notice_reload',
];
