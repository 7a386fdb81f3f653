import { parseRecipient } from '../policy/address';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';

/**
 * `required-cc` (docs/interfaces.md, "Findings"; warning): an address the policy says must be on
 * every mail (`email.requiredCc`, a partner in couples work) is missing from To and Cc. In couples
 * therapy the therapist hears from both partners alike, so a message from one alone is not what
 * was agreed. A Bcc does not count: the partner would not be on the replies.
 */
export const requiredCcCheck: Check = ({ draft, counterpart }) => {
  const required = counterpart.kind === 'therapist' ? (counterpart.policy?.email.requiredCc ?? []) : [];
  if (required.length === 0) return [];
  const shown = [...draft.to, ...draft.cc].map((raw) => parseRecipient(raw));
  const addresses = new Set(shown.map((r) => r.address).filter((a): a is string => a !== undefined));
  const missing = required.filter((address) => !addresses.has(address.toLowerCase()));
  if (missing.length === 0) return [];
  const inBcc = new Set(draft.bcc.map((raw) => parseRecipient(raw).address));
  const who = counterpartLabel(counterpart);
  const names = missing.join(', ');
  const nameOnly = shown.some((r) => !r.address && r.name);
  const message =
    `${missing.length === 1 ? 'Your partner is' : 'Your partners are'} not on this message: ${names}. ` +
    `${who} asks that every email includes ${missing.length === 1 ? 'them' : 'each of them'} in To or Cc. ` +
    (missing.some((a) => inBcc.has(a)) ? 'A Bcc does not count: they would not see the reply. ' : '') +
    (nameOnly ? 'Some recipients show only a name; if one of them is your partner, this is fine as it is. ' : '') +
    `Add them before sending, or send anyway if you agreed otherwise.`;
  // The plain case from the catalogue; the Bcc and name-only sentences are English still.
  const plain = labelIsOwn(counterpart) && !nameOnly && !missing.some((a) => inBcc.has(a));
  const key = missing.length === 1 ? 'finding_msg_required_cc_one' : 'finding_msg_required_cc_many';
  return [
    {
      id: 'required-cc',
      severity: 'warning',
      message,
      ...(plain ? { messageKey: key, messageArgs: [names, who] } : {}),
      recipients: missing,
    },
  ];
};
