import nlp from 'compromise';
import { readApostropheS } from './apostrophe-s';
import type { Span } from './types';

/**
 * One compromise parse of the text, flattened into tokens the rules can walk cheaply.
 * Every analysis (purposes, risk, health) reads this one parse: compromise runs once per text.
 */

export interface Tok {
  /** Lower-case word as compromise reads it: contractions expanded ("don't" -> "do", "not"). */
  w: string;
  /** Lower-case normal form as written ("don't", "wanna"). */
  n: string;
  /** `w` without a possessive "'s" ("mom's" -> "mom"). */
  base: string;
  /** Character offsets into the analysed text; an implicit token ("not" in "don't") is empty. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Sentence index. */
  s: number;
  pre: string;
  post: string;
}

export interface Parsed {
  text: string;
  toks: Tok[];
  /** First token index of each sentence; one extra entry at the end equal to `toks.length`. */
  sentStart: number[];
}

const NO_TAGS: ReadonlySet<string> = new Set();
const BLANK = /\n[^\S\n]*\n/;

/** Markup and entities, blanked out with spaces of the same length so that offsets do not move. */
const MARKUP = /<\/?[a-z][^<>]{0,300}>|&(?:[a-z]{2,8}|#\d{1,6}|#x[\da-f]{1,6});/gi;

export function parse(text: string): Parsed {
  const plain = text.includes('<') || text.includes('&') ? text.replace(MARKUP, (m) => ' '.repeat(m.length)) : text;
  const view = nlp(plain);
  view.compute('offset');
  const read: Tok[] = [];
  const canBeGerund: boolean[] = [];
  const docs = view.docs;
  let s = -1;
  for (let d = 0; d < docs.length; d++) {
    s++;
    const terms = docs[d]!;
    for (const term of terms) {
      const t = term as typeof term & {
        machine?: string;
        switch?: string;
        offset?: { start: number; length: number };
      };
      const raw = (t.machine || t.normal || '').toLowerCase().replace(/\u2019/g, "'");
      const normal = (t.normal || raw).toLowerCase().replace(/\u2019/g, "'");
      const offset = t.offset;
      let start = offset ? offset.start : read.length ? read[read.length - 1]!.end : 0;
      let end = offset ? offset.start + offset.length : start;
      // Offsets come from compromise; keep them inside the text whatever happens.
      if (!(start >= 0 && start <= text.length)) start = read.length ? read[read.length - 1]!.end : 0;
      if (!(end >= start && end <= text.length)) end = start;
      // A blank line ends a sentence even where compromise ran on ("Hi Maya,\n\nI took ..."),
      // so that a rule never spans two paragraphs and the draft reads as its paragraphs do.
      const prev = read[read.length - 1];
      if (prev && prev.s === s && BLANK.test(text.slice(prev.end, start))) s++;
      canBeGerund.push(t.switch === 'Noun|Gerund' || (t.tags?.has('Gerund') ?? false));
      read.push({
        w: raw,
        n: normal,
        base: raw.endsWith("'s") ? raw.slice(0, -2) : raw,
        start,
        end,
        tags: t.tags ?? NO_TAGS,
        s,
        pre: t.pre ?? '',
        post: t.post ?? '',
      });
    }
  }
  const toks = readApostropheS(read, canBeGerund);
  // First token of each sentence (a sentence may be empty), then the end.
  const sentStart: number[] = [];
  for (let k = 0, i = 0; k <= s; k++) {
    while (i < toks.length && toks[i]!.s < k) i++;
    sentStart.push(i);
  }
  sentStart.push(toks.length);
  return { text, toks, sentStart };
}

/** Token range [a, b) as a span of the text, leaving out empty implicit tokens at either end. */
export function spanOf(p: Parsed, a: number, b: number): Span {
  let first = a;
  // a match that starts on an implicit word ("not" of "don't") starts with the word that holds it
  const prev = p.toks[a - 1];
  if (prev && p.toks[a]!.end === p.toks[a]!.start && prev.end === p.toks[a]!.start && prev.s === p.toks[a]!.s)
    first = a - 1;
  while (first < b - 1 && p.toks[first]!.end === p.toks[first]!.start) first++;
  let last = b - 1;
  while (last > first && p.toks[last]!.end === p.toks[last]!.start) last--;
  const start = p.toks[first]!.start;
  let end = Math.max(start, p.toks[last]!.end);
  while (end > start && /\s/.test(p.text[end - 1]!)) end--; // a token's offset may take in the blank line after it
  return { text: p.text.slice(start, end), start, end };
}

export function sentenceOf(p: Parsed, i: number): [number, number] {
  const s = p.toks[i]!.s;
  return [p.sentStart[s]!, p.sentStart[s + 1]!];
}

/**
 * A phrase: words separated by spaces; a word may be "#Tag" (a compromise tag) or end in "*"
 * (prefix). Compiled once, matched against token words.
 */
export type Phrase = readonly string[];

export function phrases(list: readonly string[]): Phrase[] {
  // words are compared as compromise reads them: lower case, without accents
  return list.map((p) =>
    p.split(' ').map((w) => (w.startsWith('#') ? w : w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))),
  );
}

