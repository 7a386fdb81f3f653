import type { Check } from './context';
import type { Evidence } from './finding';

/**
 * `sensitive-subject` (docs/interfaces.md, "Findings"): the subject line carries clinical or crisis content.
 * Subjects are not encrypted even with end-to-end encryption, and show in notifications and
 * inbox lists that others may see.
 */
export const sensitiveSubjectCheck: Check = ({ analysis }) => {
  if (!analysis) return [];
  const { subject } = analysis;
  const spans = [
    ...subject.risk.map((h) => h.evidence),
    ...subject.health.map((h) => h.evidence),
    ...subject.purposes.filter((p) => p.purpose === 'clinical').flatMap((p) => p.evidence),
  ];
  if (spans.length === 0) return [];
  const unique = spans.filter((s, i) => spans.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  const evidence: Evidence[] = unique
    .slice(0, 20)
    .map((s) => ({ field: 'subject', text: s.text, start: s.start, end: s.end }));
  return [
    {
      id: 'sensitive-subject',
      severity: 'warning',
      message:
        'The subject line says something personal. Subjects are never encrypted and show up in notifications ' +
        'and inbox lists that other people may see. Use a plain subject such as “Thursday” or “Question”, and keep the rest in the message.',
      messageKey: 'finding_msg_sensitive_subject',
      evidence,
    },
  ];
};
