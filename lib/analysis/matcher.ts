import type { Parsed, Tok } from './parse';

/**
 * A compiled matcher for the subset of compromise match syntax the rules use, run over the tokens
 * of the one compromise parse (its words, contractions and tags).
 *
 * Why not `nlp.buildNet()` + `.sweep()`: measured on 2,000 words of drafts, one sweep of these
 * ~700 patterns cost about twice the parse itself (patterns whose words are common become
 * candidates in most sentences, and each candidate is matched from every term). Here each pattern
 * is indexed by the words of its rarest required slot, so a sentence only tries the patterns whose
 * anchor word it contains: the whole matching stays a small fraction of the parse.
 *
 * Syntax: `word`, `(a|b c|d)` (alternatives may be several words), `{root}` (any inflection),
 * `#Tag`, `.` (any term), a `?` or `{m,n}` suffix on any of these, `(word && #Tag)` (both on one
 * term), and `$` (end of sentence). A hyphenated word also matches as separate terms
 * ("self-harm" or "self harm"), as compromise splits some hyphenated words and not others.
 */

type Atom =
  | { kind: 'word'; word: string }
  | { kind: 'forms'; forms: ReadonlySet<string> }
  | { kind: 'tag'; tag: string }
  | { kind: 'any' }
  | { kind: 'and'; parts: Atom[] };

interface Slot {
  alts: Atom[][];
  min: number;
  max: number;
  end?: boolean;
}

export interface Pattern {
  source: string;
  slots: Slot[];
}

// ---------------------------------------------------------------------------------------------
// Inflections for {root}

const IRREGULAR: Record<string, string[]> = {
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  feel: ['felt'],
  hang: ['hung', 'hanged'],
  shoot: ['shot'],
  throw: ['threw', 'thrown'],
  drive: ['drove', 'driven'],
  do: ['did', 'done', 'does'],
  bring: ['brought'],
  burn: ['burnt'],
  blow: ['blew', 'blown'],
  put: [],
  cut: [],
  hurt: [],
  hit: [],
  bleed: ['bled'],
  beat: ['beaten'],
  write: ['wrote', 'written'],
  leave: ['left'],
  say: ['said'],
  think: ['thought'],
  go: ['went', 'gone'],
  get: ['got', 'gotten'],
  keep: ['kept'],
  tell: ['told'],
  buy: ['bought'],
  find: ['found'],
  make: ['made'],
  stab: ['stabbed', 'stabbing'],
  skip: ['skipped', 'skipping'],
  step: ['stepped', 'stepping'],
  cancel: ['cancelled', 'canceled', 'cancelling', 'canceling'],
  want: ['wanna'],
  off: ['offed', 'offing'],
  unalive: ['unalived', 'unaliving'],
  overdose: ['od', 'ODed', "od'd"],
  rebook: [],
  book: [],
};

