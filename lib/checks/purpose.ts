import { PURPOSE_DESCRIPTIONS, PURPOSE_PHRASES } from '../policy/vocabulary';
import type { Check } from './context';
import { counterpartLabel } from './context';
import type { Evidence } from './finding';

/**
 * `purpose` (docs/interfaces.md, "Findings"): the draft serves a purpose outside the policy's `email.purposes`.
 * All detected purposes are listed; no purpose detected means no finding.
 */
export const purposeCheck: Check = ({ counterpart, analysis }) => {
  const policy = counterpart.policy;
  if (counterpart.kind !== 'therapist' || !policy || !analysis) return [];
  const hits = analysis.body.purposes;
  const outside = hits.filter((h) => !policy.email.purposes.includes(h.purpose));
  if (outside.length === 0) return [];
  const who = counterpartLabel(counterpart);
  const allowed = policy.email.purposes.map((p) => PURPOSE_PHRASES[p]);
  const detected = hits.map((h) => PURPOSE_PHRASES[h.purpose]).join(', ');
  const channel = policy.email.secureChannel;
  const instead = channel
    ? `Bring it to your next session, or use ${channel.name} (${channel.url}).`
    : 'Bring it to your next session, or ask for a call.';
  const evidence: Evidence[] = outside
    .flatMap((h) => h.evidence)
    .slice(0, 20)
    .map((s) => ({ field: 'body', text: s.text.slice(0, 1000), start: s.start, end: s.end }));
  return [
    {
      id: 'purpose',
      severity: 'warning',
      message:
        `${who} uses email ${allowed.length ? `for ${allowed.join(', ')}` : 'only as their notes say'}. ` +
        `This message looks like ${detected}: ${outside.map((h) => PURPOSE_DESCRIPTIONS[h.purpose].toLowerCase()).join('; ')}. ${instead}`,
      evidence,
    },
  ];
};
