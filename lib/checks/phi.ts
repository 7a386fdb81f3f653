import type { HealthCategory } from '../analysis/types';
import type { Check } from './context';
import { therapistLabel } from './context';
import type { Evidence } from './finding';

const CATEGORY_WORDS: Record<HealthCategory, string> = {
  diagnosis: 'a diagnosis',
  medication: 'medication',
  symptom: 'symptoms',
  treatment: 'treatment content',
  risk: 'risk',
};

/**
 * `phi` (CONTRACT.md §2), therapist role: a reply that is not end-to-end encrypted carries health
 * details (diagnosis, symptoms, medication, treatment content, risk).
 */
export const phiCheck: Check = ({ draft, therapist, analysis }) => {
  if (therapist.kind !== 'client' || draft.encryption === 'e2e' || !analysis) return [];
  const hits = analysis.body.health;
  if (hits.length === 0) return [];
  const kinds = [...new Set(hits.map((h) => CATEGORY_WORDS[h.category]))].join(', ');
  const channel = therapist.policy?.email.secureChannel;
  const evidence: Evidence[] = hits.slice(0, 20).map((h) => ({ field: 'body', text: h.evidence.text, start: h.evidence.start, end: h.evidence.end }));
  return [
    {
      id: 'phi',
      severity: 'warning',
      message:
        `This reply to ${therapistLabel(therapist)} mentions ${kinds}, and it is not end-to-end encrypted. ` +
        (channel
          ? `Send the clinical part through ${channel.name} (${channel.url}) and keep this email to logistics.`
          : 'Keep clinical details for the session or a secure channel, and keep this email to logistics.'),
      evidence,
    },
  ];
};