function wordMatches(tok: Tok, word: string): boolean {
  if (word.charCodeAt(0) === 35 /* # */) return tok.tags.has(word.slice(1));
  if (word.endsWith('*')) return tok.w.startsWith(word.slice(0, -1));
  return tok.w === word || tok.base === word;
}

/** Does `phrase` match the tokens starting at index i (not crossing `limit`)? */
export function phraseAt(p: Parsed, i: number, phrase: Phrase, limit: number): boolean {
  if (i + phrase.length > limit || i < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!wordMatches(p.toks[i + k]!, phrase[k]!)) return false;
  }
  return true;
}

/** Any of the phrases starting anywhere in [from, to) (the phrase may run up to `limit`). */
export function phraseIn(p: Parsed, list: readonly Phrase[], from: number, to: number, limit: number): number {
  for (let i = Math.max(0, from); i < to; i++) {
    for (const ph of list) if (phraseAt(p, i, ph, limit)) return i;
  }
  return -1;
}

/** Any of the phrases ending exactly at index `end` (exclusive), not before `floor`. */
export function phraseEndingAt(p: Parsed, list: readonly Phrase[], end: number, floor: number): boolean {
  for (const ph of list) {
    const i = end - ph.length;
    if (i >= floor && phraseAt(p, i, ph, end)) return true;
  }
  return false;
}

const CLAUSE_PUNCT = /[,;:()\u2013\u2014!?.\u2026"\u201c\u201d]|\s-\s|\n/;

/** Is there a clause break between token i and token i + 1? */
export function breakAfter(p: Parsed, i: number): boolean {
  const t = p.toks[i];
  if (!t) return true;
  if (CLAUSE_PUNCT.test(t.post)) return true;
  const next = p.toks[i + 1];
  if (!next || next.s !== t.s) return true;
  return CLAUSE_PUNCT.test(next.pre);
}

const ALWAYS_BREAK = new Set([
  'but',
  'because',
  'cause',
  'cuz',
  'though',
  'although',
  'however',
  'yet',
  'while',
  'whereas',
  'except',
  'unless',
  'anyway',
  'otherwise',
  'also',
]);
const SUBJECTS = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'it',
  'my',
  'his',
  'her',
  'their',
  'everyone',
  'nobody',
]);

/** Does a new clause begin at token i (a conjunction such as "but", or "and"/"or" before a new subject)? */
export function clauseStartsAt(p: Parsed, i: number): boolean {
  const t = p.toks[i];
  if (!t) return true;
  if (ALWAYS_BREAK.has(t.w)) return true;
  if (t.w === 'and' || t.w === 'or' || t.w === 'then' || t.w === 'so') {
    const next = p.toks[i + 1];
    return !!next && SUBJECTS.has(next.w);
  }
  return false;
}

/** Start index of the clause containing token i (scanning back at most `max` tokens). */
export function clauseStart(p: Parsed, i: number, max = 40): number {
  const [s0] = sentenceOf(p, i);
  let j = i;
  const floor = Math.max(s0, i - max);
  while (j > floor) {
    if (breakAfter(p, j - 1)) return j;
    if (clauseStartsAt(p, j - 1)) return j;
    j--;
  }
  return floor;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

/** Token range [from, to) of the paragraph (text between blank lines) holding token i. */
export function paragraphOf(p: Parsed, i: number): [number, number] {
  const at = p.toks[i]!.start;
  let start = 0;
  let end = p.text.length;
  for (const m of p.text.matchAll(PARAGRAPH_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  let from = i;
  while (from > 0 && p.toks[from - 1]!.start >= start) from--;
  let to = i;
  while (to < p.toks.length && p.toks[to]!.start < end) to++;
  return [from, to];
}
