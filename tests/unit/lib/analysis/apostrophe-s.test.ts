import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/analysis/index';
import { parse } from '../../../../lib/analysis/parse';

/**
 * "X's" before a -ing word: a possessive when a noun follows ("my dad's sleeping pills"), "is"
 * otherwise ("my sister's sleeping"); lib/analysis/apostrophe-s.ts, docs/analysis.md.
 */

/** The words as the rules read them ("is" stands where "'s" was read as "is"). */
const words = (text: string): string =>
  parse(text)
    .toks.map((t) => t.w)
    .join(' ');
/** Whether the "'s" of `owner` was read as a possessive. */
const possessive = (text: string, owner: string): boolean =>
  parse(text).toks.some((t) => t.w === owner && t.n === `${owner}'s` && t.tags.has('Possessive'));

describe("'s + a -ing word or an adjective + a noun is a possessive", () => {
  test.each([
    ["I found my dad's sleeping pills in the drawer.", 'dad', 'i found my dad sleeping pills in the drawer'],
    [
      "The neighbour's barking dog kept me up all night.",
      'neighbour',
      'the neighbour barking dog kept me up all night',
    ],
    ["I've counted out my mum's sleeping tablets.", 'mum', 'i have counted out my mum sleeping tablets'],
    ["We borrowed my aunt's walking stick for the trip.", 'aunt', 'we borrowed my aunt walking stick for the trip'],
    ["My brother's old car broke down again.", 'brother', 'my brother old car broke down again'],
  ])('%s', (text, owner, read) => {
    expect(words(text)).toBe(read);
    expect(possessive(text, owner)).toBe(true);
  });
});

describe('\'s + a -ing word with no noun of its own is "is"', () => {
  test.each([
    ["My sister's sleeping, so I'm writing now.", 'sister', 'my sister is sleeping so i am writing now'],
    ["my sister's sleeping", 'sister', 'my sister is sleeping'],
    ["My brother's sleeping in the car.", 'brother', 'my brother is sleeping in the car'],
    ["My mum's taking pills again.", 'mum', 'my mum is taking pills again'],
    ["John's going home tomorrow.", 'john', 'john is going home tomorrow'],
    ["She's running errands today.", 'she', 'she is running errands today'],
  ])('%s', (text, owner, read) => {
    expect(words(text)).toBe(read);
    expect(possessive(text, owner)).toBe(false);
  });
});

describe('what it changes in the analysis', () => {
  test.each(["I swallowed all of my dad's sleeping pills.", "I've taken a handful of my mum's sleeping tablets."])(
    '%s: the writer took the means, a current risk (read as "dad is sleeping" it was missed)',
    (text) => {
      const risk = analyzeText(text).risk;
      expect(risk.map((r) => [r.kind, r.level])).toEqual([['method', 'current']]);
    },
  );

  test('a possessive keeps its words in the evidence; "is" still reads as a sentence with no risk', () => {
    const text = "I'm holding my mum's sleeping tablets.";
    const [hit] = analyzeText(text).risk;
    expect(hit?.level).toBe('current');
    expect(hit?.evidence.text).toBe("holding my mum's sleeping tablets");
    expect(analyzeText("My sister's sleeping, so I'm writing now.").risk).toEqual([]);
  });
});
