import { matchesAny, parseRecipient } from '../policy/address';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';

/**
 * `work-address` (docs/interfaces.md, "Findings"; warning): the user writes to their therapist from
 * an address they marked as a work or school address in the options page. An employer or school
 * can usually read that mailbox, keeps it in backups and may review it; practices' consent forms
 * name this risk and ask clients to use a personal address.
 */
export const workAddressCheck: Check = ({ draft, counterpart, workAddresses }) => {
  if (counterpart.kind !== 'therapist' || !workAddresses?.length || !draft.from) return [];
  const own = parseRecipient(draft.from).address;
  if (!own || !matchesAny(own, workAddresses)) return [];
  const who = counterpartLabel(counterpart);
  return [
    {
      id: 'work-address',
      severity: 'warning',
      message:
        `You are writing to ${who} from ${own}, which you marked as a work or school address. ` +
        `Your employer or school can usually read that mailbox, keeps copies in its backups, and may see who you write to. ` +
        `Send it from your personal address instead, or send anyway if that is all right with you.`,
      ...(labelIsOwn(counterpart) ? { messageKey: 'finding_msg_work_address', messageArgs: [who, own] } : {}),
    },
  ];
};
