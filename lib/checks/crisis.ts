import type { RiskHit, RiskKind } from '../analysis/types';
import { crisisLinesFor } from '../crisis/lines';
import { telHref } from '../policy/phone';
import type { Check } from './context';
import { fromParts } from './english-message';
import type { Evidence, Finding, MessageArg, PhraseKey } from './finding';

/** What each kind of risk is called in the message (public/_locales/<lang>/messages.json). */
const KIND_PHRASES: Record<RiskKind, PhraseKey> = {
  'wish-to-die': 'phrase_risk_wish_to_die',
  'suicidal-thoughts': 'phrase_risk_suicidal_thoughts',
  method: 'phrase_risk_method',
  intent: 'phrase_risk_intent',
  plan: 'phrase_risk_plan',
  preparation: 'phrase_risk_preparation',
  'self-harm': 'phrase_risk_self_harm',
  'harm-to-others': 'phrase_risk_harm_to_others',
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
    ...(current.length > 0
      ? fromParts({
          key: 'finding_msg_crisis_current',
          args: [describe(current), counterpart.name || { phrase: 'phrase_your_therapist' }],
        })
      : fromParts({ key: 'finding_msg_crisis_lowered', args: [describe(hits)] })),
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
              ...label(practice || counterpart.name || { phrase: 'phrase_your_therapist_label' }),
              number: practicePhone,
              href: telHref(practicePhone),
            },
          }
        : {}),
    },
  };
  return [finding];
};

/** The kinds of risk found, each once, as a list ("thoughts of suicide and a plan"). */
function describe(hits: readonly RiskHit[]): MessageArg {
  return { list: [...new Set(hits.map((h) => KIND_PHRASES[h.kind]))].map((phrase) => ({ phrase })), type: 'and' };
}

/** "Calm Practice: urgent line", in English and as parts. */
function label(who: MessageArg) {
  const { message, messageParts } = fromParts({ key: 'finding_msg_crisis_practice_line', args: [who] });
  return { label: message, labelParts: messageParts };
}

function evidenceOf(analysis: NonNullable<Parameters<Check>[0]['analysis']>, hits: readonly RiskHit[]): Evidence[] {
  return hits.slice(0, 20).map((h) => ({
    field: analysis.subject.risk.includes(h) ? 'subject' : 'body',
    text: h.evidence.text.slice(0, 1000),
    start: h.evidence.start,
    end: h.evidence.end,
  }));
}
