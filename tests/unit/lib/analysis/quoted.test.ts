import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, keptRanges, stripQuotedAndSignature } from '../../../../lib/analysis/quoted';

const QUOTE = '> Hi Jordan,\n> See you Thursday at 10.\n> Maya\n';

describe('stripQuotedAndSignature: reply attributions', () => {
  it.each([
    ['Gmail', 'On Mon, Nov 23, 2026 at 10:00 AM Maya Lee <maya@calmpractice.example> wrote:'],
    ['Gmail without an address', 'On Mon, Nov 23, 2026 at 10:00 AM Maya Lee wrote:'],
    ['Apple Mail', 'On 23 Nov 2026, at 10:00, Maya Lee <maya@calmpractice.example> wrote:'],
    ['numeric date', 'On 11/23/26, Maya Lee wrote:'],
    ['German', 'Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb Maya Lee <maya@calmpractice.example>:'],
    ['German, short', 'Am 23.11.2026 um 10:00 schrieb Maya Lee:'],
    ['French', 'Le lun. 23 nov. 2026 à 10:00, Maya Lee <maya@calmpractice.example> a écrit :'],
    ['French, no-break space', 'Le 23/11/2026 à 10:00, Maya Lee a\u00a0écrit\u00a0:'],
  ])('cuts at a %s attribution and everything after it', (_, attribution) => {
    const body = `Thursday works for me.\n\n${attribution}\n${QUOTE}`;
    expect(stripQuotedAndSignature(body)).toBe('Thursday works for me.\n\n');
  });

  it('cuts at an attribution Gmail wrapped over two lines', () => {
    const body = 'Thanks!\n\nOn Mon, Nov 23, 2026 at 10:00 AM Maya Lee <\nmaya@calmpractice.example> wrote:\n\n> Hi\n';
    expect(stripQuotedAndSignature(body)).toBe('Thanks!\n\n');
  });

  it('cuts quoted text that is not marked with ">" (what follows the attribution goes)', () => {
    const body = 'See you then.\nOn 23 Nov 2026, at 10:00, Maya wrote:\nHi Jordan, Thursday at 10 is fine.';
    expect(stripQuotedAndSignature(body)).toBe('See you then.\n');
  });

  it('keeps the writer\'s own "On … I wrote:" when nothing in it looks machine-made', () => {
    const body = 'On Friday I wrote:\nI want to talk about the homework.';
    expect(stripQuotedAndSignature(body)).toBe(body);
  });

  it('keeps "wrote:" in the middle of a line', () => {
    const body = 'On 23 Nov 2026 I wrote: my list, and here it is.';
    expect(stripQuotedAndSignature(body)).toBe(body);
  });
});

describe('stripQuotedAndSignature: Outlook', () => {
  it('cuts at the header block and the rule above it', () => {
    const body =
      'Thursday is fine.\n\n________________________________\nFrom: Maya Lee <maya@calmpractice.example>\n' +
      'Sent: Monday, November 23, 2026 10:00 AM\nTo: Jordan <jordan@example.com>\nSubject: Thursday\n\nHi Jordan,\n';
    expect(stripQuotedAndSignature(body)).toBe('Thursday is fine.\n\n');
  });

  it('cuts at a German header block', () => {
    const body =
      'Passt.\r\nVon: Maya Lee <maya@calmpractice.example>\r\nGesendet: Montag, 23. November 2026 10:00\r\nAn: Jordan\r\nBetreff: Donnerstag\r\nHallo';
    expect(stripQuotedAndSignature(body)).toBe('Passt.\r\n');
  });

  it.each(['-----Original Message-----', '----- Original Message -----'])('cuts at "%s"', (rule) => {
    const body = `Yes, that works.\n\n${rule}\nFrom: Maya Lee\nSent: Monday\nSubject: Thursday\nHi`;
    expect(stripQuotedAndSignature(body)).toBe('Yes, that works.\n\n');
  });

  it('keeps a line that merely starts with "From:"', () => {
    const body = 'From: my notes on the week\nI slept better.\nSubject: homework';
    expect(stripQuotedAndSignature(body)).toBe(body);
  });
});

