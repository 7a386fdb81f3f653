import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';
import type { Finding, FindingMessageKey } from './finding';

const WHY =
  'Ordinary email is protected only on its way between mail servers: it is stored readable by both ' +
  'mail providers and anyone with access to either mailbox.';

/**
 * `encryption` (docs/interfaces.md, "Findings"): the draft is not end-to-end encrypted and the
 * policy requires or prefers it, or the host says a recipient cannot even get encryption in
 * transit.
 */
export const encryptionCheck: Check = ({ draft, counterpart, acceptance }) => {
  if (draft.encryption === 'e2e') return [];
  const who = counterpartLabel(counterpart);
  // The catalogue's words name the person; the English stand-in ("your therapist") is not
  // translated yet, so a person with neither name nor address keeps the English message.
  const named = labelIsOwn(counterpart);
  const words = (key: FindingMessageKey, ...args: string[]) =>
    named || args.length === 0 ? { messageKey: key, ...(args.length ? { messageArgs: args } : {}) } : {};

  if (draft.encryption === 'none') {
    return [
      {
        id: 'encryption',
        severity: 'warning',
        message:
          `Gmail or Outlook warns that a recipient's mail server does not accept encrypted connections, ` +
          `so this message may travel across the internet unprotected. Keep it to logistics, or reach ${who} another way.`,
        ...words('finding_msg_encryption_none', who),
      },
    ];
  }

  const policy = counterpart.encryption;
  if (policy === 'not-required') {
    return [
      {
        ...info(`This message is not end-to-end encrypted; ${who} is fine with plain email.`),
        ...words('finding_msg_encryption_not_required', who),
      },
    ];
  }
  if (policy === 'preferred' && acceptance) {
    const day = acceptance.acceptedAt.slice(0, 10);
    return [
      {
        ...info(`Not end-to-end encrypted. You accepted the risk of plain email to ${who} on ${day}.`),
        ...words('finding_msg_encryption_accepted', who, day),
      },
    ];
  }

  const finding: Finding = {
    id: 'encryption',
    severity: 'warning',
    message:
      policy === 'required'
        ? `${counterpart.kind === 'client' ? 'Your policy asks' : `${who} asks`} for encrypted messages only, and this one is not end-to-end encrypted. ${WHY} ` +
          `Send personal details through ${counterpart.kind === 'client' ? 'your' : 'their'} secure channel, or keep this email to logistics.`
        : `This message is not end-to-end encrypted. ${WHY} ` +
          `Keep personal and clinical details for the session or a secure channel.`,
    ...(policy !== 'required'
      ? words('finding_msg_encryption_plain')
      : counterpart.kind === 'client'
        ? words('finding_msg_encryption_required_own')
        : words('finding_msg_encryption_required', who)),
  };
  if (policy === 'preferred') finding.acceptFor = { counterpartId: counterpart.id, name: who };
  return [finding];
};

function info(message: string): Finding {
  return { id: 'encryption', severity: 'info', message };
}
