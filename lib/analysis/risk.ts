import {
  hasPastYear,
  isDistantPast,
  isHypothetical,
  isNegated,
  sentenceLaughs,
  subjectOf,
  topicUse,
} from './context';
import { PILL } from './lexicon';
import { compileChecks, passes, type Found, type NetRule, type RuleChecks } from './net';
import { clauseStart, phraseIn, phrases, sentenceOf, spanOf, type Parsed } from './parse';
import type { RiskHit, RiskKind, RiskReason } from './types';

/**
 * Risk of harm (domain.md §4): the C-SSRS ladder (wish to be dead, suicidal thoughts, method,
 * intent, plan, preparation), self-harm and harm to others. Words about method and means count
 * on their own, without any feelings words. Context (negation, idiom, past, someone else, a
 * quotation, a hypothetical) lowers a hit; nothing here ever drops one.
 */

interface RiskRule extends NetRule {
  kind: RiskKind;
  /** self: the pattern names the writer; other: it names someone else; check: look for the subject. */
  who: 'self' | 'other' | 'check';
  /** A topic word ("suicide", "self-harm"): generic mentions are lowered. */
  topic?: boolean;
  /** An idiom ("this deadline is killing me"): always lowered. */
  idiom?: boolean;
  /** Past by nature (scars): lowered unless the sentence says it is recent. */
  past?: boolean;
  /** Accidental injuries ("burned myself cooking") are lowered as idiom. */
  accident?: boolean;
  /** Hyperbole when the sentence laughs ("I'm going to kill my brother lol"). */
  laugh?: boolean;
  /** Quantity of tablets: needs at least this many (or a dangerous amount in mg/g). */
  count?: number;
  /** Kind may be upgraded to intent/plan when the clause says so. */
  upgrade?: boolean;
  /** "I've been killing myself at the gym": a progressive with a busy complement is an idiom. */
  progressiveIdiom?: boolean;
  compiled?: ReturnType<typeof compileChecks>;
}

const ME = '(myself|my self|meself|mysef|myslef)';
const THEM = '(himself|herself|themselves|themself|yourself|yourselves)';
const OBJ_PEOPLE =
  '(boss|ex|husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|' +
  'brother|sister|son|daughter|kid|kids|baby|children|child|neighbor|neighbour|coworker|colleague|roommate|manager|' +
  'teacher|landlord|family|parents|uncle|aunt|cousin|ex-husband|ex-wife)';
/** Accidents: "burned myself on the stove", "cut my finger chopping onions", "hurt myself at the gym". */
const ACCIDENT = [
  'cooking', 'chopping', 'shaving', 'baking', 'ironing', 'stove', 'oven', 'frying pan', 'kettle', 'the iron',
  'curling iron', 'kitchen', 'accident', 'accidentally', 'by mistake', 'slipped', 'tripped', 'fell off', 'fell down',
  'at the gym', 'playing', 'lifting', 'skiing', 'gardening', 'hiking', 'football', 'soccer', 'tennis', 'workout',
  'paper cut', 'sunburn', 'on my bike', 'toaster', 'broken glass', 'vegetables', 'onion', 'onions', 'my knee',
  'my ankle', 'my back', 'pulled a muscle',
];
/** Words that make an injury deliberate whatever else the sentence says. */
const DELIBERATE = phrases([
  'on purpose', 'deliberately', 'intentionally', 'again', 'urge', 'urges', 'want', 'wanna', 'wanted', 'thinking',
  'thought', 'going to', 'gonna', 'will', 'might', 'scared', 'afraid', 'feel like', 'need to', 'tempted', 'keep', 'so i can',
]);
const ROUTINE_MEDS = [
  'refill', 'refilled', 'pharmacy', 'pharmacist', 'prescription', 'picked up', 'pick up', 'organizer', 'organiser',
  'weekly', 'daily', 'morning', 'mornings', 'evening', 'breakfast', 'lunch', 'dinner', 'with food', 'bedtime',
  'for the week', 'doctor', 'gp', 'psychiatrist', 'prescribed',
];
const HARM_FRAME = [
  'want', 'wanna', 'going', 'gonna', 'will', 'shall', 'might', 'could', 'would', 'urge', 'urges', 'thoughts', 'thought',
  'thinking', 'afraid', 'scared', 'worried', 'swear', 'plan', 'planning', 'fantasize', 'fantasizing', 'fantasies',
  'imagine', 'imagining', 'tempted', 'ready', 'intend', 'about to', 'wish i could', 'images', 'urging', 'feel like',
];
/** "I can't go on like this with my job": a situation to leave, not life. */
const JOB_CONTEXT = ['with my job', 'with this job', 'with work', 'at work', 'notice', 'quit', 'quitting', 'program', 'course', 'project', 'degree', 'lease', 'the relationship', 'this relationship'];
const CUT_NOT_NEXT = [
  'back', 'down', 'out', 'off', 'up', 'corners', 'class', 'classes', 'costs', 'ties', 'carbs', 'hair', 'it', 'the', 'school',
  'contact', 'sugar', 'calories', 'coffee', 'alcohol', 'meat', 'gluten', 'dairy', 'wood', 'paper', 'grass', 'people', 'them',
  'him', 'her', 'my hair', 'hours', 'shifts', 'a', 'an', 'some', 'his', 'their', 'your', 'our', 'costs', 'expenses', 'ties with',
  'into', 'in line', 'through', 'across', 'short', 'loose', 'corners', 'spending', 'budget', 'my losses', 'the cord',
];
const NOT_HARM_OBJECT = [
  'feelings', 'chances', 'career', 'reputation', 'pride', 'business', 'back', 'case', 'ego', 'plans', 'credit', 'score',
  'relationship', 'friendship', 'marriage', 'vibe', 'mood', 'battery', 'time',
];

function r(kind: RiskKind, who: RiskRule['who'], match: string, extra: Omit<Partial<RiskRule>, 'kind' | 'who' | 'match'> = {}): RiskRule {
  return { kind, who, match, ...extra };
}
const checks = (c: RuleChecks) => ({ checks: c });

