import type { HealthCategory } from '../analysis/types';
import type { Check } from './context';
import { counterpartLabel, labelIsOwn } from './context';
import { fromParts } from './english-message';
import type { Evidence, PhraseKey } from './finding';

/** Each kind of health detail inside the sentence ("mentions a diagnosis and medication"). */
const CATEGORY_PHRASES: Record<HealthCategory, PhraseKey> = {
  diagnosis: 'phrase_health_diagnosis',
  medication: 'phrase_health_medication',
  symptom: 'phrase_health_symptom',
  treatment: 'phrase_health_treatment',
  risk: 'phrase_health_risk',
};

/**
 * `phi` (docs/interfaces.md, "Findings"), therapist role: a reply that is not end-to-end encrypted
 * carries health details (diagnosis, symptoms, medication, treatment content, risk).
 */
export const phiCheck: Check = ({ draft, counterpart, analysis }) => {
  if (counterpart.kind !== 'client' || draft.encryption === 'e2e' || !analysis) return [];
  const hits = analysis.body.health;
  if (hits.length === 0) return [];
  const kinds = [...new Set(hits.map((h) => CATEGORY_PHRASES[h.category]))].map((phrase) => ({ phrase }));
  const channel = counterpart.policy?.email.secureChannel;
  const evidence: Evidence[] = hits
    .slice(0, 20)
    .map((h) => ({ field: 'body', text: h.evidence.text, start: h.evidence.start, end: h.evidence.end }));
  const { message, messageParts } = fromParts(
    { key: 'finding_msg_phi', args: [counterpartLabel(counterpart), { list: kinds, type: 'and' }] },
    channel ? { key: 'finding_msg_phi_secure', args: [channel.name, channel.url] } : { key: 'finding_msg_phi_plain' },
  );
  return [
    {
      id: 'phi',
      severity: 'warning',
      message,
      // The English stand-in for a client with neither name nor address stays English (docs/i18n.md).
      ...(labelIsOwn(counterpart) ? { messageParts } : {}),
      evidence,
    },
  ];
};
