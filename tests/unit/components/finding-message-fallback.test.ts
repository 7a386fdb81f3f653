import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../../components/finding-titles';
import type { Finding } from '../../../lib/checks/finding';

/** The in-page fallback's words for a finding given as parts (it carries no renderer of its own). */
describe('findingMessage for parts', () => {
  const base: Finding = {
    id: 'purpose',
    severity: 'warning',
    message: 'Dr. Maya Lee uses email for scheduling.',
    messageParts: [
      {
        key: 'finding_msg_purpose_uses',
        args: ['Dr. Maya Lee', { list: [{ phrase: 'phrase_purpose_scheduling' }], type: 'and' }],
      },
    ],
  };

  it("shows the words the background read in the user's language", () => {
    expect(findingMessage({ ...base, messageText: 'Dr. Maya Lee nutzt E-Mail für Terminfragen.' })).toBe(
      'Dr. Maya Lee nutzt E-Mail für Terminfragen.',
    );
  });

  it('without them, the English message, never a key', () => {
    expect(findingMessage(base)).toBe('Dr. Maya Lee uses email for scheduling.');
    expect(findingMessage({ ...base, messageText: '' })).toBe('Dr. Maya Lee uses email for scheduling.');
  });
});