export const RISK_RULES: RiskRule[] = [
  // ---- suicidal thoughts --------------------------------------------------------------------
  r('suicidal-thoughts', 'self', `{kill} ${ME}`, { upgrade: true, progressiveIdiom: true }),
  r('suicidal-thoughts', 'other', `{kill} ${THEM}`),
  r('suicidal-thoughts', 'self', '{end} my own? life', { upgrade: true }),
  r('suicidal-thoughts', 'self', '{take} my own life', { upgrade: true }),
  r('suicidal-thoughts', 'self', '{take} my life', { upgrade: true, ...checks({ notNext: ['back', 'into', 'in', 'seriously'] }) }),
  r('suicidal-thoughts', 'other', '{end} (his|her|their|your) own? life'),
  r('suicidal-thoughts', 'other', '{take} (his|her|their|your) own life'),
  r('suicidal-thoughts', 'check', '{end} it all', { upgrade: true }),
  r('suicidal-thoughts', 'check', '(thinking|thought|thoughts|think|thinkin) (about|of) ending (it|things|everything)', { upgrade: true }),
  r('suicidal-thoughts', 'check', '{want} to end it', { upgrade: true, ...checks({ notNext: ['with', 'between', 'for'] }) }),
  r('suicidal-thoughts', 'check', '(going to|gonna|will|ready to|about to|decided to|plan to|planning to|have to|need to) {end} (it|things|everything|it all)', { upgrade: true, ...checks({ notNext: ['with', 'between', 'for', 'on', 'at work'], notNear: ['relationship', 'contract', 'lease', 'call', 'meeting', 'session', 'therapy', 'subscription', 'friendship', 'marriage'] }) }),
  r('suicidal-thoughts', 'check', '(commit|committing|committed|commits|commiting) suicide', { upgrade: true }),
  r('suicidal-thoughts', 'check', 'suicidal', { topic: true }),
  r('suicidal-thoughts', 'check', 'suicide', { topic: true, upgrade: true }),
  r('suicidal-thoughts', 'check', '(kms|kys)', { laugh: true }),
  r('suicidal-thoughts', 'self', `{unalive} ${ME}`, { upgrade: true }),
  r('suicidal-thoughts', 'check', '(unalive|unaliving)'),
  r('suicidal-thoughts', 'self', `{off} ${ME}`, { upgrade: true }),
  r('suicidal-thoughts', 'check', '(thinking|thought|thoughts|think|fantasizing|fantasize|fantasies|dreaming|obsessing|obsessed) (about|of) (dying|death|being dead|not being here|not existing|not waking up)'),
  r('suicidal-thoughts', 'check', '(might|will|could|would|gonna|going to) do something (stupid|drastic|dangerous) to? myself?'),
  r('suicidal-thoughts', 'self', `what i (might|will|could|would|am going to) do to ${ME}`),
  r('suicidal-thoughts', 'self', `{do} something to ${ME}`),
  r('suicidal-thoughts', 'self', `not {feel} safe (with|around|by) ${ME}`),
  r('suicidal-thoughts', 'check', 'not {feel} safe (tonight|right now|anymore|alone|at night|today)'),
  r('suicidal-thoughts', 'check', 'not {feel} safe$'),
  r('suicidal-thoughts', 'self', `not safe (with|around|from|by) ${ME}`),
  r('suicidal-thoughts', 'check', `{feel} unsafe (with|around|by)? ${ME}?`),
  r('suicidal-thoughts', 'check', `(can|could) not (keep|stay) ${ME}? safe`),
  r('suicidal-thoughts', 'self', 'not sure i can (keep myself|stay) safe'),
  r('suicidal-thoughts', 'self', `not trust ${ME} (tonight|right now|alone|anymore|at the moment|around)`),
  r('suicidal-thoughts', 'check', '(urge|urges) to (die|end it|end my life|kill myself)'),
  // ---- wish to be dead ----------------------------------------------------------------------
  r('wish-to-die', 'check', '{want} to die', { upgrade: true, laugh: true, ...checks({ notNext: ['for', 'laughing', 'of'] }) }),
  r('wish-to-die', 'check', '{wish} to (die|be dead|disappear)'),
  r('wish-to-die', 'self', '{wish} i (was|were|had|would) (dead|died|never been born|not been born|never existed|never born)'),
  r('wish-to-die', 'self', '{wish} i (was|were) never born'),
  r('wish-to-die', 'self', '{wish} i could just? (die|disappear|vanish|not exist|stop existing|sleep forever|fall asleep forever|not wake up)'),
  r('wish-to-die', 'self', '{wish} i (would|could) just? (not|never) wake up'),
  r('wish-to-die', 'self', '(hope|hoping|pray|praying) i (do not|will not|never|dont|wont) wake up'),
  r('wish-to-die', 'self', '(hope|hoping|pray|praying) i (die|just die)'),
  r('wish-to-die', 'check', '{want} to be dead'),
  r('wish-to-die', 'check', '{want} to (disappear|vanish) (forever|for good|permanently)?', checks({ notNext: ['for a', 'to', 'into', 'under'] })),
  r('wish-to-die', 'check', '{want} to stop (existing|living|being alive|breathing)'),
  r('wish-to-die', 'check', '{want} to not (exist|be alive|be here|wake up|live|be around)'),
  r('wish-to-die', 'check', '{want} to sleep (forever|and never wake up|and not wake up)'),
  r('wish-to-die', 'check', '{want} (it|everything) all? to (end|stop|be over)', checks({ notNext: ['#Gerund', 'so', 'soon'] })),
  r('wish-to-die', 'check', '(not|never) {want} to (live|exist|continue|be alive)', { upgrade: true, ...checks({ notNext: ['with', 'in', 'there', 'like that', 'at', 'near', 'alone'] }) }),
  r('wish-to-die', 'check', '(not|never) {want} to wake up', checks({ notNext: ['early', 'at', 'before', 'for', 'so', 'tomorrow morning'] })),
  r('wish-to-die', 'check', '(not|never) {want} to (go on|keep going|keep living|carry on)', checks({ notNext: ['with', 'to', 'about', 'a', 'the'], notNear: JOB_CONTEXT })),
  r('wish-to-die', 'check', 'not {want} to be (here|around) (anymore|any more|any longer|now)'),
  r('wish-to-die', 'check', 'not {want} to be here$'),
  r('wish-to-die', 'self', '(not sure|not know if|not know whether) i (want|wanna) to (live|be alive|be here|keep going|go on|keep living|exist)'),
  r('wish-to-die', 'check', '(sleep|asleep|bed) and (not|never) wake up'),
  r('wish-to-die', 'check', '(not|never) wake up (again|ever again)'),
  r('wish-to-die', 'check', 'better off (dead|gone)'),
  r('wish-to-die', 'self', 'better off without me'),
  r('wish-to-die', 'self', 'better off if i (was|were|am) (dead|gone|not here|not around)'),
  r('wish-to-die', 'self', 'better off if i (died|disappeared)'),
  r('wish-to-die', 'self', 'better off if i (did not|never) exist'),
  r('wish-to-die', 'self', '(happier|better|easier|lighter) (off)? (if|when) i (just|simply|only|finally)? (was|were|am) (gone|dead|not here|not around)'),
  r('wish-to-die', 'self', '(happier|better|easier|lighter) (off)? (if|when) i (just|simply|only|finally)? (was not|were not|am not) (here|around|alive)'),
  r('wish-to-die', 'self', '(everyone|everybody|they|world|family|kids|people|all) (would|will)? be? (happier|better|easier) without me'),
  r('wish-to-die', 'self', 'if i (just|simply|only|finally)? (was|were) (gone|dead)'),
  r('wish-to-die', 'self', 'if i (just|simply|only|finally)? (disappeared|died|vanished)'),
  r('wish-to-die', 'self', 'if i (just|simply|only|finally)? (was not|were not) (here|around|alive) (anymore|any more|any longer)'),
  r('wish-to-die', 'self', '(nobody|no one|noone|no-one) would even? (miss|notice|care) (me|if i)'),
  r('wish-to-die', 'check', 'no (reason|point|purpose) (to|in|of) (live|living|life|go on|going on|keep living|keep going|be here|being here|wake up|waking up|stay alive|staying alive|exist|existing|carry on|carrying on|any of it|anything|trying|being alive)'),
  r('wish-to-die', 'check', 'not see (a|any|the)? (reason|point|purpose) (to|in|of) (live|living|life|go on|going on|keep living|keep going|be here|being here|wake up|waking up|stay alive|staying alive|exist|existing|carry on|carrying on|any of it|anything|being alive)'),
  r('wish-to-die', 'check', '(what is|whats) the point (of|in) (living|life|going on|anything|any of it|being alive|it all)'),
  r('wish-to-die', 'check', 'nothing left? to live for'),
  r('wish-to-die', 'check', 'not worth (living|being alive)'),
  r('wish-to-die', 'check', '(life|living) is not worth it'),
  r('wish-to-die', 'check', '(tired|sick|exhausted) of (living|being alive|existing|waking up|being here|life)', checks({ notNext: ['in', 'at', 'with', 'on'] })),
  r('wish-to-die', 'check', '(can|could) not (go on|keep going|carry on|keep living|live like this)', checks({ notNext: ['to', 'with', 'about', 'at'], notNear: JOB_CONTEXT })),
  r('wish-to-die', 'check', 'rather (be dead|die|not exist|not be alive|not be here)'),
  r('wish-to-die', 'check', 'ready to die'),
  r('wish-to-die', 'check', '(hoping|hope|wishing|wish|praying|pray) (i|that i|to) (crash|die|get hit|get killed|do not make it|have an accident|get in an accident|never come back|do not come back)'),
  r('wish-to-die', 'check', '(hoping|hope|wishing|wish|praying|pray) (a|the|some) (car|truck|bus|train|plane) (hits|kills|would hit|will hit) me'),
  r('wish-to-die', 'check', '(i am|im) (done|finished|through) (fighting|trying|with trying)'),
  r('wish-to-die', 'check', '(can not|cannot) (fight|keep fighting) (this|it|anymore|any more|any longer)'),
  r('wish-to-die', 'check', 'give up on (life|living)'),
  r('wish-to-die', 'check', '(done|finished) with (life|living|this life|being alive)'),
  r('wish-to-die', 'self', 'not care if i (die|live|wake up|do not wake up)'),
  r('wish-to-die', 'self', '(not|never) mind (dying|being dead|not waking up|if i died|if i die)'),
  // other languages (the most common phrases; rules further down are English only)
  r('wish-to-die', 'self', '(quiero|quisiera) (morir|morirme)'),
  r('wish-to-die', 'self', 'me quiero morir'),
  r('wish-to-die', 'self', 'no quiero (vivir|seguir viviendo)'),
  r('wish-to-die', 'self', 'veux mourir'),
  r('wish-to-die', 'self', 'envie de mourir'),
  r('wish-to-die', 'self', 'ich (will|möchte) sterben'),
  r('wish-to-die', 'self', 'will nicht mehr leben'),
  r('wish-to-die', 'self', '(quero|voglio) morrer'),
  r('wish-to-die', 'self', 'voglio morire'),
  r('suicidal-thoughts', 'self', '(quiero|voy a) matarme'),
  r('suicidal-thoughts', 'self', 'me voy a matar'),
  r('suicidal-thoughts', 'self', '(suicidarme|suicidio|me suicider|suicide-moi|selbstmord|suizid|uccidermi|suicidar|me matar)'),
  r('suicidal-thoughts', 'self', 'mich (umbringen|töten)'),
  r('suicidal-thoughts', 'self', 'vais me tuer'),
  // ---- method and means ----------------------------------------------------------------------
  r('method', 'check', `(bottle|bottles|handful|handfuls|stash|stockpile|pile|whole box|whole packet|whole pack|whole strip|whole bottle) of (my|the|these|those|his|her|all)? #Adjective? ${PILL}`, checks({ notNear: ROUTINE_MEDS })),
  r('method', 'check', `(box|boxes|packet|packets|pack|strip|strips|sheet|blister) of (my|the|these|those|his|her)? #Adjective? ${PILL}`, checks({ needBefore: ['took', 'take', 'taking', 'taken', 'swallow', 'swallowed', 'swallowing', 'downed', 'down'], window: 5 })),
  r('method', 'check', '{take} (all|every one|each one|the rest) of (them|my|the|those|these)', checks({ needNear: [...PILL.slice(1, -1).split('|'), '\u{1F48A}'] })),
  r('method', 'check', '{take} them all', checks({ needNear: [...PILL.slice(1, -1).split('|')] })),
  r('method', 'check', `{take} (all|the rest of|all of) my ${PILL}`),
  r('method', 'check', `(took|take|taking|taken|swallowed|swallow|swallowing|downed) (like|about|around|over)? #Value ${PILL}`, { count: 10 }),
  r('method', 'check', `(took|take|taking|taken|swallowed|swallow|swallowing|downed) (like|about|around|over)? #Value of (my|the|his|her)? ${PILL}`, { count: 10 }),
  r('method', 'check', `(took|take|taking|taken|swallowed|swallowing|downed) (like|about|around|over)? #Value (mg|milligrams|grams|g) (of)? ${PILL}?`, { count: 10 }),
  r('method', 'check', `too many ${PILL}`),
  r('method', 'check', '{overdose}', { topic: true, upgrade: true }),
  r('method', 'check', '(gonna|going to|might|could|will|wanna|want to|about to|thought about|thinking about|considering) od'),
  r('method', 'check', 'od (on|with)'),
  r('method', 'check', '(lethal|fatal|deadly|toxic) (dose|doses|amount|dosage|overdose|quantity|level)'),
  r('method', 'check', 'enough .{0,5} to (do it|die|end it|end it all|kill myself|not wake up|overdose|od|end my life|never wake up)'),
  r('method', 'check', '(engine|motor|car) (running|on|idling)', checks({ needNear: ['garage', 'closed', 'shut', 'hose', 'sealed', 'tape'] })),
  r('method', 'check', '{run} the (car|engine) (in|inside) the garage'),
  r('method', 'check', '(exhaust|tailpipe) (hose|pipe)', checks({ notNear: ['mechanic', 'repair', 'fixed', 'replace', 'replaced'] })),
  r('method', 'check', 'how (many|much)', checks({ needAfter: ['it would take', 'would it take', 'does it take', 'it takes', 'to die', 'to kill', 'would kill', 'is lethal', 'is fatal', 'would be lethal', 'would be enough', 'is enough to', 'to overdose', 'to od', 'until i die', 'to not wake up', 'before i die', 'it would need'], window: 10 })),
  r('method', 'check', '(easiest|quickest|fastest|best|painless|painlessly|surest|simplest|cleanest) (way|ways|method|methods) to (die|go|kill myself|end it|end my life|overdose|do it)', checks({ notNext: ['to', 'there', 'home', 'about', 'through'] })),
  r('method', 'check', 'noose'),
  r('method', 'check', `{take} (every|each|all the|all of the) (single)? #Adjective? ${PILL}`),
  r('method', 'check', '(looking|staring|stare|look|looked|stared|standing|stood|sitting|sat|leaning) (at|on|over|off|down from|down at)? the (bridge|ledge|tracks|railway|railroad|cliff|edge|rooftop|roof|overpass|balcony|platform edge)', checks({ needNear: ['lately', 'a lot', 'every day', 'every night', 'again', 'keep', 'easy', 'thinking', 'think', 'tonight', 'right now', 'down', 'jump', 'jumping', 'fall', 'falling', 'hours', 'alone'], notNear: ['view', 'photo', 'picture', 'sunset', 'tour', 'walk with', 'smoking', 'smoke'] })),
  // A rope in a draft to a therapist is rarely anything else; hobbies and idioms are left out.
  r('method', 'check', '(rope|ropes)', checks({ notPrev: ['jump', 'skipping', 'skip', 'climbing', 'tow', 'the', 'learn the', 'learning the', 'know the', 'show you the', 'on the'], notNext: ['course', 'swing', 'bridge', 'ladder', 'lights', 'access', 'in'], notNear: ['climbing', 'climb', 'camping', 'sailing', 'boat', 'dog', 'swing', 'gym', 'tug of war', 'knots class', 'crossfit', 'workout', 'hammock', 'tent', 'rope lights'] })),
  r('method', 'check', '(the|a|my) rope (in|from|under|over)', checks({ notNear: ['climbing', 'climb', 'camping', 'sailing', 'boat', 'dog', 'swing', 'gym', 'tent', 'hammock'] })),
  r('method', 'check', '(gun|guns|pistol|handgun|rifle|shotgun|firearm|revolver|glock)', checks({ needNear: ['bought', 'buy', 'buying', 'got a', 'loaded', 'load', 'loading', 'holding', 'held', 'hold', 'my head', 'my mouth', 'trigger', 'bullets', 'bullet', 'ammo', 'ammunition', 'thinking about', 'thinking of', 'think about', 'nightstand', 'drawer', 'pick up', 'picked up', 'under my', 'keep thinking', 'cleaning', 'the safe', 'have a', 'have access', 'access to'], notNear: ['range', 'license', 'licence', 'hunting', 'water', 'nerf', 'toy', 'game', 'movie', 'news', 'shooting at', 'video game'] })),
  r('method', 'self', '(gun|pistol|barrel|knife|blade) (to|in|against|into) my (head|temple|mouth|chest|throat|wrist|wrists)'),
  r('method', 'self', '{blow} my brains out'),
  r('method', 'check', 'pull the trigger'),
  r('method', 'self', `{hang} ${ME}`, { upgrade: true }),
  r('method', 'other', `(hang|hanged|hung|hanging|shoot|shot|shooting|drown|drowned|drowning|poison|poisoned|gas|gassed|stab|stabbed|suffocate|suffocated|electrocute|electrocuted) ${THEM}`),
  r('method', 'self', `{shoot} ${ME}`, { upgrade: true, ...checks({ notNext: ['in the foot', 'a', 'an'] }) }),
  r('method', 'self', `(drown|drowning|drowned|poison|poisoning|poisoned|suffocate|suffocating|stab|stabbing|stabbed|strangle|strangling|electrocute|gas|gassing|starve|starving) ${ME}`, { upgrade: true, ...checks({ notNext: ['in work', 'in paperwork', 'with work', 'in debt'] }) }),
  r('method', 'check', '{jump} (off|from) (a|the|my|that|this|our)? #Adjective? (bridge|building|roof|rooftop|balcony|ledge|cliff|overpass|window|tower|car park|parking garage|platform|train|highway)'),
  r('method', 'check', '{jump} (in front of|under) (a|the)? (train|bus|car|truck|lorry|traffic|subway|tube)'),
  r('method', 'check', '{step} (in front of|into) (a|the)? (train|bus|car|truck|lorry|traffic|oncoming traffic)'),
  r('method', 'self', `{throw} ${ME} (off|in front of|under|from)`),
  r('method', 'check', '(thinking|thought|think|urge|urges|considering|considered|tempted) (about|of|to)? (just)? jump', { upgrade: true }),
  r('method', 'check', '(thinking|thought|think|urge|urges|considering|considered|tempted) (about|of|to)? (just)? jumping', { upgrade: true, ...checks({ notNext: ['in', 'into', 'on', 'at', 'back', 'rope', 'ship'] }) }),
  r('method', 'check', '{walk} into (the)? (sea|ocean|lake|river|traffic)'),
  r('method', 'self', '(picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visualize|visualizing|fantasize|fantasizing) myself (hanging|dead|jumping|dying|falling|bleeding|in a coffin|overdosing|drowning|being dead)'),
  r('method', 'check', '(hanging|hang|hung) (from|off) (the|a|my)? (beam|ceiling|rafter|rafters|tree|banister|door|rope|bridge|light fixture|closet rod|railing)'),
  r('method', 'check', '{drive} (my car|the car)? (into|off) (a|the)? (tree|wall|bridge|cliff|river|lake|oncoming traffic|traffic|barrier|pole|ravine|truck)'),
  r('method', 'check', '{crash} (my|the) car (on purpose|deliberately|into)'),
  r('method', 'check', '{swerve} (into|off)'),
  r('method', 'check', '(turning|turn|jerk|jerking|yank|yanking|turned) the wheel', checks({ needBefore: ['think', 'thinking', 'thought', 'urge', 'urges', 'tempted', 'imagine', 'imagining', 'want', 'wanted', 'wanting', 'about'], window: 4 })),
  r('method', 'check', 'let go of the wheel', checks({ needBefore: ['think', 'thinking', 'thought', 'urge', 'tempted', 'want', 'wanted', 'about'], window: 4 })),
  r('method', 'check', '(antifreeze|bleach|rat poison|weed killer|pesticide|drain cleaner|paraquat|cyanide|poison|arsenic|insecticide|weedkiller)', checks({ needNear: ['drink', 'drinking', 'drank', 'drunk', 'swallow', 'swallowing', 'swallowed', 'taste', 'how much', 'enough', 'lethal', 'thinking', 'thought', 'ingest', 'chug', 'down it', 'mix', 'mixing'], notNear: ['accidentally', 'accident', 'dog', 'cat', 'kid', 'child', 'toddler', 'baby'] })),
  r('method', 'check', 'exit bag'),
  r('method', 'check', 'helium (tank|bag|hood|and a bag)', checks({ needNear: ['bought', 'ordered', 'have', 'got', 'thinking', 'thought'] })),
  r('method', 'check', 'carbon monoxide', checks({ needNear: ['car', 'garage', 'hose', 'tape', 'thinking', 'thought', 'myself'], notNear: ['detector', 'alarm', 'leak', 'boiler', 'heater'] })),
  r('method', 'check', '(razor|razors|razor blade|razor blades|blade|blades|box cutter|boxcutter|scalpel|knife|knives|scissors|sharpener)', checks({ needNear: ['cut', 'cutting', 'cuts', 'self harm', 'selfharm', 'urge', 'urges', 'bleed', 'bleeding', 'blood', 'wrist', 'wrists', 'thigh', 'thighs', 'skin', 'already have', 'hidden', 'hide', 'hid', 'hiding', 'relapse', 'relapsed', 'under my', 'took apart', 'take apart', 'keep thinking', 'thinking about', 'thought about', 'my drawer', 'my bag', 'my room', 'staring at'], notNear: ACCIDENT })),
  r('method', 'check', `(counted|counting|lined|lining|laid|laying|sorted|piled|spread|crushed|crushing) (out|up)? (all)? (my|the|some)? ${PILL}`, checks({ notNear: ROUTINE_MEDS })),
  r('method', 'check', `${PILL} (counted|lined|laid|sorted|piled|spread|crushed) (out|up)?`, checks({ notNear: ROUTINE_MEDS })),
  r('method', 'check', `${PILL} (in front of me|ready|on my desk|on the table|next to me|beside me)`, checks({ notNear: ROUTINE_MEDS })),
  // ---- plan ------------------------------------------------------------------------------------
  r('plan', 'check', '(have|got|made|make|making|came up with|worked out|figured out|had) a plan', checks({ needAfter: ['kill', 'die', 'end', 'suicide', 'overdose', 'od', 'hang', 'jump', 'hurt myself', 'do it', 'take my', 'take all', 'end it'], window: 6 })),
  r('plan', 'self', 'know exactly? (how|when|where) i (would|will|am going to)? do it'),
  r('plan', 'check', '(picked|chosen|chose|decided on|picked out|settled on) (a|the|my) (method|way to do it|date to do it)'),
  r('plan', 'check', '(planned|planning|plan) (how|when|where) (to|i will|i would|i am going to) (do it|die|end it|kill myself|go)'),
  // ---- preparation ----------------------------------------------------------------------------
  r('preparation', 'check', '{give} away (my|all my|most of my|all of my)? (things|stuff|belongings|possessions|everything|cat|dog|pets|plants|jewelry|jewellery|guitar|savings|clothes|books)', checks({ notNear: ['moving', 'move', 'declutter', 'decluttering', 'donate', 'donating', 'charity', 'garage sale', 'yard sale', 'minimalism', 'minimalist', 'downsizing', 'downsize', 'old', 'outgrown', 'baby'] })),
  r('preparation', 'check', '{give} (my|all my|most of my|all of my) (things|stuff|belongings|possessions|cat|dog|pets|plants|jewelry|jewellery) (away|to)', checks({ notNear: ['moving', 'move', 'declutter', 'decluttering', 'donate', 'donating', 'charity', 'garage sale', 'yard sale', 'minimalism', 'minimalist', 'downsizing', 'downsize', 'old', 'outgrown', 'while', 'vacation', 'trip', 'away for'] })),
  r('preparation', 'check', '(suicide|goodbye|farewell|good-bye|final|last) (note|notes|letter|letters|message|messages|video|post)', checks({ notNext: ['from you', 'of the'], notNear: ['session', 'sessions', 'appointment', 'therapy ends', 'before i move', 'moving', 'project', 'work'] })),
  r('preparation', 'check', '(wrote|written|writing|write|left|leave|leaving|finished|prepared|drafted) (a|my|the|some)? (note|notes|letter|letters|message|messages) (to|for) (everyone|everybody|all|each|my kids|my children|my family|my parents|my friends|my wife|my husband|my partner|my son|my daughter|my sons|my daughters|my sister|my brother|my mom|my dad|the people|people|my loved ones|the kids)', checks({ notNear: ['thank you', 'thank-you', 'thanks', 'wedding', 'christmas', 'holiday', 'birthday', 'cards', 'invitations', 'shower', 'party', 'recommendation', 'reference', 'exercise', 'homework', 'younger self', 'unsent', 'like you suggested', 'we discussed'] })),
  r('preparation', 'check', 'this is goodbye'),
  r('preparation', 'self', '(said|told|say|tell) (everyone|everybody|them all|all of them) (what i needed to|what i wanted to|goodbye|that i love them)'),
  r('preparation', 'self', 'said what i (needed|wanted|had) to say to (everyone|everybody|them all|all of them|the people i love)'),
  r('preparation', 'check', '(goodbye|good-bye|farewell) (forever|for good|for ever|everyone|world|cruel world)'),
  r('preparation', 'check', '(my|a|one) (final|last) goodbye'),
  r('preparation', 'check', '(say|saying|said) (my)? (final|last)? (goodbye|goodbyes) (to everyone|to everybody|to the world|to you all|forever|for good)'),
  r('preparation', 'check', '(will not|not going to|wont) be (around|here) (much longer|for much longer|for long|anymore|any more|any longer|by then|to see)'),
  r('preparation', 'check', '(will not|not going to|wont) be alive'),
  r('preparation', 'self', '(when|after|once) i am (gone|dead|not here|not around)', checks({ notNext: ['for', 'to', 'on', 'from', 'away', 'at'] })),
  r('preparation', 'self', '(when|after|once) im (gone|dead)', checks({ notNext: ['for', 'to', 'on', 'from', 'away', 'at'] })),
  r('preparation', 'self', '(take|takes|taking|took|look|looks|looking|feed|feeds|adopt|adopts|rehome|keep|keeps) (care of|after)? (my|her|him|them|#Person|#ProperNoun|#Noun)', checks({ needNear: ['if anything happens to me', 'if something happens to me', 'when i am gone', 'after i am gone', 'once i am gone', 'if i am not around', 'if i am not here', 'when i am not here', 'when i am not around', 'after i die', 'if i die', 'when i die'], notNear: ['surgery', 'operation', 'hospital', 'procedure', 'travel', 'trip', 'flight', 'vacation', 'holiday', 'away', 'business'] })),
  r('preparation', 'self', '{put} my affairs in order'),
  r('preparation', 'check', `(stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|saving|saved|stashing|stashed|collecting|collected|keeping|kept|hiding|hid|hidden) (up)? (all)? (my|some|the|extra|a few|enough)? #Adjective? ${PILL}`, checks({ notNear: ['money', 'for later', 'expired', 'pharmacy', 'return', 'dispose', 'disposal', 'recycle'] })),
  r('preparation', 'check', `${PILL} (saved|saved up|stockpiled|stashed|hoarded|hidden|collected|put aside|set aside)`, checks({ notNear: ['money', 'for later', 'expired', 'return', 'dispose', 'disposal', 'recycle', 'for emergencies'] })),
  r('preparation', 'check', '(bought|buy|buying|ordered|order|ordering|purchased|got|getting) (a|some|the|more|new)? (rope|noose|gun|pistol|handgun|rifle|shotgun|helium|razor blades|blades|charcoal)', checks({ notNear: ['climbing', 'camping', 'boat', 'sailing', 'tow', 'dog', 'garden', 'hiking', 'grill', 'bbq', 'barbecue', 'drawing', 'art', 'shaving', 'shave', 'hunting', 'range', 'swing'] })),
  r('preparation', 'check', '(googled|googling|google|researched|researching|research|searched|searching|search|looked up|looking up|look up|read up on|reading up on)', checks({ needAfter: ['die', 'dying', 'kill myself', 'killing myself', 'suicide', 'overdose', 'od', 'lethal', 'painless', 'how many', 'how much', 'hang', 'hanging', 'methods', 'ways to', 'how long it takes', 'fatal'], notNear: ['hotline', 'helpline', 'lifeline', 'crisis line', '988', 'prevention', 'resources', 'support group', 'therapist', 'for my', 'homework', 'paper', 'essay', 'class'], window: 8 })),
  // ---- self-harm ---------------------------------------------------------------------------------
  r('self-harm', 'self', `{cut} ${ME}`, { accident: true, ...checks({ notNext: ['off', 'out', 'some', 'slack', 'short', 'free', 'loose', 'a break', 'in', 'down', 'up'] }) }),
  ...['{cut}', '{slit}', '{slash}', '{carve}', '{scratch}', '{burn}', '{stab}', '{scrape}'].map((verb) =>
    r('self-harm', 'self', `${verb} (into)? my (wrists|wrist|arms|thighs|thigh|forearms|forearm|legs|skin|stomach|hips|ankles|belly|throat)`, { accident: true, upgrade: true }),
  ),
  r('self-harm', 'other', '{cut} (his|her|their) (wrists|wrist|arms|thighs|forearms|legs|skin)'),
  r('self-harm', 'self', `{burn} ${ME}`, { accident: true, ...checks({ notNext: ['out'] }) }),
  r('self-harm', 'self', `{hurt} ${ME}`, { accident: true, upgrade: true }),
  r('self-harm', 'self', `{harm} ${ME}`, { upgrade: true }),
  r('self-harm', 'self', `(hit|hitting|punch|punched|punching|scratch|scratched|scratching|bite|bit|biting|slap|slapped|slapping) ${ME}`, { accident: true, ...checks({ notNext: ['up about', 'for'] }) }),
  r('self-harm', 'other', `(hurt|hurting|harm|harming|harmed|cut|cutting|burn|burned|burning) ${THEM}`),
  r('self-harm', 'self', '(bang|banged|banging|hit|hitting) my head (against|on|into)', { accident: true }),
  r('self-harm', 'check', 'self (harm|harmed|harming|harms|injury|injure|injured|injuring|mutilation|mutilate|mutilating|mutilated)', { topic: true }),
  r('self-harm', 'check', '(selfharm|selfharming|self-harm|self-harming|self-injury|sh urges)', { topic: true }),
  r('self-harm', 'check', '(started|start|starting|been|stopped|stop|quit|keep|kept|resisted|resist|resisting|relapsed|urge to|urges to|thinking about|thought about|went back to|back to|go back to|craving) cutting', checks({ notNext: CUT_NOT_NEXT })),
  r('self-harm', 'check', '(fresh|new|deep|deeper) (cuts|burns|wounds)'),
  r('self-harm', 'self', 'scars on my (arms|wrists|thighs|legs|stomach|hips|wrist|arm)', { past: true }),
  r('self-harm', 'check', '(urge|urges|urging|craving|cravings) to (cut|burn|bleed|hurt myself|harm myself|self harm)'),
  r('self-harm', 'check', '(until|till|til) (it|they|i|my skin|my arms) (bled|bleed|bleeds|was bleeding|were bleeding|started bleeding)', { accident: true }),
  r('self-harm', 'check', '(used to|stopped|started|start|quit|relapsed|urge to|urges to|want to|wanted to|going to|gonna) cut', checks({ notNext: CUT_NOT_NEXT })),
  // ---- harm to others ------------------------------------------------------------------------------
  ...['{kill}', '{hurt}', '{stab}', '{shoot}', '{strangle}', '{choke}', '{punch}', '{attack}', '{harm}', '{murder}', '{smother}', '{drown}', '{poison}', '{beat}'].flatMap((verb) => [
    r('harm-to-others', 'check', `${verb} (him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|#Person)`, { laugh: true, ...checks({ needBefore: HARM_FRAME, window: 6, notNext: NOT_HARM_OBJECT }) }),
    r('harm-to-others', 'check', `${verb} (my|his|her|their|that|the) ${OBJ_PEOPLE}`, { laugh: true, ...checks({ needBefore: HARM_FRAME, window: 6 }) }),
  ]),
  r('harm-to-others', 'check', '(beat|beating) (him|her|them|#Person) up', { laugh: true, ...checks({ needBefore: HARM_FRAME, window: 6 }) }),
  r('harm-to-others', 'check', 'know where (he|she|they|#Person) (lives|live|works|work|sleeps|parks|is staying|stays)', checks({ notNear: ['form', 'send', 'address', 'mail', 'post', 'deliver'] })),
  r('harm-to-others', 'check', '{bring} a (gun|knife|weapon) to (work|school|the office|class|church)'),
  r('harm-to-others', 'check', '{shoot} up (the|my|a)? (school|office|workplace|place|church|mall)'),
  r('harm-to-others', 'check', '(thoughts|thinking|images|urges|urge|fantasies|fantasizing|afraid|scared) (of|about|to) (hurting|harming|killing|stabbing|drowning|smothering|shaking|hitting|strangling|suffocating) (my|the|a|our)? (baby|kids|kid|son|daughter|children|child|partner|husband|wife|mom|dad|someone|people|newborn)'),
  r('harm-to-others', 'check', 'make (him|her|them) pay$', { laugh: true }),
  // ---- idioms: kept, lowered --------------------------------------------------------------------
  r('suicidal-thoughts', 'check', '(is|are|was|were|been|keeps|keep|be|gonna|going to) (killing|killin) me', { idiom: true }),
  r('suicidal-thoughts', 'check', '{kill} me now', { idiom: true }),
  r('suicidal-thoughts', 'check', '(killed|killing|kill|kills) it', { idiom: true, ...checks({ notPrev: ['want to', 'wanna', 'going to'] }) }),
  r('suicidal-thoughts', 'check', '(could|would) kill for', { idiom: true }),
  r('wish-to-die', 'check', '(dying|die|died|dead) (of|from|with) (laughter|laughing|embarrassment|boredom|curiosity|thirst|hunger|cringe|shame|jealousy|cuteness|suspense|envy)', { idiom: true }),
  r('wish-to-die', 'check', '(die|died|dying|dead) (laughing|of laughter)', { idiom: true }),
  r('wish-to-die', 'check', 'dying to (see|know|hear|try|meet|go|get|tell|read|watch|show|visit|find|talk|catch|share|ask|start|come|eat|taste|have|be)', { idiom: true }),
  r('wish-to-die', 'check', '(bored|scared|worried|sick|frightened|freezing|tickled|loved|love) to death', { idiom: true }),
  r('wish-to-die', 'check', 'to die for', { idiom: true }),
  r('wish-to-die', 'check', 'dead (tired|serious|set|wrong|right|center|centre|beat|on my feet)', { idiom: true }),
  r('wish-to-die', 'check', 'rather die than', { idiom: true }),
  r('wish-to-die', 'check', '(i am|im) (dead|deceased|dying)', { idiom: true, ...checks({ needNear: ['lol', 'lmao', 'haha', 'hahaha', 'omg', 'literally', '\u{1F602}', '\u{1F923}', '\u{1F480}'] }) }),
  r('method', 'self', `{shoot} ${ME} in the foot`, { idiom: true }),
];

