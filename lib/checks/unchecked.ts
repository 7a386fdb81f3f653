import type { Finding } from './finding';

/** The finding that says a message could not be checked; the user can still send it. */
export function uncheckedFinding(reason: string): Finding {
  return {
    id: 'unchecked',
    severity: 'warning',
    message:
      `Between Sessions could not check this message (${reason}). It has not been sent yet. ` +
      `You can send it anyway, or go back and look it over yourself.`,
    // The reason stays English for now (docs/i18n.md); the sentence around it is translated.
    messageKey: 'finding_msg_unchecked',
    messageArgs: [reason],
  };
}
