import type { Purpose } from '../policy/contact-policy';

/** A piece of the analysed text: `text === analysed.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface PurposeHit {
  purpose: Purpose;
  evidence: Span[];
}

/** The C-SSRS ladder (wish to die … preparation) plus self-harm and harm to others. */
export type RiskKind =
  'wish-to-die' | 'suicidal-thoughts' | 'method' | 'intent' | 'plan' | 'preparation' | 'self-harm' | 'harm-to-others';

/** Why a risk hit was lowered; a lowered hit is still shown (as `crisis` info with resources). */
export type RiskReason = 'negated' | 'idiom' | 'past' | 'third-party' | 'quoted' | 'hypothetical';

export interface RiskHit {
  kind: RiskKind;
  /** 'current': the writer's own current or intended harm (a `critical` crisis finding). */
  level: 'current' | 'lowered';
  reason?: RiskReason;
  evidence: Span;
}

export type HealthCategory = 'diagnosis' | 'medication' | 'symptom' | 'treatment' | 'risk';

export interface HealthHit {
  category: HealthCategory;
  evidence: Span;
}

export interface Analysis {
  purposes: PurposeHit[];
  risk: RiskHit[];
  health: HealthHit[];
}
