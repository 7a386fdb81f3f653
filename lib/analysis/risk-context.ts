import { concept } from './rules';
import {
  breakAfter,
  clauseStart,
  clauseStartsAt,
  paragraphOf,
  phraseAt,
  phraseIn,
  phrases,
  sentenceOf,
  type Parsed,
} from './parse';

/**
 * Context around a risk phrase: negation (NegEx-like: trigger + scope window, per phrase),
 * quotation, who is speaking about whom, time (distant past), hypotheticals, generic mentions.
 * Each check looks only at the one phrase's own clause or sentence, so a negation elsewhere in the
 * sentence never clears a second, un-negated risk phrase.
 */

const FIRST_PERSON: ReadonlySet<string> = new Set(concept('first-person'));
const OTHER_PEOPLE: ReadonlySet<string> = new Set(concept('other-people'));

// ---------------------------------------------------------------------------------------------
// Negation

const NEG_TRIGGERS = new Set(['not', 'never', 'no', 'nothing', 'without', 'nor', 'neither', 'zero', 'none']);
/** Negation words that do not negate what follows ("can't stop", "not only", "no doubt"). */
const PSEUDO_AFTER = phrases(concept('pseudo-negation'));
/** Verbs whose clause complement a negation reaches ("I don't think I'd ever hurt myself"). */
const COMPLEMENT_VERBS = new Set([
  'think',
  'thought',
  'believe',
  'believed',
  'feel',
  'felt',
  'guess',
  'suppose',
  'expect',
  'imagine',
  'see',
  'mean',
  'plan',
  'intend',
  'that',
  'want',
  'ever',
]);
const POST_HEADS = new Set([
  'thoughts',
  'thought',
  'ideation',
  'urges',
  'urge',
  'feelings',
  'plans',
  'plan',
  'intent',
  'attempts',
  'behaviour',
  'behavior',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'they', 'we', 'you']);
/** "I can't promise I won't …": the first negation cancels the second. */
const CANCELLING = phrases(concept('cancelling-negation'));

