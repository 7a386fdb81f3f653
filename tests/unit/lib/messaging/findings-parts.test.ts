import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import { findingWords, partsOr } from '../../../../components/finding-words';
import { findingSchema, type Finding } from '../../../../lib/checks/finding';
import { format, setTranslator, type CatalogueEntry } from '../../../../lib/i18n';
import { englishTranslator } from '../../../../lib/i18n/english';
import { acceptFindings, clampFinding } from '../../../../lib/messaging/findings';

/**
 * `messageParts` from the background are read on the page under the schema's caps: parts the page
 * does not accept (an unknown key, a list nested or too long, a stray field) are dropped and the
 * English message stays; the page never shows a blank and never throws.
 */
const de = german as Record<string, CatalogueEntry>;
beforeEach(() => setTranslator((key, subs) => (de[key] ? format(de[key], subs) : key)));
afterEach(() => setTranslator(englishTranslator));

const ENGLISH = 'Some words here are about harm (a plan), though it seems not about you right now.';
const phrase = (p: string) => ({ phrase: p });
const lowered = (args: unknown[]) => ({ key: 'finding_msg_crisis_lowered', args });
const billable = (messageParts: unknown): unknown => ({
  id: 'billable',
  severity: 'info',
  message: ENGLISH,
  messageParts,
});
const crisis = (labelParts: unknown): unknown => ({
  id: 'crisis',
  severity: 'critical',
  message: ENGLISH,
  messageParts: [lowered([{ list: [phrase('phrase_risk_plan')], type: 'and' }])],
  crisis: {
    region: 'US',
    lines: [{ name: '988', description: 'call', number: '988', hours: '24/7', contacts: [] }],
    practiceLine: { label: 'Calm: urgent line', labelParts, number: '+1 555 0100', href: 'tel:+15550100' },
  },
});

let deep: unknown = 'x';
for (let i = 0; i < 200; i++) deep = { list: [deep], type: 'and' };

const HOSTILE: [string, unknown][] = [
  ['a list inside a list', [lowered([{ list: [{ list: ['a'], type: 'and' }], type: 'and' }])]],
  ['a list nested 200 deep', [lowered([deep])]],
  ['a list of 21 items', [lowered([{ list: Array.from({ length: 21 }, () => 'a'), type: 'and' }])]],
  ['a list of a million items', [lowered([{ list: Array.from({ length: 1_000_000 }, () => 'a'), type: 'or' }])]],
  ['13 sentences', Array.from({ length: 13 }, () => lowered(['a']))],
  ['no sentence', []],
  ['10 arguments', [lowered(Array.from({ length: 10 }, () => 'a'))]],
  ['a key not of a finding message', [{ key: 'options_page_title' }]],
  ['a key with markup', [{ key: 'finding_msg_<b>' }]],
  ['a phrase not of the phrases', [lowered([phrase('dialog_heading')])]],
  ['a stray field', [{ ...lowered(['a']), html: '<b>' }]],
  ['an argument of both kinds', [lowered([{ phrase: 'phrase_risk_plan', list: [], type: 'and' }])]],
  ['an argument too long', [lowered(['a'.repeat(1001)])]],
  ['an unknown instant style', [lowered([{ instant: '2026-11-24T09:00:00Z', zone: 'UTC', style: 'era' }])]],
  ['a number that is a string', [lowered([{ number: '3' }])]],
  ['a number with another unit', [lowered([{ number: 3, unit: 'hour' }])]],
  ['parts that are a string', 'finding_msg_crisis_lowered'],
  ['a null part', [null]],
];

describe('hostile messageParts on the page', () => {
  for (const [what, parts] of HOSTILE)
    it(`${what}: the parts are dropped, the English message stays`, () => {
      const [f, ...rest] = acceptFindings([billable(parts)]);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ id: 'billable', message: ENGLISH });
      expect(f!.messageParts).toBeUndefined();
      expect(findingWords(f!)).toBe(ENGLISH);
    });

  it('a well-formed key or phrase the catalogue lacks: the English message, not the key', () => {
    for (const parts of [[{ key: 'finding_msg_not_there' }], [lowered([phrase('phrase_not_there')])]]) {
      const [f] = acceptFindings([billable(parts)]);
      expect(f!.messageParts).toEqual(parts);
      expect(findingWords(f!)).toBe(ENGLISH);
    }
  });

  it('an unknown time zone or an unreadable instant: the English message', () => {
    for (const arg of [
      { instant: '2026-11-24T09:00:00Z', zone: 'Mars/Olympus', style: 'time' },
      { instant: 'tomorrow', zone: 'UTC', style: 'day-time' },
    ]) {
      const [f] = acceptFindings([billable([lowered([arg])])]);
      expect(f!.messageParts).toHaveLength(1);
      expect(findingWords(f!)).toBe(ENGLISH);
    }
  });

  it('good parts are read in German', () => {
    const [f] = acceptFindings([billable([lowered([{ list: [phrase('phrase_risk_plan')], type: 'and' }])])]);
    expect(findingWords(f!)).toMatch(/^Einige Wörter hier handeln von Schaden \(einem Plan\)/);
  });

  it('a crisis finding with a bad practice-line label keeps its lines, its number and its parts', () => {
    const [f] = acceptFindings([crisis([{ key: 'nope' }])]);
    expect(f!.crisis!.lines).toHaveLength(1);
    expect(f!.crisis!.practiceLine).toEqual({
      label: 'Calm: urgent line',
      number: '+1 555 0100',
      href: 'tel:+15550100',
    });
    expect(partsOr(f!.crisis!.practiceLine!.labelParts, f!.crisis!.practiceLine!.label)).toBe('Calm: urgent line');
    const [good] = acceptFindings([crisis([{ key: 'finding_msg_crisis_practice_line', args: ['Calm'] }])]);
    expect(partsOr(good!.crisis!.practiceLine!.labelParts, good!.crisis!.practiceLine!.label)).toBe(
      'Calm: Nummer für dringende Fälle',
    );
  });

  it('the background clamps long parts into the caps instead of losing the finding', () => {
    const long: Finding = {
      id: 'billable',
      severity: 'info',
      message: ENGLISH,
      messageParts: Array.from({ length: 20 }, () => ({
        key: 'finding_msg_crisis_lowered' as const,
        args: Array.from({ length: 12 }, () => ({
          list: Array.from({ length: 30 }, () => 'a'.repeat(2000)),
          type: 'and' as const,
        })),
      })),
    };
    const clamped = clampFinding(long);
    expect(findingSchema.safeParse(clamped).success).toBe(true);
    expect(clamped.messageParts).toHaveLength(12);
    expect(acceptFindings([clamped])[0]!.messageParts).toHaveLength(12);
  });
});