describe('stripQuotedAndSignature: ">" lines and signature', () => {
  it('removes interleaved ">" lines and keeps the rest byte-identical', () => {
    const body = 'Answers below.\n> Can you make Thursday?\nYes.\n  > And the form?\nSent it.\n';
    expect(stripQuotedAndSignature(body)).toBe('Answers below.\nYes.\nSent it.\n');
  });

  it.each(['-- ', '--'])('cuts a signature starting with a line "%s"', (delimiter) => {
    const body = `See you Thursday.\n${delimiter}\nJordan Smith\nSent from my phone`;
    expect(stripQuotedAndSignature(body)).toBe('See you Thursday.\n');
  });

  it.each(['---', '-- Jordan', 'I paid -- thanks'])('keeps "%s", which is not a signature delimiter', (line) => {
    const body = `See you Thursday.\n${line}\nJordan`;
    expect(stripQuotedAndSignature(body)).toBe(body);
  });

  it('cuts at whichever comes first, signature or quote', () => {
    const body = 'Hi.\n--\nJordan\n\nOn Mon, Nov 23, 2026 at 10:00 AM Maya wrote:\n> x';
    expect(stripQuotedAndSignature(body)).toBe('Hi.\n');
  });

  it('strips nothing from a message with no quote or signature', () => {
    const body = "Could we move Thursday's appointment?\r\n\r\nThanks,\r\nJordan\r\n";
    expect(stripQuotedAndSignature(body)).toBe(body);
    expect(keptRanges(body)).toEqual([[0, body.length]]);
    expect(stripQuotedAndSignature('')).toBe('');
  });

  it('leaves a message of plain lines exactly as it was (property)', () => {
    const line = fc
      .string({ maxLength: 40 })
      .filter((s) => !/[\r\n]/.test(s) && !/^\s*(>|--|On |Am |Le |From|Von|De|-|_)/.test(s));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const body = lines.join('\n');
        expect(stripQuotedAndSignature(body)).toBe(body);
      }),
    );
  });

  it('always returns pieces of the body in order, the first one at its start (property)', () => {
    const piece = fc.constantFrom(
      'Hi',
      '> quoted',
      '--',
      '-- ',
      'On 1 Jan 2026, A <a@b.c> wrote:',
      'From: x',
      'Sent: y',
      'Subject: z',
      '',
      'text',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (pieces, nl) => {
        const body = pieces.join(nl);
        const ranges = keptRanges(body);
        let last = 0;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(body.length);
          last = end;
        }
        if (ranges.length > 0 && ranges[0]![0] > 0)
          expect(body.slice(0, ranges[0]![0])).toMatch(/^([ \t]*>.*(\r\n|\n|\r))+$/);
        expect(stripQuotedAndSignature(body)).not.toMatch(/^[ \t]*>/m);
      }),
    );
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Could we move Thursday?', 4],
    ['one\ntwo\r\nthree\u00a0four', 4],
    ['well-being and follow-up', 3],
    ['see https://portal.calmpractice.example/messages?id=42&x=y please', 3],
    ['😀 👍🏽 ❤️ 🙏', 0],
    ['thanks 🙏', 1],
    ['1️⃣ #️⃣', 0],
    ['— - ... !!! :)', 0],
    ['3pm 10:30 $40 2026', 4],
    ['naïve café 東京 Ελλάδα', 4],
    ["don't can't", 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts after the quote is stripped', () => {
    const body = 'Thursday works.\n\nOn Mon, Nov 23, 2026 at 10:00 AM Maya wrote:\n> one two three four five';
    expect(countWords(stripQuotedAndSignature(body))).toBe(2);
  });
});
