import type { Finding } from './finding';

/** How much text either side of the words that triggered a finding the dialog shows. */
const AROUND = 60;

function cutBefore(text: string): string {
  if (text.length < AROUND) return text;
  const space = text.indexOf(' ');
  return space === -1 ? text : text.slice(space + 1);
}

function cutAfter(text: string): string {
  if (text.length < AROUND) return text;
  const space = text.lastIndexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

/**
 * Adds a few words either side of each piece of evidence, from the text the checks read (the
 * body without quoted reply and signature, or the subject). Evidence whose offsets do not point
 * at its own words gets no excerpt rather than a wrong one.
 */
export function withExcerpts(findings: readonly Finding[], texts: { subject: string; body: string }): Finding[] {
  return findings.map((finding) => {
    if (!finding.evidence) return finding;
    const evidence = finding.evidence.map((e) => {
      if (e.field === 'recipients') return e;
      const source = texts[e.field];
      if (e.end > source.length || source.slice(e.start, e.end) !== e.text) return e;
      const before = cutBefore(source.slice(Math.max(0, e.start - AROUND), e.start)).replace(/\s+/g, ' ');
      const after = cutAfter(source.slice(e.end, e.end + AROUND)).replace(/\s+/g, ' ');
      return { ...e, before, after };
    });
    return { ...finding, evidence };
  });
}
