import type { Tok } from './parse';

/**
 * compromise's choice between "X's" as a possessive and as "X is", corrected where a noun phrase
 * shows which it is (docs/analysis.md, "How a text is read"). compromise reads "my mum's sleeping
 * tablets" as "my mum is sleeping tablets" (a -ing word after 's is "is walking" to it), which made
 * the tablets someone else's act; and "my sister's sleeping" at the end of a clause as a possessive
 * ("the artist's painting").
 *
 * - `'s` + a -ing word or an adjective + a noun is one noun phrase, so the `'s` is a possessive:
 *   "my dad's sleeping pills", "the neighbour's barking dog", "my brother's old car".
 *   Not after a verb that takes an object or a complement rather than modifying a noun ("my mum's
 *   taking pills", "he's going home" stay "is"): see LIGHT_VERBS.
 * - `'s` + a word that can be a -ing verb, ending the clause, is "is": "my sister's sleeping."
 */

/** -ing forms that take an object or a complement and never stand before a noun as its kind. */
const LIGHT_VERBS = new Set([
  'being',
  'going',
  'getting',
  'having',
  'doing',
  'making',
  'taking',
  'giving',
  'keeping',
  'coming',
  'trying',
  'starting',
  'stopping',
  'becoming',
  'feeling',
  'seeming',
  'looking',
  'saying',
  'telling',
]);

const COPULA: ReadonlySet<string> = new Set(['Verb', 'Copula', 'Auxiliary']);
const CLAUSE_END = /[,;:()\u2013\u2014!?.\u2026"\u201c\u201d]|\s-\s|\n/;

const isImplicitIs = (t: Tok | undefined): boolean => !!t && t.start === t.end && t.w === 'is';
const isOwner = (t: Tok): boolean =>
  t.start < t.end && t.n.endsWith("'s") && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('QuestionWord');
const isHeadNoun = (t: Tok | undefined): boolean => !!t && t.tags.has('Noun') && !t.tags.has('Pronoun');
const ends = (t: Tok, next: Tok | undefined): boolean =>
  !next || next.s !== t.s || CLAUSE_END.test(t.post) || CLAUSE_END.test(next.pre);

function retag(t: Tok, remove: readonly string[], add: readonly string[]): Tok {
  const tags = new Set(t.tags);
  for (const tag of remove) tags.delete(tag);
  for (const tag of add) tags.add(tag);
  return { ...t, tags };
}

/**
 * The tokens with each "X's" read as the noun phrase around it says. `canBeGerund[i]`: compromise
 * knows token i as a -ing verb (tagged so, or a word it may read either way, "Noun|Gerund").
 */
export function readApostropheS(toks: readonly Tok[], canBeGerund: readonly boolean[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const is = toks[i + 1];
    const word = toks[i + 2];
    const noun = toks[i + 3];
    if (
      isOwner(t) &&
      isImplicitIs(is) &&
      word &&
      noun &&
      word.s === t.s &&
      noun.s === t.s &&
      !ends(t, word) &&
      !ends(word, noun) &&
      (word.tags.has('Adjective') || (word.tags.has('Gerund') && !LIGHT_VERBS.has(word.w))) &&
      isHeadNoun(noun)
    ) {
      // "my dad's sleeping pills": a possessive; the -ing word describes the noun.
      out.push(
        { ...retag(t, [], ['Possessive']), post: t.post + is!.post },
        retag(word, ['Verb', 'PresentTense', 'Gerund'], ['Adjective']),
      );
      i += 2;
      continue;
    }
    const next = toks[i + 1];
    if (
      t.tags.has('Possessive') &&
      isOwner(t) &&
      next &&
      next.s === t.s &&
      canBeGerund[i + 1] &&
      !ends(t, next) &&
      ends(next, toks[i + 2])
    ) {
      // "my sister's sleeping.": "is" and a -ing verb, as compromise reads "the cat's sleeping on ...".
      const implicit: Tok = { ...t, w: 'is', n: 'is', base: 'is', start: t.end, tags: COPULA, pre: '', post: '' };
      out.push(
        retag(t, ['Possessive'], []),
        implicit,
        retag(next, ['Noun', 'Singular'], ['Verb', 'PresentTense', 'Gerund']),
      );
      i += 1;
      continue;
    }
    out.push(t);
  }
  return out;
}
