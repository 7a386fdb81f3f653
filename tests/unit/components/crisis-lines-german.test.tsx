// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { CrisisLines } from '../../../components/CrisisLines';
import { crisisCheck } from '../../../lib/checks/crisis';
import type { Finding } from '../../../lib/checks/finding';
import { FALLBACK_GUIDANCE } from '../../../lib/crisis/lines';
import { format, setTranslator, type CatalogueEntry } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';
import { acceptFindings, clampFinding } from '../../../lib/messaging/findings';
import { input, risk } from '../support/text-check-input';

/**
 * The crisis panel in the user's language (docs/i18n.md, "Crisis lines"): each line's name as
 * the service writes it, its description and hours from the catalogue; the finding keeps the
 * English for the command line. The finding goes the way it goes in the extension: the check,
 * the background's clamp, the page's reading.
 */
const de = german as Record<string, CatalogueEntry>;
const inGerman = () => setTranslator((key, substitutions) => (de[key] ? format(de[key], substitutions) : key));
afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

function crisisFor(region: string | undefined): NonNullable<Finding['crisis']> {
  const i = input({ risk: [risk('current')] });
  i.counterpart.policy!.emergency = region ? { region } : ({} as never);
  const [finding] = crisisCheck(i);
  const [read] = acceptFindings([JSON.parse(JSON.stringify(clampFinding(finding!)))]);
  return read!.crisis!;
}

const details = () => [...document.querySelectorAll('.line-detail')].map((d) => d.textContent);

describe('the crisis panel', () => {
  it('in German: German descriptions and hours, the services’ own names', () => {
    inGerman();
    const crisis = crisisFor('DE');
    // The finding itself still says it in English, for the command line.
    expect(crisis.lines[0]!.description).toMatch(/Ambulance/);
    render(<CrisisLines crisis={crisis} />);
    expect(details()).toEqual([
      'Rettungsdienst, Polizei und Feuerwehr, wenn jemand gerade in Gefahr ist. Kostenlos in allen EU-Mitgliedstaaten. rund um die Uhr',
      'Kostenlose und anonyme Unterstützung am Telefon. rund um die Uhr',
    ]);
    expect(document.body.textContent).toContain('TelefonSeelsorge');
    expect(document.body.textContent).not.toMatch(/Ambulance|24\/7|anonymous/);
  });

  it('in German for the EU-wide lines, whose hours depend on the country', () => {
    inGerman();
    render(<CrisisLines crisis={crisisFor('AT')} />);
    expect(details()).toContain(
      'Die EU-weit für Telefone zur seelischen Unterstützung reservierte Nummer. Je nach Land',
    );
  });

  it('in German, the general guidance for a region without lines', () => {
    inGerman();
    const crisis = crisisFor('JP');
    expect(crisis.fallback).toBe(FALLBACK_GUIDANCE);
    render(<CrisisLines crisis={crisis} />);
    expect(document.body.textContent).toContain(
      'Rufen Sie den örtlichen Notruf an (die 112 funktioniert in vielen Ländern) oder gehen Sie in die nächste Notaufnahme.',
    );
  });

  it('in English: exactly the words of lines.json', () => {
    const crisis = crisisFor('GB');
    render(<CrisisLines crisis={crisis} />);
    expect(details()).toEqual(crisis.lines.map((l) => `${l.description} ${l.hours}`));
  });

  it('a key the page does not know is dropped on the way: the line shows its English words', () => {
    inGerman();
    const crisis = crisisFor('DE');
    const [first] = crisis.lines;
    const raw = { ...clampFinding({ id: 'crisis', severity: 'critical', message: 'x', crisis }) };
    raw.crisis!.lines = [{ ...first!, descriptionKey: 'crisis_line_desc_nonsense' as never, hoursKey: 42 as never }];
    const [read] = acceptFindings([JSON.parse(JSON.stringify(raw))]);
    expect(read!.crisis!.lines).toHaveLength(1);
    render(<CrisisLines crisis={read!.crisis!} />);
    expect(details()).toEqual([`${first!.description} ${first!.hours}`]);
  });
});
