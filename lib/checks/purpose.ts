import { matchesAny, parseRecipient } from '../policy/address';
import type { Channel, ContactPolicy, Purpose } from '../policy/contact-policy';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';
import { fromParts } from './english-message';
import type { Evidence, FindingPartKey, MessageArg, MessagePart, PhraseKey } from './finding';

/** A purpose inside a sentence ("This message looks like …"), in the catalogue. */
const PURPOSE_PHRASES: Record<Purpose, PhraseKey> = {
  scheduling: 'phrase_purpose_scheduling',
  admin: 'phrase_purpose_admin',
  checkin: 'phrase_purpose_checkin',
  support: 'phrase_purpose_support',
  clinical: 'phrase_purpose_clinical',
  casual: 'phrase_purpose_casual',
};

/** What a purpose covers (`PURPOSE_DESCRIPTIONS` in lib/policy/contact-policy.ts), as a sentence. */
const PURPOSE_ABOUT: Record<Purpose, FindingPartKey> = {
  scheduling: 'finding_msg_purpose_about_scheduling',
  admin: 'finding_msg_purpose_about_admin',
  checkin: 'finding_msg_purpose_about_checkin',
  support: 'finding_msg_purpose_about_support',
  clinical: 'finding_msg_purpose_about_clinical',
  casual: 'finding_msg_purpose_about_casual',
};

const phrase = (p: Purpose): { phrase: PhraseKey } => ({ phrase: PURPOSE_PHRASES[p] });
const list = (purposes: readonly Purpose[]): MessageArg => ({ list: purposes.map(phrase), type: 'and' });
const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * `purpose` (docs/interfaces.md, "Findings"): the draft serves a purpose outside the policy's `email.purposes`.
 * All detected purposes are listed; no purpose detected means no finding. A purpose the policy
 * sends elsewhere (`email.channels`) is named with that channel: the portal's address, the phone
 * number, or the next session. A guardian's own mail (From one of `email.guardians.emails`) is
 * held to the guardians' purposes instead.
 */
export const purposeCheck: Check = ({ draft, counterpart, analysis }) => {
  const policy = counterpart.policy;
  if (counterpart.kind !== 'therapist' || !policy || !analysis) return [];
  const guardian = isGuardian(draft.from, policy);
  const purposes = allowedPurposes(policy, guardian);
  const hits = analysis.body.purposes;
  const outside = hits.filter((h) => !purposes.includes(h.purpose));
  if (outside.length === 0) return [];
  const who = counterpartLabel(counterpart);
  const flagged = unique(outside.map((h) => h.purpose));
  const uses: MessagePart = guardian
    ? purposes.length
      ? { key: 'finding_msg_purpose_guardian', args: [who, list(purposes)] }
      : { key: 'finding_msg_purpose_guardian_notes', args: [who] }
    : purposes.length
      ? { key: 'finding_msg_purpose_uses', args: [who, list(purposes)] }
      : { key: 'finding_msg_purpose_uses_notes', args: [who] };
  const evidence: Evidence[] = outside
    .flatMap((h) => h.evidence)
    .slice(0, 20)
    .map((s) => ({ field: 'body', text: s.text.slice(0, 1000), start: s.start, end: s.end }));
  const { message, messageParts } = fromParts(
    uses,
    { key: 'finding_msg_purpose_looks_like', args: [list(unique(hits.map((h) => h.purpose)))] },
    ...flagged.map((p): MessagePart => ({ key: PURPOSE_ABOUT[p] })),
    ...instead(policy, flagged, guardian),
  );
  return [
    {
      id: 'purpose',
      severity: 'warning',
      message,
      // The English stand-in for a person with neither name nor address is not in the catalogue's
      // sentences: such a message stays English (docs/i18n.md).
      ...(labelIsOwn(counterpart) ? { messageParts } : {}),
      evidence,
    },
  ];
};

function isGuardian(from: string | undefined, policy: ContactPolicy): boolean {
  const guardians = policy.email.guardians;
  const own = from ? parseRecipient(from).address : undefined;
  return guardians !== undefined && own !== undefined && matchesAny(own, guardians.emails);
}

/** What email may be used for: a purpose with a channel of its own is not for email. */
export function allowedPurposes(policy: ContactPolicy, guardian = false): Purpose[] {
  const listed = guardian && policy.email.guardians ? policy.email.guardians.purposes : policy.email.purposes;
  const channels = policy.email.channels ?? {};
  return listed.filter((p) => channels[p] === undefined);
}

/** Where to go instead: the policy's channel for each flagged purpose, else the general advice. */
function instead(policy: ContactPolicy, flagged: Purpose[], guardian: boolean): MessagePart[] {
  const channels = policy.email.channels ?? {};
  const named = flagged.filter((p) => channels[p] !== undefined);
  const rest = flagged.filter((p) => channels[p] === undefined);
  const sentences = named.map((p) => channelSentence(p, channels[p]!));
  if (rest.length > 0 || sentences.length === 0) {
    const secure = policy.email.secureChannel;
    const general: MessagePart = guardian
      ? { key: 'finding_msg_purpose_parent_session' }
      : secure
        ? { key: 'finding_msg_purpose_session_or_secure', args: [secure.name, secure.url] }
        : { key: 'finding_msg_purpose_session_or_call' };
    if (named.length > 0) sentences.push({ key: 'finding_msg_purpose_for_rest', args: [list(rest)] });
    sentences.push(general);
  }
  return sentences;
}

/** "For therapy content, use Client portal: https://…" from one channel of the policy. */
export function channelSentence(purpose: Purpose, channel: Channel): MessagePart {
  switch (channel.kind) {
    case 'portal':
      return {
        key: 'finding_msg_purpose_portal',
        args: [phrase(purpose), channel.name ?? { phrase: 'phrase_secure_portal' }, channel.url],
      };
    case 'phone':
      return channel.name
        ? { key: 'finding_msg_purpose_phone', args: [phrase(purpose), channel.name, channel.phone] }
        : { key: 'finding_msg_purpose_phone_number', args: [phrase(purpose), channel.phone] };
    case 'session':
      return { key: 'finding_msg_purpose_session', args: [phrase(purpose)] };
  }
}
