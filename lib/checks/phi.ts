import type { HealthCategory } from '../analysis/types';
import type { Check } from './context';
import { counterpartLabel } from './context';
import type { Evidence } from './finding';

const CATEGORY_WORDS: Record<HealthCategory, string> = {
  diagnosis: 'a diagnosis',
  medication: 'medication',
  symptom: 'symptoms',
  treatment: 'treatment content',
  risk: 'risk',
};

/**
 * `phi` (docs/interfaces.md, "Findings"), therapist role: a reply that is not end-to-end encrypted
 * carries health details (diagnosis, symptoms, medication, treatment content, risk).
 */
export const phiCheck: Check = ({ draft, counterpart, analysis }) => {
  if (counterpart.kind !== 'client' || draft.encryption === 'e2e' || !analysis) return [];
  const hits = analysis.body.health;
  if (hits.length === 0) return [];
  const kinds = [...new Set(hits.map((h) => CATEGORY_WORDS[h.category]))].join(', ');
  const channel = counterpart.policy?.email.secureChannel;
  const evidence: Evidence[] = hits
    .slice(0, 20)
    .map((h) => ({ field: 'body', text: h.evidence.text, start: h.evidence.start, end: h.evidence.end }));
  return [
    {
      id: 'phi',
      severity: 'warning',
      message:
        `This reply to ${counterpartLabel(counterpart)} mentions ${kinds}, and it is not end-to-end encrypted. ` +
        (channel
          ? `Send the clinical part through ${channel.name} (${channel.url}) and keep this email to logistics.`
          : 'Keep clinical details for the session or a secure channel, and keep this email to logistics.'),
      evidence,
    },
  ];
};