for (const rule of RISK_RULES) if (rule.checks) rule.compiled = compileChecks(rule.checks);

// ---------------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
  dozen: 12, dozens: 24, hundreds: 200,
};

/** The quantity in a "took 30 tylenol" match meets the rule's minimum (pills, or a dangerous mg/g amount). */
function quantityOk(p: Parsed, a: number, b: number, min: number): boolean {
  let value = 0;
  let unit = '';
  for (let i = a; i < b; i++) {
    const t = p.toks[i]!;
    const digits = /^(\d+(?:\.\d+)?)/.exec(t.w);
    if (digits && t.tags.has('Value')) value = Math.max(value, Number(digits[1]));
    else if (NUMBER_WORDS[t.w]) value = Math.max(value, NUMBER_WORDS[t.w]!);
    if (/^(mg|milligrams?|grams?|g)$/.test(t.w)) unit = t.w;
    if (/^\d+(mg|g)$/.test(p.text.slice(t.start, t.end).toLowerCase().replace(/\s/g, ''))) unit ||= /mg$/i.test(p.text.slice(t.start, t.end)) ? 'mg' : 'g';
  }
  if (unit.startsWith('m')) return value >= 4000;
  if (unit) return value >= 4;
  return value >= min;
}

const INTENT = phrases([
  'going to', 'gonna', 'will', 'shall', 'decided', 'decide', 'ready to', 'about to', 'intend', 'intending', 'determined',
  'want to', 'wanna',
]);
const PLAN_WORDS = phrases(['plan', 'plans', 'planning', 'planned']);
const TIME = phrases([
  'tonight', 'tomorrow', 'this weekend', 'this week', 'next week', 'on #WeekDay', 'at #Time', 'after work',
  'after school', 'after everyone', 'when everyone', 'after the kids', 'this evening', 'this afternoon', 'on #Date',
  'by #Date', 'before #Date', 'when they are asleep', 'when he is asleep', 'when she is asleep',
]);
const FUTURE_ONLY_INTENT = phrases(['going to', 'gonna', 'will', 'shall', 'decided', 'decide', 'ready to', 'about to', 'intend', 'intending', 'determined']);

