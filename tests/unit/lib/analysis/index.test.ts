import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, analyzeText, paragraphRanges } from '../../../../lib/analysis/index';
import type { Analysis, Span } from '../../../../lib/analysis/types';
import { loadCorpus } from '../../../corpus/metrics';

function spans(a: Analysis): Span[] {
  return [
    ...a.purposes.flatMap((h) => h.evidence),
    ...a.risk.map((r) => r.evidence),
    ...a.health.map((h) => h.evidence),
  ];
}

function spansPointAtText(text: string, a: Analysis) {
  for (const s of spans(a)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('inputs that must not break the analysis', () => {
  test('empty and blank', () => {
    for (const text of ['', ' ', '\n\n\n', '\t \u00a0', '...', '???!!!']) {
      expect(analyzeText(text)).toEqual({ purposes: [], risk: [], health: [] });
    }
  });

  test('HTML-like text', () => {
    const text = '<div><p>Can we move <b>Thursday</b> to 5pm?</p><p>I want to <i>die</i></p></div>&nbsp;<br/>';
    const a = analyzeText(text);
    spansPointAtText(text, a);
    expect(a.purposes.map((h) => h.purpose)).toContain('scheduling');
    expect(a.risk.some((r) => r.level === 'current')).toBe(true);
  });

  test('emoji', () => {
    const text = '😀😀 hi 🙂 can we move Friday to 3? 🙏 \u{1F48A}\u{1F48A}\u{1F48A} 👍🏽 👨‍👩‍👧';
    const a = analyzeText(text);
    spansPointAtText(text, a);
    expect(a.risk.find((r) => r.kind === 'method')?.evidence.text).toContain('\u{1F48A}');
  });

  test('other languages and scripts', () => {
    for (const text of [
      'Hola, ¿podemos cambiar la cita del jueves al viernes? Gracias.',
      '我想死。明天见。',
      'Я не хочу жить.',
      'مرحبا، هل يمكننا تغيير الموعد؟',
      'Merci beaucoup pour tout ! Bonne année 🎉',
    ]) {
      const a = analyzeText(text);
      spansPointAtText(text, a);
    }
    expect(analyzeText('Hola, ¿podemos cambiar la cita del jueves?').purposes.map((h) => h.purpose)).toEqual([
      'scheduling',
    ]);
  });

  test('a long run of one word, and a very long word', () => {
    for (const text of ['die '.repeat(5000), 'a'.repeat(100_000), `I want to${' '.repeat(10_000)}die`]) {
      spansPointAtText(text, analyzeText(text));
    }
  });

  test('a stray quote mark does not hide the rest of the draft', () => {
    const a = analyzeText('He said "ok. Anyway I want to kill myself and I have the pills ready');
    expect(a.risk.some((r) => r.level === 'current')).toBe(true);
  });

  const riskWords = [
    'I',
    'want',
    'to',
    'die',
    'kill',
    'myself',
    'not',
    "don't",
    'never',
    'pills',
    'bottle',
    'of',
    'suicide',
    'self-harm',
    '"',
    "'",
    ',',
    '.',
    '?',
    'if',
    'ever',
    'my',
    'friend',
    'said',
    'years',
    'ago',
    'lol',
    '💊',
    'cut',
    'rope',
    'him',
    'hurt',
    'session',
    'move',
    'Thursday',
    'invoice',
    'zoloft',
    '50',
    'mg',
    '\n\n',
    'because',
    'and',
    'but',
    'how',
    'many',
  ];

  test('property: analyzeText never throws and its evidence always points at the text', { timeout: 60_000 }, () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc.array(fc.constantFrom(...riskWords), { maxLength: 40 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const a = analyzeText(text);
        spansPointAtText(text, a);
      }),
      { numRuns: 400 },
    );
  });
});

describe('analyzeParagraphs', () => {
  test('equals analyzeText on multi-paragraph drafts', { timeout: 60_000 }, () => {
    const { drafts } = loadCorpus();
    const bodies = drafts.map((d) => d.body);
    const cache = new Map<string, Analysis>();
    for (let i = 0; i < bodies.length; i += 3) {
      const text = `Hi Maya,\n\n${bodies.slice(i, i + 3).join('\n\n')}\n\nThanks,\nJordan`;
      expect(analyzeParagraphs(text, cache)).toEqual(analyzeText(text));
    }
    const crossed = 'Thank you for trying to help me.\n\nGoodbye.';
    expect(analyzeParagraphs(crossed, new Map())).toEqual(analyzeText(crossed));
    expect(analyzeText(crossed).risk.some((r) => r.kind === 'preparation')).toBe(true);
  });

  test('property: equals analyzeText for any paragraphs of corpus sentences', { timeout: 60_000 }, () => {
    const { drafts } = loadCorpus();
    const sentences = drafts.flatMap((d) => d.body.split(/(?<=[.!?])\s+/));
    const paragraph = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
    const cache = new Map<string, Analysis>();
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\n\n'),
        (paras, sep) => {
          const text = paras.join(sep);
          expect(analyzeParagraphs(text, cache)).toEqual(analyzeText(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('re-analysis reuses unchanged paragraphs and the cache stays bounded', () => {
    const cache = new Map<string, Analysis>();
    const first = 'Can we move Thursday to 5pm?';
    analyzeParagraphs(`${first}\n\nI have been struggling`, cache);
    const cached = cache.get(first);
    expect(cached).toBeDefined();
    const again = analyzeParagraphs(`${first}\n\nI have been struggling a lot`, cache);
    expect(cache.get(first)).toBe(cached);
    expect(again.purposes.map((h) => h.purpose)).toEqual(['scheduling', 'support']);
    for (let i = 0; i < 1000; i++) analyzeParagraphs(`note ${i}`, cache);
    expect(cache.size).toBeLessThanOrEqual(256);
    expect(cache.has('note 999')).toBe(true);
  });

  test('offsets are shifted to the whole text', () => {
    const text = 'Hello,\n\nCan we move Thursday to 5pm?\n\nI want to die.';
    const a = analyzeParagraphs(text, new Map());
    spansPointAtText(text, a);
    expect(a.risk[0]!.evidence.start).toBe(text.indexOf('want to die'));
  });

  test('paragraph ranges', () => {
    expect(paragraphRanges('a\n\nb\n \n\nc')).toEqual([
      [0, 1],
      [3, 4],
      [8, 9],
    ]);
    expect(paragraphRanges('\n\n  \n')).toEqual([]);
  });
});
