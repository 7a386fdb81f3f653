import { MED } from './lexicon';
import { compileChecks, passes, type Found, type NetRule, type RuleChecks } from './net';
import { spanOf, type Parsed } from './parse';
import type { HealthCategory, HealthHit, RiskHit } from './types';

/**
 * Health details (CONTRACT.md `phi`): diagnoses, medication, symptoms, treatment content and risk.
 * Meant for a therapist's reply to a client: logistics (times, links, receipts, forms, fees) stay
 * clean; anything that says what the client is being treated for, or how, is a health detail.
 */

interface HealthRule extends NetRule {
  category: HealthCategory;
  compiled?: ReturnType<typeof compileChecks>;
}

function h(category: HealthCategory, match: string, checks?: RuleChecks): HealthRule {
  return checks ? { category, match, checks } : { category, match };
}

export const HEALTH_RULES: HealthRule[] = [
  // ---- diagnoses ------------------------------------------------------------------------------
  h('diagnosis', '(depression|depressive|ptsd|cptsd|c-ptsd|ocd|bipolar|adhd|bpd|borderline personality|anorexia|anorexic|bulimia|bulimic|schizophrenia|schizoaffective|psychosis|psychotic|autism|autistic|asperger|aspergers|agoraphobia|dementia|alcoholism|alcoholic|addiction|gad|mdd|dysthymia|cyclothymia|hoarding disorder|trichotillomania|tourette|insomnia disorder|pmdd|postpartum|perinatal)'),
  h('diagnosis', '(anxiety|anxious|panic|phobia|phobias|social anxiety|health anxiety)', { notNext: ['about the', 'about rescheduling'] }),
  h('diagnosis', '(eating|mood|anxiety|panic|personality|substance use|use|stress|adjustment|attachment|sleep|bipolar|obsessive-compulsive|dissociative|conduct|binge eating|post-traumatic stress) disorder'),
  h('diagnosis', '#Adjective? disorder', { notPrev: ['in', 'no'] }),
  h('diagnosis', '(your|the|a|my|his|her|their|this) (diagnosis|diagnoses)', { notNext: ['code', 'codes', 'field', 'box'] }),
  h('diagnosis', '(diagnosed|diagnose|diagnosing|dx)'),
  h('diagnosis', '(assessment|evaluation|screening) (results|result|report|findings|score|scores)'),
  h('diagnosis', '(adhd|autism|psychiatric|psychological|neuropsych|diagnostic|trauma) (assessment|evaluation|testing|screening)'),
  // ---- medication -----------------------------------------------------------------------------
  h('medication', MED),
  h('medication', '(medication|medications|meds|antidepressant|antidepressants|ssri|ssris|snri|snris|benzo|benzos|benzodiazepine|benzodiazepines|mood stabilizer|mood stabiliser|antipsychotic|antipsychotics|stimulant|stimulants|sleeping pills|prescription|prescriptions|prescribed|prescribing|refill|refills)'),
  h('medication', '(dose|doses|dosage|dosing|taper|tapering|titrate|titrating|side effect|side effects|missed doses)'),
  h('medication', '#Value (mg|milligrams|mcg|ml)'),
  h('medication', '(mg|milligrams|mcg)'),
  // ---- symptoms -------------------------------------------------------------------------------
  h('symptom', '(panic attack|panic attacks|flashback|flashbacks|nightmare|nightmares|insomnia|intrusive thoughts|intrusive|dissociation|dissociating|dissociate|depersonalization|derealization|hallucination|hallucinations|voices|mania|manic|hypomanic|hypomania|mood swings|low mood|urges|urge|cravings|craving|compulsions|compulsion|rituals|obsessions|obsessive|triggers|triggered|hypervigilance|numbness|tearful|hopeless|hopelessness|anhedonia|brain zaps|withdrawal|nausea|weight gain|weight loss|appetite|relapse|relapsed|binge|binges|bingeing|binging|purging|purge|restricting|self-loathing|paranoia|paranoid)'),
  h('symptom', '(drinking|drinks|drank|drunk|alcohol|sober|sobriety|using again|blackout|blackouts|hangover)', { notPrev: ['coffee', 'water', 'tea'] }),
  h('symptom', '#Value (drinks|glasses|beers|shots|bottles)', { notNext: ['of water', 'of juice', 'of milk'] }),
  h('symptom', '(sleep window|sleep restriction|sleep problems|sleep diary|not sleeping|cannot sleep|trouble sleeping|sleeping badly)'),
  h('symptom', '(symptom|symptoms|setback|setbacks|manic episode|depressive episode)'),
  h('symptom', '(depressed|anxious|panicky|suicidal)'),
  // ---- treatment content ------------------------------------------------------------------------
  h('treatment', '(emdr|cbt|dbt|erp|act therapy|prolonged exposure|exposure therapy|exposure work|exposure ladder|exposure hierarchy|exposure|exposures|behavioral activation|behavioural activation|cognitive processing|schema therapy|trauma-focused|trauma focused|cbt-i|biofeedback|neurofeedback|tms)'),
  h('treatment', '(container exercise|safe place|thought record|thought records|food log|mood log|trauma timeline|trauma narrative|impact statement|worry time|opposite action|distress tolerance|chain analysis|diary card|wise mind|radical acceptance|cognitive distortions|core beliefs|inner child|parentification|attachment style|attachment wound|attachment wounds|grief work|grief|bereavement)'),
  h('treatment', '(relapse prevention|aa|12-step|twelve-step|sponsor|detox|rehab|iop|php|inpatient|outpatient program|partial hospitalization|intensive outpatient|hospital discharge|hospitalization|hospitalisation|psychiatrist|psychiatric|psychiatry)'),
  h('treatment', '(trauma|traumatic|abuse|abused|assault|assaulted|memories|memory|remembered|childhood)', { notNext: ['foam', 'card', 'stick'] }),
  h('treatment', '(what|as|like) we (discussed|talked about|explored|covered|worked on|went over) (about|regarding|with|around|on)? (your)? (mother|father|mom|mum|dad|parents|childhood|sister|brother|partner|marriage|ex|grief|trauma|anger|feelings|relationship|family|loss|body|eating|drinking|fears|fear|panic|anxiety|depression|shame)'),
  h('treatment', '(we have been|we are|we will|we will keep|keep|we can keep) (working|work) (on|through) (the|your)'),
  h('treatment', 'what you (remembered|shared|told me|described|wrote|disclosed) (about|regarding|in)'),
  h('treatment', '(your|the) (mother|father|mom|mum|dad|parents|stepdad|uncle|abuser) (said|did|was|is|used to)'),
  h('treatment', '(treatment|treatment plan|in treatment|treatment for)'),
  h('treatment', '(therapy homework|homework about|worksheet about|exercise about|homework on|worksheet on|exercise on) (your|the|my)? (trauma|grief|anger|anxiety|panic|depression|shame|feelings|mother|father|mom|dad|drinking|eating|body|fears|worries|core beliefs|self-esteem|triggers)'),
  // ---- risk -------------------------------------------------------------------------------------
  h('risk', '(safety plan|crisis plan|988|crisis line|crisis text line|crisis team|crisis service|samaritans|lifeline|hotline|helpline|741741)'),
  h('risk', '(suicidal|suicide|self-harm|self harm|selfharm|self-harming|self harming|self-injury|overdose|overdosed)'),
  h('risk', '(hurt|harm|kill|cut|hurting|harming|killing|cutting) yourself'),
  h('risk', '(end|ending|take|taking) your (own)? life'),
  h('risk', '(stay|keep yourself|keeping yourself|be) safe', { needNear: ['988', 'crisis', 'call', 'er', 'emergency', 'safety plan', 'urges', 'thoughts', 'tonight'] }),
  h('risk', '(nearest|the|an) (er|emergency room|emergency department|a&e)'),
  h('risk', 'go to (the)? (er|emergency room|emergency department|a&e|hospital)'),
  h('risk', '(risk assessment|means restriction|lethal means|at risk)'),
];

for (const rule of HEALTH_RULES) if (rule.checks) rule.compiled = compileChecks(rule.checks);

export function detectHealth(p: Parsed, found: readonly Found[], risk: readonly RiskHit[]): HealthHit[] {
  const hits: HealthHit[] = [];
  for (const f of found) {
    if (f.concern !== 'health') continue;
    const rule = HEALTH_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    hits.push({ category: rule.category, evidence: spanOf(p, f.a, f.b) });
  }
  // Risk language is a health detail at any level but idiom (a reply that mentions it carries it).
  for (const r of risk) if (r.reason !== 'idiom') hits.push({ category: 'risk', evidence: r.evidence });
  return dedupeHealth(hits);
}

/** One hit per stretch of text; risk wins over other categories, then the longest. */
export function dedupeHealth(hits: HealthHit[]): HealthHit[] {
  hits.sort((x, y) => x.evidence.start - y.evidence.start || y.evidence.end - x.evidence.end);
  const out: HealthHit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && hit.evidence.start < last.evidence.end) {
      if (hit.category === 'risk' && last.category !== 'risk') out[out.length - 1] = hit;
      continue;
    }
    out.push(hit);
  }
  return out;
}
