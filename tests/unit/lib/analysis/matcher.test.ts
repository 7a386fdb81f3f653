import { describe, expect, test } from 'vitest';
import { HEALTH_RULES } from '../../../../lib/analysis/health';
import { compile, inflections, Matcher } from '../../../../lib/analysis/matcher';
import { parse, spanOf } from '../../../../lib/analysis/parse';
import { PURPOSE_RULES } from '../../../../lib/analysis/purposes';
import { RISK_RULES } from '../../../../lib/analysis/risk';

function matches(pattern: string, text: string): string[] {
  const p = parse(text);
  return new Matcher([{ match: pattern, payload: 0 }]).run(p).map((m) => spanOf(p, m.a, m.b).text);
}

describe('the compiled matcher reads compromise match syntax', () => {
  test.each([
    ['{kill} myself', 'if I killed myself', ['killed myself']],
    ['{want} to die', 'i wanna die', ['wanna die']],
    ['not {want} to live', "I don't want to live", ["don't want to live"]],
    ['(going to|gonna) die', "I'm gonna die", ['gonna die']],
    ['better off (dead|without me)', 'they would be better off without me', ['better off without me']],
    ['#Value (minutes|min) late', "I'll be 15 minutes late", ['15 minutes late']],
    ['be .{0,3} late', "I'm going to be about 15 minutes late", ['be about 15 minutes late']],
    ['not {feel} safe$', "I don't feel safe.", ["don't feel safe"]],
    ['not {feel} safe$', "I don't feel safe at home", []],
    ['(book && #Noun)', 'the book you lent me; I will book a slot', ['book']],
    ['self-harm', 'urges to self harm and self-harm', ['self harm', 'self-harm']],
    ['the big? car', 'the car and the big car', ['the car', 'the big car']],
  ])('%s in "%s"', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  test('inflections of a root', () => {
    expect([...inflections('kill')]).toEqual(expect.arrayContaining(['kill', 'kills', 'killed', 'killing']));
    expect([...inflections('give')]).toEqual(expect.arrayContaining(['gave', 'given', 'giving', 'gives']));
    expect([...inflections('stop')]).toEqual(expect.arrayContaining(['stopped', 'stopping']));
  });

  test('two rules with the same pattern both match', () => {
    const m = new Matcher([
      { match: '(zoloft|prozac)', payload: 'a' },
      { match: '(zoloft|prozac)', payload: 'b' },
    ]);
    expect(m.run(parse('I take Zoloft')).map((x) => x.payload)).toEqual(['a', 'b']);
  });

  test('every rule compiles to slots', () => {
    for (const rule of [...RISK_RULES, ...PURPOSE_RULES, ...HEALTH_RULES]) {
      for (const match of rule.patterns) {
        const pattern = compile(match);
        expect(pattern.slots.length, match).toBeGreaterThan(0);
        for (const slot of pattern.slots) if (!slot.end) expect(slot.alts.length, match).toBeGreaterThan(0);
      }
    }
  });
});