function upgradeKind(p: Parsed, kind: RiskKind, a: number): RiskKind {
  const c0 = clauseStart(p, a, 10);
  const [s0, s1] = sentenceOf(p, a);
  if (phraseIn(p, PLAN_WORDS, Math.max(s0, c0 - 2), a, a) >= 0) return 'plan';
  const intent = phraseIn(p, FUTURE_ONLY_INTENT, c0, a, a) >= 0;
  const wants = phraseIn(p, INTENT, c0, a, a) >= 0;
  const time = phraseIn(p, TIME, s0, s1, s1) >= 0;
  if (intent && time) return 'plan';
  if (intent) return 'intent';
  if (wants && time && kind === 'suicidal-thoughts') return 'plan';
  return kind;
}

const SEVERITY: Record<RiskKind, number> = {
  plan: 8, preparation: 7, intent: 6, method: 5, 'harm-to-others': 4, 'self-harm': 3, 'suicidal-thoughts': 2, 'wish-to-die': 1,
};

interface Cand {
  kind: RiskKind;
  reason: RiskReason | undefined;
  a: number;
  b: number;
  /** From an idiom pattern: it wins over the plainer match it contains ("rather die than" over "rather die"). */
  idiomRule?: boolean;
}

function classify(p: Parsed, rule: RiskRule, a: number, b: number, quoted: Uint8Array): Cand {
  let reason: RiskReason | undefined;
  if (rule.idiom) reason = 'idiom';
  if (!reason && rule.topic) {
    const use = topicUse(p, a, b);
    if (use === 'idiom') reason = 'idiom';
    else if (use === 'generic') reason = 'hypothetical';
    else if (use === 'by') reason = 'third-party';
  }
  if (!reason && quoted[a]) reason = 'quoted';
  if (!reason && rule.who === 'other') reason = 'third-party';
  if (!reason && rule.who === 'check' && subjectOf(p, a) === 'other') reason = 'third-party';
  if (!reason && rule.accident) {
    const [s0, s1] = sentenceOf(p, a);
    if (phraseIn(p, DELIBERATE, s0, s1, s1) < 0 && phraseIn(p, ACCIDENT_PHRASES, s0, s1, s1) >= 0) reason = 'idiom';
  }
  if (!reason && rule.progressiveIdiom && killingMyselfIdiom(p, a, b)) reason = 'idiom';
  if (!reason && rule.laugh && sentenceLaughs(p, a) && rule.kind === 'harm-to-others') reason = 'idiom';
  if (!reason && isNegated(p, a, b)) reason = 'negated';
  if (!reason && isHypothetical(p, a)) reason = 'hypothetical';
  if (!reason && (isDistantPast(p, a) || hasPastYear(p, a))) reason = 'past';
  if (!reason && rule.past) {
    const [s0, s1] = sentenceOf(p, a);
    if (phraseIn(p, phrases(['fresh', 'new', 'again', 'lately', 'recently', 'last night', 'yesterday', 'this week']), s0, s1, s1) < 0) reason = 'past';
  }
  let kind = rule.kind;
  if (!reason && rule.upgrade) kind = upgradeKind(p, kind, a);
  return rule.idiom ? { kind, reason, a, b, idiomRule: true } : { kind, reason, a, b };
}