export function inflections(root: string): Set<string> {
  const out = new Set([root]);
  for (const f of IRREGULAR[root] ?? []) out.add(f.toLowerCase());
  const stem = root.endsWith('e') ? root.slice(0, -1) : root;
  out.add(`${root}s`);
  out.add(/(s|x|z|ch|sh|o)$/.test(root) ? `${root}es` : `${root}s`);
  out.add(root.endsWith('e') ? `${root}d` : `${root}ed`);
  out.add(`${stem}ing`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(root)) {
    const last = root[root.length - 1]!;
    out.add(`${root}${last}ed`);
    out.add(`${root}${last}ing`);
  }
  if (/[^aeiou]y$/.test(root)) {
    out.add(`${root.slice(0, -1)}ies`);
    out.add(`${root.slice(0, -1)}ied`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing

function parseAtom(text: string): Atom {
  if (text.includes('&&')) return { kind: 'and', parts: text.split('&&').map((t) => parseAtom(t.trim())) };
  if (text === '.') return { kind: 'any' };
  if (text.startsWith('#')) return { kind: 'tag', tag: text.slice(1) };
  if (text.startsWith('{') && text.endsWith('}')) return { kind: 'forms', forms: inflections(fold(text.slice(1, -1))) };
  return { kind: 'word', word: fold(text) };
}

/** Compromise reads words without their accents ("möchte" -> "mochte"): patterns are read the same way. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** An alternative's words as atoms; hyphenated words give a second alternative with their parts split. */
function parseAlt(text: string): Atom[][] {
  if (text.includes('&&')) return [[parseAtom(text)]];
  let seqs: string[][] = [[]];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (/^[^#{].*\w-\w/.test(w)) {
      const parts = w.split('-').filter(Boolean);
      seqs = seqs.flatMap((s) => [
        [...s, w],
        [...s, ...parts],
      ]);
    } else {
      seqs = seqs.map((s) => [...s, w]);
    }
  }
  return seqs.map((s) => s.map(parseAtom));
}

function quantifier(src: string, i: number): { min: number; max: number; next: number } {
  if (src[i] === '?') return { min: 0, max: 1, next: i + 1 };
  const m = /^\{(\d*),(\d*)\}/.exec(src.slice(i));
  if (m) return { min: Number(m[1] || 0), max: m[2] ? Number(m[2]) : 8, next: i + m[0].length };
  return { min: 1, max: 1, next: i };
}

/**
 * Why a pattern's groups cannot be read, or undefined: a group inside a group (groups do not nest,
 * docs/analysis.md; it would be cut at its first ")" and silently match something else), a group
 * never closed, or a ")" with no group open.
 */
export function groupProblem(pattern: string): string | undefined {
  let open = false;
  for (const c of pattern) {
    if (c === '(') {
      if (open) return 'a group inside a group (groups do not nest)';
      open = true;
    } else if (c === ')') {
      if (!open) return 'a ")" with no group open';
      open = false;
    }
  }
  return open ? 'a group never closed' : undefined;
}

export function compile(source: string): Pattern {
  const slots: Slot[] = [];
  const src = source.trim();
  const problem = groupProblem(src);
  if (problem) throw new Error(`${problem}: ${source}`);
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    let body: string;
    let alts: Atom[][];
    if (c === '(') {
      const close = src.indexOf(')', i);
      body = src.slice(i + 1, close);
      alts = body.includes('&&') ? [[parseAtom(body)]] : body.split('|').flatMap((alt) => parseAlt(alt.trim()));
      i = close + 1;
    } else if (c === '$') {
      slots.push({ alts: [], min: 0, max: 0, end: true });
      i++;
      continue;
    } else {
      let j = i;
      if (c === '{') j = src.indexOf('}', i) + 1;
      else
        while (j < src.length && src[j] !== ' ' && src[j] !== '?' && src[j] !== '$' && !(src[j] === '{' && j > i)) j++;
      body = src.slice(i, j);
      alts = parseAlt(body);
      i = j;
    }
    const q = quantifier(src, i);
    i = q.next;
    slots.push({ alts, min: q.min, max: q.max });
  }
  return { source, slots };
}

// ---------------------------------------------------------------------------------------------
// Matching

function atomMatches(atom: Atom, tok: Tok): boolean {
  switch (atom.kind) {
    case 'word':
      return atom.word === tok.w || atom.word === tok.n || atom.word === tok.base;
    case 'forms':
      return atom.forms.has(tok.w) || atom.forms.has(tok.n);
    case 'tag':
      return tok.tags.has(atom.tag);
    case 'any':
      return true;
    case 'and':
      return atom.parts.every((a) => atomMatches(a, tok));
  }
}

function matchSeq(toks: readonly Tok[], seq: readonly Atom[], pos: number, end: number): number {
  for (const atom of seq) {
    if (pos >= end || !atomMatches(atom, toks[pos]!)) return -1;
    pos++;
  }
  return pos;
}

/** Match slots[si..] from token `pos` (sentence ends at `end`); the end position, or -1. */
function matchFrom(toks: readonly Tok[], slots: readonly Slot[], si: number, pos: number, end: number): number {
  if (si === slots.length) return pos;
  const slot = slots[si]!;
  if (slot.end) {
    let p = pos;
    while (p < end && toks[p]!.start === toks[p]!.end) p++; // trailing implicit terms
    return p === end ? matchFrom(toks, slots, si + 1, pos, end) : -1;
  }
  // A gap of any words (`.{0,8}`) is lazy: the shortest gap that lets the rest match, so a frame
  // ends at its nearest concept rather than reaching into the next clause.
  const lazy = slot.alts.length === 1 && slot.alts[0]!.length === 1 && slot.alts[0]![0]!.kind === 'any';
  const rep = (k: number, at: number): number => {
    if (lazy && k >= slot.min) {
      const r = matchFrom(toks, slots, si + 1, at, end);
      if (r >= 0) return r;
    }
    if (k < slot.max) {
      for (const alt of slot.alts) {
        const q = matchSeq(toks, alt, at, end);
        if (q > at) {
          const r = rep(k + 1, q);
          if (r >= 0) return r;
        }
      }
    }
    return k >= slot.min ? matchFrom(toks, slots, si + 1, at, end) : -1;
  };
  return rep(0, pos);
}

// ---------------------------------------------------------------------------------------------
// Index

/** Very common words make poor anchors. */
const COMMON = new Set([
  'i',
  'the',
  'a',
  'an',
  'to',
  'my',
  'and',
  'not',
  'is',
  'am',
  'are',
  'be',
  'of',
  'in',
  'on',
  'for',
  'it',
  'you',
  'me',
  'that',
  'this',
  'have',
  'do',
  'will',
  'was',
  'so',
  'with',
  'at',
  'we',
  'can',
  'would',
  'could',
  'if',
  'or',
  'but',
  'just',
  'your',
  'our',
  'all',
  'about',
  'what',
  'how',
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'been',
  'has',
  'had',
  'get',
  'go',
  'going',
  'there',
  'some',
  'up',
  'out',
  'one',
  'no',
  'any',
  'really',
  'so',
  'by',
  'from',
  'as',
]);

function keysOf(slot: Slot): string[] | undefined {
  const keys: string[] = [];
  for (const alt of slot.alts) {
    const first = alt[0];
    if (!first) return undefined;
    if (first.kind === 'word') keys.push(first.word);
    else if (first.kind === 'forms') keys.push(...first.forms);
    else if (first.kind === 'and') {
      const word = first.parts.find((a) => a.kind === 'word');
      if (!word || word.kind !== 'word') return undefined;
      keys.push(word.word);
    } else return undefined;
  }
  return keys;
}

function slotLength(slot: Slot): number {
  if (slot.end) return 0;
  return slot.max * Math.max(...slot.alts.map((a) => a.length));
}

interface Indexed<T> {
  id: number;
  pattern: Pattern;
  payload: T;
  /** Slot used as anchor and how many terms the slots before it can take at most. */
  anchor: number;
  maxPrefix: number;
}

export interface Match<T> {
  payload: T;
  a: number;
  b: number;
}

export class Matcher<T> {
  private readonly byKey = new Map<string, Indexed<T>[]>();
  private readonly unanchored: Indexed<T>[] = [];
  private count = 0;

  constructor(entries: readonly { match: string; payload: T }[]) {
    for (const { match, payload } of entries) {
      const pattern = compile(match);
      let best = -1;
      let bestKeys: string[] = [];
      let bestScore = Infinity;
      pattern.slots.forEach((slot, k) => {
        if (slot.min < 1 || slot.end) return;
        const keys = keysOf(slot);
        if (!keys) return;
        const score = keys.reduce((sum, key) => sum + (COMMON.has(key) ? 100 : 1), 0);
        if (score < bestScore) {
          best = k;
          bestKeys = keys;
          bestScore = score;
        }
      });
      const maxPrefix = best < 0 ? 0 : pattern.slots.slice(0, best).reduce((sum, s) => sum + slotLength(s), 0);
      const item: Indexed<T> = { id: this.count++, pattern, payload, anchor: best, maxPrefix };
      if (best < 0) {
        this.unanchored.push(item);
        continue;
      }
      for (const key of new Set(bestKeys)) {
        const list = this.byKey.get(key);
        if (list) list.push(item);
        else this.byKey.set(key, [item]);
      }
    }
  }

  /** Every match of every pattern; per pattern, overlapping matches keep the leftmost. */
  run(p: Parsed): Match<T>[] {
    const { toks, sentStart } = p;
    const out: Match<T>[] = [];
    const seen = new Map<Indexed<T>, number>(); // pattern -> end of its last kept match
    const tried = new Set<number>();
    for (let s = 0; s + 1 < sentStart.length; s++) {
      const s0 = sentStart[s]!;
      const s1 = sentStart[s + 1]!;
      tried.clear();
      const found: { item: Indexed<T>; a: number; b: number }[] = [];
      const attempt = (item: Indexed<T>, from: number, to: number) => {
        for (let start = Math.max(s0, from); start <= to && start < s1; start++) {
          const key = start * this.count + item.id;
          if (tried.has(key)) continue;
          tried.add(key);
          const b = matchFrom(toks, item.pattern.slots, 0, start, s1);
          if (b > start) found.push({ item, a: start, b });
        }
      };
      for (let t = s0; t < s1; t++) {
        const tok = toks[t]!;
        const keys = tok.w === tok.n ? [tok.w] : [tok.w, tok.n];
        if (tok.base !== tok.w) keys.push(tok.base);
        for (const key of keys) {
          const items = this.byKey.get(key);
          if (!items) continue;
          for (const item of items) attempt(item, t - item.maxPrefix, t);
        }
      }
      for (const item of this.unanchored) attempt(item, s0, s1 - 1);
      found.sort((x, y) => x.a - y.a || y.b - x.b);
      for (const f of found) {
        const lastEnd = seen.get(f.item);
        if (lastEnd !== undefined && f.a < lastEnd) continue;
        seen.set(f.item, f.b);
        out.push({ payload: f.item.payload, a: f.a, b: f.b });
      }
    }
    return out;
  }
}
