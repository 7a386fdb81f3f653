// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import { findingPartKeys, phraseKeys, type Finding } from '../../../lib/checks/finding';
import { format, setTranslator, type CatalogueEntry } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';
import { outsideHoursFindings, tooFrequentFindings } from '../support/hours-findings';

/**
 * `outside-hours` and `too-frequent`, given as parts (docs/i18n.md, "Finding messages"), shown by
 * the frame's dialog in German: no English word of their sentences or phrases is left, no English
 * weekday or month name, and no key shows as itself. The therapist's own words about replies are
 * shown as written (they are not the catalogue's), so they are left out of the comparison.
 */
const en = english as Record<string, CatalogueEntry>;
const de = german as Record<string, CatalogueEntry>;

const OURS = [...findingPartKeys, ...phraseKeys].filter((k) =>
  /^(finding_msg_(hours|frequent)|phrase_(day|hours))_/.test(k),
);
const PIECES = OURS.flatMap((key) =>
  en[key]!.message.split(/\$[A-Za-z0-9_]+\$/)
    .map((piece) => piece.trim().replace(/^[(.:;,“”\s]+|[).:;,“”\s]+$/g, ''))
    .filter((piece) => piece.length >= 4)
    .map((piece) => ({ key, piece })),
);

/** English day and month names that German writes otherwise (April, August, September, November are the same). */
const ENGLISH_DATES =
  /\b(Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|today|tomorrow|January|February|March|May|June|July|October|December)\b/;

function shown(f: Finding): string {
  const { container } = render(
    <SendCheckDialog findings={[f]} onSendAnyway={() => undefined} onEdit={() => undefined} />,
  );
  let text = container.textContent ?? '';
  for (const p of f.messageParts ?? [])
    if (p.key === 'finding_msg_hours_reply' || p.key === 'finding_msg_hours_reply_quoted')
      text = text.replace(String(p.args![0]), '«the therapist’s words»');
  return text;
}

function expectGerman(text: string) {
  expect(text).not.toMatch(/\b(finding_msg|phrase)_[a-z_]+/);
  expect(text).not.toMatch(ENGLISH_DATES);
  for (const { key, piece } of PIECES) expect(text, `${key}: "${piece}"`).not.toContain(piece);
}

beforeEach(() => setTranslator((key, subs) => (de[key] ? format(de[key], subs) : key)));
afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

describe('outside-hours and too-frequent, in German', () => {
  const findings = [...outsideHoursFindings(), ...tooFrequentFindings()];

  it('have English words to lose, and every variant is given as parts', () => {
    expect(PIECES.length).toBeGreaterThan(40);
    expect(findings.length).toBeGreaterThan(40);
    for (const f of findings) expect(f.messageParts, f.message).toBeDefined();
  });

  it('outside-hours: every variant is German, its days and times written by Intl in German', () => {
    const hours = findings.filter((f) => f.id === 'outside-hours');
    for (const f of hours) {
      const text = shown(f);
      expectGerman(text);
      cleanup();
    }
    const all = hours.map(shown).join('\n');
    for (const words of [
      'Die Zeiten für E-Mail beginnen wieder: Montag, 09:00 Uhr dortiger Zeit – bei Ihnen 15:00 Uhr.',
      'beginnen wieder: heute, 09:00 Uhr.',
      'beginnen wieder: morgen, 09:00 Uhr.',
      'bei Ihnen morgen, 23:00 Uhr.',
      'Maya Lee liest samstags oder sonntags keine E-Mails.',
      'Maya Lee liest am Donnerstag, 24. Dezember keine E-Mails.',
      'Maya Lee ist abwesend bis Montag, 4. Januar. In dieser Zeit übernimmt Dr. Sam Ortiz die Vertretung: sam@calmpractice.example, +1 555 0101.',
      'E-Mails werden wieder gelesen: Dienstag, 5. Januar, 09:00 Uhr.',
      'Ihre Therapeutin oder Ihr Therapeut liest montags, dienstags, mittwochs, donnerstags, freitags, samstags oder sonntags keine E-Mails.',
      'Sie schreiben außerhalb Ihrer eigenen Zeiten für E-Mail (in America/New_York ist es Samstag, 10:00).',
      'Zur Antwortzeit heißt es: „«the therapist’s words»“',
    ])
      expect(all).toContain(words);
  });

  it('too-frequent: every variant is German, the time to write again written by Intl in German', () => {
    const frequent = findings.filter((f) => f.id === 'too-frequent');
    expect(frequent).toHaveLength(6);
    for (const f of frequent) {
      const text = shown(f);
      expectGerman(text);
      cleanup();
    }
    const all = frequent.map(shown).join('\n');
    expect(all).toContain(
      'Maya Lee hat in den letzten 7 Tagen bereits 3 Nachrichten von Ihnen bekommen, gewünscht sind höchstens 2 E-Mails pro Woche. Ab Mittwoch, 25. November um 10:00 können Sie wieder schreiben.',
    );
    expect(all).toContain(
      'Ihre Therapeutin oder Ihr Therapeut hat in den letzten 7 Tagen bereits eine Nachricht von Ihnen bekommen',
    );
  });
});