const ACCIDENT_PHRASES = phrases(ACCIDENT);
const PROGRESSIVE = new Set(['been', 'am', 'was', 'were', 'is', 'are', 'be', 'keep', 'kept']);
const IDIOM_AFTER = phrases(['at', 'with', 'over', 'trying', 'working', 'studying', 'laughing', 'to finish', 'to get', 'to make', 'to meet', 'to keep', 'to please', 'for', 'on']);

/** "I've been killing myself at the gym", "killing myself trying to please everyone". */
function killingMyselfIdiom(p: Parsed, a: number, b: number): boolean {
  const prev = p.toks[a - 1];
  if (!prev || !PROGRESSIVE.has(prev.w)) return false;
  const [, s1] = sentenceOf(p, a);
  for (const ph of IDIOM_AFTER) if (b < s1 && ph.every((w, k) => p.toks[b + k]?.w === w)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Emoji: the pill emoji is among the strongest single signals crisis lines see (domain.md §4).

const PILL_EMOJI = '\u{1F48A}';
const ROUTINE_PHRASES = phrases([...ROUTINE_MEDS, 'take', 'took', 'taking', 'forgot', 'remember', 'remind', 'reminder', 'dose', 'am', 'pm']);

function emojiHits(p: Parsed, quoted: Uint8Array): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < p.toks.length; i++) {
    const t = p.toks[i]!;
    const surface = p.text.slice(t.start, t.end) + t.pre + t.post;
    if (!surface.includes(PILL_EMOJI)) continue;
    const count = surface.split(PILL_EMOJI).length - 1;
    const [s0, s1] = sentenceOf(p, i);
    if (count === 1 && phraseIn(p, ROUTINE_PHRASES, s0, s1, s1) >= 0) continue;
    const reason: RiskReason | undefined = quoted[i] ? 'quoted' : isNegated(p, i, i + 1) ? 'negated' : undefined;
    // the emoji may sit in the token's punctuation: point the evidence at it
    out.push({ kind: 'method', reason, a: i, b: i + 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function detectRisk(p: Parsed, found: readonly Found[], quoted: Uint8Array): RiskHit[] {
  const cands: Cand[] = [];
  for (const f of found) {
    if (f.concern !== 'risk') continue;
    const rule = RISK_RULES[f.index]!;
    if (rule.compiled && !passes(p, rule.compiled, f.a, f.b)) continue;
    if (rule.count && !quantityOk(p, f.a, f.b, rule.count)) continue;
    cands.push(classify(p, rule, f.a, f.b, quoted));
  }
  if (p.text.includes(PILL_EMOJI)) cands.push(...emojiHits(p, quoted));
  return resolve(p, cands);
}

/** One hit per stretch of text: overlapping candidates keep the current one, then the most severe, then the longest. */
function resolve(p: Parsed, cands: Cand[]): RiskHit[] {
  const better = (x: Cand, y: Cand): boolean => {
    if (x.idiomRule && !y.idiomRule && x.a <= y.a && y.b <= x.b) return true;
    if (y.idiomRule && !x.idiomRule && y.a <= x.a && x.b <= y.b) return false;
    if (!x.reason !== !y.reason) return !x.reason;
    if (SEVERITY[x.kind] !== SEVERITY[y.kind]) return SEVERITY[x.kind] > SEVERITY[y.kind];
    return x.b - x.a > y.b - y.a;
  };
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  const kept: Cand[] = [];
  for (const c of cands) {
    const overlapping = kept.findIndex((k) => c.a < k.b && k.a < c.b);
    if (overlapping < 0) kept.push(c);
    else if (better(c, kept[overlapping]!)) kept[overlapping] = c;
  }
  kept.sort((x, y) => x.a - y.a);
  return kept.map((c) => {
    const evidence = c.b - c.a === 1 && p.text.slice(p.toks[c.a]!.start, p.toks[c.a]!.end).length === 0 ? emojiSpan(p, c.a) : spanOf(p, c.a, c.b);
    const hit: RiskHit = { kind: c.kind, level: c.reason ? 'lowered' : 'current', evidence };
    if (c.reason) hit.reason = c.reason;
    return hit;
  });
}

function emojiSpan(p: Parsed, i: number) {
  const t = p.toks[i]!;
  const from = Math.max(0, t.start - t.pre.length);
  const idx = p.text.indexOf(PILL_EMOJI, from);
  const start = idx >= 0 ? idx : t.start;
  const end = idx >= 0 ? idx + PILL_EMOJI.length : t.end;
  return { text: p.text.slice(start, end), start, end };
}

// ---------------------------------------------------------------------------------------------
// Whole-draft rule: a farewell (thanks for everything + goodbye / no more sessions).

const GRATITUDE = /\bthank(?:s| you)(?: so much)? for (?:trying(?: to help(?: me)?)?|everything(?: you(?:'ve| have) done)?|all (?:that )?you(?:'ve| have) done|all your help|putting up with me|being there|not giving up on me)\b/gi;
const FINALITY = /\b(?:good-?bye(?! for now)|farewell|(?:or|any) (?:more |other )?sessions?\b(?! (?:next|this|on|at))|won'?t be (?:coming|back) (?:any ?more|again)|this is the end|my last (?:email|message))\b/i;

export function farewell(text: string): RiskHit[] {
  if (!FINALITY.test(text)) return [];
  const out: RiskHit[] = [];
  for (const m of text.matchAll(GRATITUDE)) {
    out.push({ kind: 'preparation', level: 'current', evidence: { text: m[0], start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Last resort when compromise cannot parse the text: plain patterns, never lowered.

const FALLBACK = /\b(kill(?:ing|ed)? myself|end(?:ing)? my life|suicid\w*|want(?:ed)? to die|better off dead|self[- ]?harm\w*|overdos\w*|cut(?:ting)? myself|hurt(?:ing)? myself)\b|\u{1F48A}/giu;

export function fallbackRisk(text: string): RiskHit[] {
  const out: RiskHit[] = [];
  for (const m of text.slice(0, 2_000_000).matchAll(FALLBACK)) {
    out.push({ kind: 'suicidal-thoughts', level: 'current', evidence: { text: m[0], start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
