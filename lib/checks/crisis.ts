import type { RiskHit, RiskKind } from '../analysis/types';
import { crisisLinesFor } from '../crisis/lines';
import { telHref } from '../policy/phone';
import type { Check } from './context';
import type { Evidence, Finding } from './finding';

const KIND_WORDS: Record<RiskKind, string> = {
  'wish-to-die': 'wishing to be dead',
  'suicidal-thoughts': 'thoughts of suicide',
  method: 'a way to end your life',
  intent: 'meaning to act',
  plan: 'a plan',
  preparation: 'getting ready',
  'self-harm': 'hurting yourself',
  'harm-to-others': 'harming someone else',
};

/**
 * `crisis` (docs/interfaces.md, "Findings"): risk-of-harm language in a draft to the therapist, whatever the
 * policy says. Critical for the writer's own current or intended harm; info when every mention
 * was lowered (negated, idiom, past, someone else's, quoted). Both carry the crisis lines, so
 * resources are never hidden. It never blocks: the dialog keeps "Send anyway".
 */
export const crisisCheck: Check = ({ counterpart, analysis, userRegion }) => {
  if (counterpart.kind !== 'therapist' || !analysis) return [];
  const hits = [...analysis.body.risk, ...analysis.subject.risk];
  if (hits.length === 0) return [];
  const current = hits.filter((h) => h.level === 'current');
  const lines = crisisLinesFor(userRegion, counterpart.policy?.emergency.region);
  const note = counterpart.policy?.emergency.note;
  const practicePhone = counterpart.policy?.emergency.practicePhone;
  const practice = counterpart.policy?.therapist.practice;
  const finding: Finding = {
    id: 'crisis',
    severity: current.length > 0 ? 'critical' : 'info',
    message:
      current.length > 0
        ? `What you wrote sounds like ${describe(current)}. You deserve help right now, not after an email is read: ` +
          `${counterpart.name || 'your therapist'} may not see this for hours or days. Please call or text one of these lines now. ` +
          `You can still send your message too.`
        : `Some words here are about harm (${describe(hits)}), though it seems not about you right now. ` +
          `If that is not quite right, these lines are there at any hour.`,
    evidence: evidenceOf(analysis, hits),
    crisis: {
      region: lines.region,
      lines: lines.lines.map((l) => ({
        name: l.name,
        description: l.description,
        number: l.number,
        hours: l.hours,
        ...(l.descriptionKey ? { descriptionKey: l.descriptionKey } : {}),
        ...(l.hoursKey ? { hoursKey: l.hoursKey } : {}),
        ...(l.emergency ? { emergency: true } : {}),
        ...(l.unconfirmed ? { unconfirmed: true } : {}),
        contacts: l.contacts.map((c) => ({ via: c.via, label: c.label, href: c.href })),
      })),
      ...(lines.fallback ? { fallback: lines.fallback } : {}),
      ...(note ? { therapistNote: note } : {}),
      ...(practicePhone
        ? {
            practiceLine: {
              label: `${practice || counterpart.name || 'Your therapist'}: urgent line`,
              number: practicePhone,
              href: telHref(practicePhone),
            },
          }
        : {}),
    },
  };
  return [finding];
};

function describe(hits: readonly RiskHit[]): string {
  return [...new Set(hits.map((h) => KIND_WORDS[h.kind]))].join(', ');
}

function evidenceOf(analysis: NonNullable<Parameters<Check>[0]['analysis']>, hits: readonly RiskHit[]): Evidence[] {
  return hits.slice(0, 20).map((h) => ({
    field: analysis.subject.risk.includes(h) ? 'subject' : 'body',
    text: h.evidence.text.slice(0, 1000),
    start: h.evidence.start,
    end: h.evidence.end,
  }));
}
