import { matchesAny, parseRecipient, sameName } from '../policy/address';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';
import type { Finding } from './finding';

/**
 * `other-recipients` (docs/interfaces.md, "Findings"): anyone besides the listed people, the
 * therapist's allowed Cc and the user's own address is on the message. A name shown without an
 * address counts as someone else, unidentified, unless it is the therapist's name.
 */
export const otherRecipientsCheck: Check = ({ draft, counterpart, listedEntries, listedNames }) => {
  const allowed = [...listedEntries, ...counterpart.allowedCc];
  const own = draft.from ? parseRecipient(draft.from).address : undefined;
  const others: string[] = [];
  let unidentified = false;
  const fields = [
    ['To', draft.to],
    ['Cc', draft.cc],
    ['Bcc', draft.bcc],
  ] as const;
  for (const [label, list] of fields) {
    for (const raw of list) {
      const { address, name } = parseRecipient(raw);
      if (address && (address === own || matchesAny(address, allowed))) continue;
      if (!address && name && listedNames.some((listed) => sameName(name, listed))) continue;
      if (!address && !name) continue;
      // A name the webmail shows without its address (Outlook often does): it is not the
      // therapist's name, so it is someone we cannot identify, and said so.
      if (!address) unidentified = true;
      others.push(`${raw.trim()} (${address ? label : `${label}, address not shown`})`);
    }
  }
  if (others.length === 0) return [];
  const who = counterpartLabel(counterpart);
  return [
    {
      ...words(counterpart.kind === 'client', who, others, unidentified || !labelIsOwn(counterpart)),
      id: 'other-recipients',
      severity: 'warning',
      recipients: others,
      message:
        `Besides ${who}, this message goes to ${summarize(others)}. ` +
        (counterpart.kind === 'client'
          ? `Everyone on it will learn that ${who} is your client, and may read what you write. `
          : `Everyone on it will learn that you are writing to your therapist, and may read what you share. `) +
        (unidentified ? `Where only a name is shown, the address could not be read, so check who that is. ` : '') +
        `Remove them unless they should be here.`,
    },
  ];
};

/**
 * The same message from the catalogue. Not yet for a name shown without its address, nor for a
 * person with neither name nor address: those words ("address not shown", "your therapist") are
 * English still, so that message stays English.
 */
function words(
  client: boolean,
  who: string,
  others: string[],
  english: boolean,
  shown = 3,
): Pick<Finding, 'messageKey' | 'messageArgs'> {
  if (english) return {};
  if (others.length <= shown + 1) {
    const messageKey = client ? 'finding_msg_other_recipients_client' : 'finding_msg_other_recipients';
    return { messageKey, messageArgs: [who, others.join(', ')] };
  }
  const messageKey = client ? 'finding_msg_other_recipients_client_many' : 'finding_msg_other_recipients_many';
  return { messageKey, messageArgs: [who, others.slice(0, shown).join(', '), String(others.length - shown)] };
}

/** The first few people by name; the full list travels in `recipients`. */
function summarize(people: string[], shown = 3): string {
  if (people.length <= shown + 1) return people.join(', ');
  return `${people.slice(0, shown).join(', ')} and ${people.length - shown} others`;
}