/** Is the phrase at tokens [a, b) negated by a trigger in its own scope? */
export function isNegated(p: Parsed, a: number, b: number, window = 7): boolean {
  const [s0, s1] = sentenceOf(p, a);
  const floor = Math.max(s0, a - window);
  for (let j = a - 1; j >= floor; j--) {
    // the scope ends at a clause break between token j and the phrase
    if (breakAfter(p, j)) break;
    if (j + 1 < a && clauseStartsAt(p, j + 1)) break;
    const t = p.toks[j]!;
    if (NEG_TRIGGERS.has(t.w)) {
      let pseudo = false;
      for (const ph of PSEUDO_AFTER) if (phraseAt(p, j + 1, ph, s1) && j + 1 < a) pseudo = true;
      if (t.w === 'no' && phraseAt(p, j + 1, ['longer'], s1)) pseudo = false;
      // "not one dark thought": "one" is pseudo only after "no" ("no one would miss me")
      if (t.w === 'not' && phraseAt(p, j + 1, ['one'], s1)) pseudo = false;
      if (pseudo) continue;
      // "can't promise I won't": a cancelling negation just before this one
      if (phraseIn(p, CANCELLING, Math.max(s0, j - 6), j, j) >= 0) return false;
      return true;
    }
    if (SUBJECT_PRONOUNS.has(t.w)) {
      const prev = p.toks[j - 1];
      if (!prev || prev.s !== t.s || !COMPLEMENT_VERBS.has(prev.w)) break;
    }
  }
  // Post-negation: "suicidal thoughts: none", "thoughts of suicide? no"
  let end = b;
  while (end < s1 && end < b + 2 && POST_HEADS.has(p.toks[end]!.w)) end++;
  b = end;
  const last = p.toks[b - 1]!;
  if (/[:?\u2013\u2014-]/.test(last.post)) {
    const next = p.toks[b];
    const adjacent = next && (next.s === last.s || p.sentStart[next.s] === b);
    if (next && adjacent && /^(no|none|nope|never|zero|nil|n\/a)$/.test(next.w)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Quotation

const OPEN_QUOTES = /["\u201c\u201e\u00ab'\u2018]/;
const CLOSE_QUOTES = /["\u201d\u00bb'\u2019]/;
const MAX_QUOTE_TOKENS = 60;
const OWN_THOUGHT = phrases(concept('own-thought'));

/**
 * Per token: inside a quotation that is someone else's words (lyrics, a form, reported speech).
 * A quotation is only counted when it closes within a short distance, so a stray quote mark never
 * hides the rest of a draft. Quotes introduced as the writer's own thought ("I keep thinking
 * 'I want to die'") do not count.
 */
export function quotedMask(p: Parsed): Uint8Array {
  const mask = new Uint8Array(p.toks.length);
  const toks = p.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!OPEN_QUOTES.test(t.pre)) continue;
    // find the closing token
    let close = -1;
    for (let j = i; j < Math.min(toks.length, i + MAX_QUOTE_TOKENS); j++) {
      const u = toks[j]!;
      if (j > i && /\n\s*\n/.test(u.pre + toks[j - 1]!.post)) break;
      if (CLOSE_QUOTES.test(u.post)) {
        close = j;
        break;
      }
      if (j > i && OPEN_QUOTES.test(u.pre) && /["\u201c]/.test(u.pre)) break;
    }
    if (close < 0) continue;
    const [s0] = sentenceOf(p, i);
    const own = phraseIn(p, OWN_THOUGHT, Math.max(s0, i - 4), i, i) >= 0;
    if (!own) for (let j = i; j <= close; j++) mask[j] = 1;
    i = close;
  }
  return mask;
}

// ---------------------------------------------------------------------------------------------
// Whose experience is it?

/** Words that stop the subject scan without deciding it; object pronouns are never the subject ("I wrote them a letter"). */
const SKIP_SUBJECT = new Set(['it', 'this', 'that', 'who', 'which', 'what', 'him', 'them', 'us']);

/**
 * Who is the subject of the phrase at token a: 'self', 'other', or 'unknown' (no subject found;
 * the writer by default). Scans back within the clause for the nearest person word.
 */
const OWNER_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'the', 'a', 'an', 'this', 'that']);

export function subjectOf(p: Parsed, a: number): 'self' | 'other' | 'unknown' {
  const floor = clauseStart(p, a, 14);
  for (let j = a - 1; j >= floor; j--) {
    const t = p.toks[j]!;
    if (SKIP_SUBJECT.has(t.w)) continue;
    // An owner is not the subject: in "I have my dad's pills" the pills are his, the act is mine.
    // Its own determiner goes with it ("my" of "my dad's" says nothing of who acts).
    if (t.tags.has('Possessive') && !OWNER_DETERMINERS.has(t.w)) {
      while (j - 1 >= floor && OWNER_DETERMINERS.has(p.toks[j - 1]!.w)) j--;
      continue;
    }
    if (FIRST_PERSON.has(t.w)) return 'self';
    if (OTHER_PEOPLE.has(t.w) || OTHER_PEOPLE.has(t.base)) return 'other';
    if (t.tags.has('Person') && !t.tags.has('Pronoun')) return 'other';
  }
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Time: distant past

const PAST_MARKERS = phrases(concept('past-marker'));
const RECENT_MARKERS = phrases(concept('recent-marker'));

const RECOVERY = phrases(concept('recovery'));
/** A sentence of recovery that still tells of risk now ("better now, but lately it's back") is not one. */
const RECENT_RISK = phrases([
  'again',
  'tonight',
  'lately',
  'recently',
  'but',
  'coming back',
  'came back',
  'is back',
  'are back',
]);

/**
 * A distant-past mention ("years ago I tried") with no sign that it is back now. The past may be
 * set by the sentence itself, or, for a verb in the past tense, by the sentence just before or
 * after it ("I kept a stash of pills. That was six years ago."). A recent marker keeps the hit
 * current unless the sentence tells of recovery ("I'm in a much better place now").
 */
/** The next sentence of the same paragraph tells of recovery ("Two years ago I tried. I'm in a much better place now."). */
function recoveryNext(p: Parsed, a: number): boolean {
  const n = p.toks[a]!.s + 1;
  if (n + 1 >= p.sentStart.length) return false;
  const [n0, n1] = [p.sentStart[n]!, p.sentStart[n + 1]!];
  const [, to] = paragraphOf(p, a);
  return n1 <= to && phraseIn(p, RECOVERY, n0, n1, n1) >= 0 && phraseIn(p, RECENT_RISK, n0, n1, n1) < 0;
}

export function isDistantPast(p: Parsed, a: number): boolean {
  const [s0, s1] = sentenceOf(p, a);
  const recovered = phraseIn(p, RECOVERY, s0, s1, s1) >= 0 || recoveryNext(p, a);
  const recent = !recovered && phraseIn(p, RECENT_MARKERS, s0, s1, s1) >= 0;
  if (phraseIn(p, PAST_MARKERS, s0, s1, s1) >= 0) return !recent || hasYearBefore(p, s0, s1);
  if (recent || !pastTenseNear(p, a)) return false;
  const s = p.toks[a]!.s;
  const [from, to] = paragraphOf(p, a);
  for (const n of [s - 1, s + 1]) {
    if (n < 0 || n + 1 >= p.sentStart.length) continue;
    const [n0, n1] = [p.sentStart[n]!, p.sentStart[n + 1]!];
    if (n0 < from || n1 > to) continue; // only the same paragraph
    if (phraseIn(p, PAST_MARKERS, n0, n1, n1) >= 0 && phraseIn(p, RECENT_MARKERS, n0, n1, n1) < 0) return true;
  }
  return false;
}

/** The verb of the hit's clause is in the past tense ("I kept", "I tried"). */
function pastTenseNear(p: Parsed, a: number): boolean {
  const c0 = clauseStart(p, a, 8);
  for (let i = c0; i <= Math.min(a + 2, p.toks.length - 1); i++) if (p.toks[i]!.tags.has('PastTense')) return true;
  return false;
}

function hasYearBefore(p: Parsed, s0: number, s1: number): boolean {
  for (let i = s0; i < s1; i++)
    if (/^(19[5-9]\d|20[0-2]\d)$/.test(p.toks[i]!.w) && p.toks[i - 1]?.w === 'in') return true;
  return false;
}

/** A year such as "in 2015" counts as past on its own. */
export function hasPastYear(p: Parsed, a: number): boolean {
  const [s0, s1] = sentenceOf(p, a);
  return hasYearBefore(p, s0, s1);
}

// ---------------------------------------------------------------------------------------------
// Hypotheticals and generic mentions

const HYPOTHETICAL = phrases(concept('hypothetical'));
/** A wondering frame keeps an "if" clause as the writer's own thought ("I wonder what would happen if I died"). */
const WONDER = phrases(['wonder', 'wondering', 'wondered']);

export function isHypothetical(p: Parsed, a: number): boolean {
  const [s0] = sentenceOf(p, a);
  if (phraseIn(p, HYPOTHETICAL, s0, a, a) < 0) return false;
  return phraseIn(p, WONDER, s0, a, a) < 0;
}

const TOPIC_WORDS = phrases(concept('topic-frame'));
const GENERIC_NEXT = phrases(concept('generic-next'));
const LOST_TO = phrases(['lost', 'lose', 'losing', 'loses']);
const IDIOM_NEXT = phrases([
  'mission',
  'squad',
  'drill',
  'drills',
  'sprint',
  'sprints',
  'run',
  'runs',
  'doors',
  'door',
  'wings',
]);

/**
 * A topic word ("suicide", "self-harm", "overdose") used as a topic rather than the writer's
 * experience: "the form asks about self-harm and overdose history", "suicide prevention".
 */
export function topicUse(p: Parsed, a: number, b: number): 'generic' | 'idiom' | 'by' | undefined {
  const [s0, s1] = sentenceOf(p, a);
  if (phraseIn(p, IDIOM_NEXT, b, Math.min(s1, b + 1), s1) >= 0) return 'idiom';
  // look past "and"/"or"/"," to the next content word(s)
  let j = b;
  for (let k = 0; k < 4 && j < s1; k++) {
    if (phraseIn(p, GENERIC_NEXT, j, j + 1, s1) >= 0) return 'generic';
    const w = p.toks[j]!.w;
    if (w !== 'and' && w !== 'or' && w !== '/' && !p.toks[j]!.tags.has('Noun') && !p.toks[j]!.tags.has('Hyphenated'))
      break;
    j++;
  }
  if (p.toks[a - 1]?.w === 'by') return 'by';
  if (p.toks[a - 1]?.w === 'to' && phraseIn(p, LOST_TO, Math.max(s0, a - 5), a - 1, a) >= 0) return 'by';
  // a topic word before it ("the form asks about suicide"), with no "I" in between ("after that article I feel suicidal")
  const topic = phraseIn(p, TOPIC_WORDS, Math.max(s0, a - 6), a, a);
  if (topic >= 0 && !p.toks.slice(topic, a).some((t) => t.w === 'i')) return 'generic';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Laughter

const LAUGH_RE =
  /\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|(?<!\bnot |n't |\bno )(?:kidding|joking))\b|[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F643}\u{1F61C}\u{1F480}]/iu;

export function sentenceLaughs(p: Parsed, a: number): boolean {
  const [s0, s1] = sentenceOf(p, a);
  const start = p.toks[s0]!.start;
  const end = p.toks[s1 - 1]!.end + p.toks[s1 - 1]!.post.length;
  return LAUGH_RE.test(p.text.slice(start, Math.min(p.text.length, end + 3)));
}
