import { matchesAny, parseRecipient } from '../policy/address';
import type { Channel, ContactPolicy, Purpose } from '../policy/contact-policy';
import { PURPOSE_DESCRIPTIONS, PURPOSE_PHRASES } from '../policy/vocabulary';
import type { Check } from './context';
import { counterpartLabel } from './context';
import type { Evidence } from './finding';

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
  const allowed = purposes.map((p) => PURPOSE_PHRASES[p]);
  const detected = hits.map((h) => PURPOSE_PHRASES[h.purpose]).join(', ');
  const uses = guardian
    ? `As a parent or guardian, you may write to ${who} by email ${allowed.length ? `only for ${allowed.join(', ')}` : 'only as their notes say'}.`
    : `${who} uses email ${allowed.length ? `for ${allowed.join(', ')}` : 'only as their notes say'}.`;
  const evidence: Evidence[] = outside
    .flatMap((h) => h.evidence)
    .slice(0, 20)
    .map((s) => ({ field: 'body', text: s.text.slice(0, 1000), start: s.start, end: s.end }));
  return [
    {
      id: 'purpose',
      severity: 'warning',
      message:
        `${uses} ` +
        `This message looks like ${detected}: ${outside.map((h) => PURPOSE_DESCRIPTIONS[h.purpose].toLowerCase()).join('; ')}. ` +
        instead(policy, [...new Set(outside.map((h) => h.purpose))], guardian),
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
function instead(policy: ContactPolicy, flagged: Purpose[], guardian: boolean): string {
  const channels = policy.email.channels ?? {};
  const named = flagged.filter((p) => channels[p] !== undefined);
  const rest = flagged.filter((p) => channels[p] === undefined);
  const sentences = named.map((p) => channelSentence(PURPOSE_PHRASES[p], channels[p]!));
  if (rest.length > 0 || sentences.length === 0) {
    const secure = policy.email.secureChannel;
    const general = guardian
      ? 'For more than that, ask for a parent session.'
      : secure
        ? `Bring it to your next session, or use ${secure.name} (${secure.url}).`
        : 'Bring it to your next session, or ask for a call.';
    sentences.push(named.length > 0 ? `For ${rest.map((p) => PURPOSE_PHRASES[p]).join(', ')}: ${general}` : general);
  }
  return sentences.join(' ');
}

/** "For therapy content, use Client portal: https://…" from one channel of the policy. */
export function channelSentence(phrase: string, channel: Channel): string {
  switch (channel.kind) {
    case 'portal':
      return `For ${phrase}, use ${channel.name ?? 'the secure portal'}: ${channel.url}.`;
    case 'phone':
      return `For ${phrase}, call ${channel.name ? `${channel.name} on ` : ''}${channel.phone}.`;
    case 'session':
      return `Bring ${phrase} to your next session.`;
  }
}
