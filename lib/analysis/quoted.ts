/**
 * Quoted reply text and signatures (docs/interfaces.md, drafts): removed before any check, everywhere.
 *
 * What goes:
 * - a reply attribution line and everything after it: "On <date>, <name> wrote:" (also wrapped
 *   over up to three lines, as Gmail does with a long address), German "Am … schrieb …:", French
 *   "Le … a écrit :", Outlook's "-----Original Message-----" and its "From: / Sent: / To: /
 *   Subject:" header block (also in German and French);
 * - a signature: a line that is exactly "-- " or "--", and everything after it;
 * - every line starting with ">" (interleaved quotes included).
 *
 * What stays is byte-identical: the result is the kept pieces of the body joined, so offsets into
 * the result up to the first removed line are offsets into the body too. `keptRanges` gives the
 * pieces for mapping any later offset back.
 *
 * An attribution must look like a mail program wrote it (a date, a time or an address in it), so
 * "On Friday I wrote:" in the writer's own words is kept: cutting the writer's own text could hide
 * what the crisis check must see.
 */

/** [start, end) ranges of `body` that are kept, in order. */
export function keptRanges(body: string): Array<[number, number]> {
  const lines = splitLines(body);
  let cut = body.length;
  for (let i = 0; i < lines.length; i++) {
    const start = quoteStartAt(lines, i);
    if (start !== undefined) {
      cut = start;
      break;
    }
  }

  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const line of lines) {
    if (line.start >= cut) break;
    if (QUOTE_LINE.test(line.text)) {
      if (line.start > from) ranges.push([from, line.start]);
      from = Math.min(line.next, cut);
    }
  }
  if (cut > from) ranges.push([from, cut]);
  return ranges;
}

/** The body without quoted reply text and signature; what remains is unchanged. */
export function stripQuotedAndSignature(body: string): string {
  return keptRanges(body)
    .map(([start, end]) => body.slice(start, end))
    .join('');
}

/**
 * Words as docs/interfaces.md counts them: whitespace-separated tokens with a letter or a digit in them.
 * "well-being" and a web address count once; a token of emoji or punctuation alone does not.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (token && isWord(token)) count++;
  }
  return count;
}

/** A token counts as a word: it has a letter or a digit outside emoji keycaps ("1️⃣"). */
export function isWord(token: string): boolean {
  return LETTER_OR_DIGIT.test(token.replace(KEYCAP, ''));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/gu;

// ---------------------------------------------------------------------------------------------

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after its line break (the next line's start). */
  next: number;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
    lines.push({ text: body.slice(start, match.index), start, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  lines.push({ text: body.slice(start), start, next: body.length });
  return lines;
}

const QUOTE_LINE = /^[ \t]*>/;
const SIGNATURE = /^--[ ]?$/;
const ORIGINAL_MESSAGE =
  /^[ \t]*-{2,}[ \t]*(Original Message|Ursprüngliche Nachricht|Message d'origine)[ \t]*-{2,}[ \t]*$/i;
/** Outlook puts a rule of underscores above its header block. */
const RULE = /^[ \t]*_{10,}[ \t]*$/;

/**
 * Where quoted text starts if line `i` opens it: the line's start (or the rule above an Outlook
 * header block), else undefined.
 */
function quoteStartAt(lines: Line[], i: number): number | undefined {
  const line = lines[i]!;
  const text = line.text;
  if (SIGNATURE.test(text)) return line.start;
  if (ORIGINAL_MESSAGE.test(text)) return line.start;
  if (isAttribution(lines, i)) return line.start;
  if (isHeaderBlock(lines, i)) {
    const above = lines[i - 1];
    return above && RULE.test(above.text) ? above.start : line.start;
  }
  return undefined;
}

const OPENERS = /^[ \t]*(On|Am|Le)[ \t]/;
const ATTRIBUTIONS = [
  /^[ \t]*On[ \t].*[ \t]wrote:[ \t]*$/,
  /^[ \t]*Am[ \t].*[ \t]schrieb[ \t].*:[ \t]*$/,
  /^[ \t]*Le[ \t].*[ \t]a[ \t\u00a0]+écrit[ \t\u00a0\u202f]*:[ \t]*$/,
];
/** What a mail program puts in an attribution: a year, a time, a numeric date or an address. */
const MACHINE_MADE = /\b(19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|[^\s<>@]+@[^\s<>@]+/;

function isAttribution(lines: Line[], i: number): boolean {
  if (!OPENERS.test(lines[i]!.text)) return false;
  // Gmail wraps a long attribution: "On Mon, … Maya Lee <" / "maya@example.com> wrote:".
  let joined = '';
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const text = lines[j]!.text;
    if (j > i && (text.trim() === '' || QUOTE_LINE.test(text))) return false;
    joined = j === i ? text : `${joined} ${text.trim()}`;
    if (joined.length > 400) return false;
    if (ATTRIBUTIONS.some((pattern) => pattern.test(joined))) return MACHINE_MADE.test(joined);
  }
  return false;
}

const HEADER_FROM = /^[ \t]*\*?(From|Von|De)[ \t\u00a0]*:/;
const HEADER_SENT = /^[ \t]*\*?(Sent|Date|Gesendet|Datum|Envoyé)[ \t\u00a0]*:/;
const HEADER_SUBJECT = /^[ \t]*\*?(Subject|Betreff|Objet)[ \t\u00a0]*:/;

/** Outlook's "From: … / Sent: … / To: … / Subject: …" block: a From line, then Sent and Subject. */
function isHeaderBlock(lines: Line[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i]!.text)) return false;
  let sent = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
    const text = lines[j]!.text;
    if (HEADER_SENT.test(text)) sent = true;
    else if (HEADER_SUBJECT.test(text)) return sent;
  }
  return false;
}
