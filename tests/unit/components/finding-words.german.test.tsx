// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { CrisisNotice } from '../../../components/CrisisNotice';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { RiskKind } from '../../../lib/analysis/types';
import { crisisCheck } from '../../../lib/checks/crisis';
import { findingPartKeys, phraseKeys, type Finding } from '../../../lib/checks/finding';
import { format, setTranslator, type CatalogueEntry } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';
import { input, risk } from '../support/text-check-input';

/**
 * The findings whose words are parts (docs/i18n.md, "Finding messages"), as the checks write them,
 * shown by the frame's dialog in German: no English word of their sentences or phrases is left,
 * and no key shows as itself.
 */
const en = english as Record<string, CatalogueEntry>;
const de = german as Record<string, CatalogueEntry>;

/** The English words of the parts' keys, without their placeholders: each piece must be absent. */
const PIECES = [...findingPartKeys, ...phraseKeys].flatMap((key) =>
  en[key]!.message.split(/\$[A-Za-z0-9_]+\$/)
    .map((piece) => piece.trim().replace(/^[(.:;,\s]+|[).:;,\s]+$/g, ''))
    .filter((piece) => piece.length >= 4)
    .map((piece) => ({ key, piece })),
);

const KINDS: RiskKind[] = [
  'wish-to-die',
  'suicidal-thoughts',
  'method',
  'intent',
  'plan',
  'preparation',
  'self-harm',
  'harm-to-others',
];

function crisis(level: 'current' | 'lowered', name: string, practice?: string): Finding {
  const i = input({ risk: KINDS.map((k) => risk(level, k)) });
  i.counterpart = { ...i.counterpart, name };
  i.counterpart.policy!.emergency = { region: 'DE', practicePhone: '+49 30 1234567' };
  i.counterpart.policy!.therapist.practice = practice;
  return crisisCheck(i)[0]!;
}

/** Every converted finding, in each of its variants. */
function convertedFindings(): Finding[] {
  return [crisis('current', 'Maya Lee', 'Praxis Lee'), crisis('current', ''), crisis('lowered', 'Maya Lee')];
}

function shown(root: HTMLElement): string {
  const labels = [...root.querySelectorAll('[aria-label],[title]')].map(
    (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

function expectGerman(text: string) {
  expect(text).not.toMatch(/\b(finding_msg|phrase)_[a-z_]+/);
  for (const { key, piece } of PIECES) expect(text, `${key}: "${piece}"`).not.toContain(piece);
}

beforeEach(() => setTranslator((key, subs) => (de[key] ? format(de[key], subs) : key)));
afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

describe('findings given as parts, in German', () => {
  it('have English words to lose (the check is not empty)', () => {
    expect(PIECES.length).toBeGreaterThan(10);
    for (const f of convertedFindings()) expect(f.messageParts).toBeDefined();
  });

  for (const f of convertedFindings())
    it(`${f.id} (${f.severity}, ${f.message.slice(0, 40)}…): the dialog shows it in German`, () => {
      const { container } = render(
        <SendCheckDialog findings={[f]} onSendAnyway={() => undefined} onEdit={() => undefined} />,
      );
      const text = shown(container);
      expectGerman(text);
      expect(text).toContain(f.crisis?.practiceLine ? 'Nummer für dringende Fälle' : 'Schaden');
    });

  it('crisis: the kinds are a German list, the stand-in name and the practice line German', () => {
    const { container } = render(
      <SendCheckDialog findings={[crisis('current', '')]} onSendAnyway={() => undefined} onEdit={() => undefined} />,
    );
    const text = shown(container);
    expect(text).toContain(
      'klingt nach dem Wunsch, tot zu sein, Suizidgedanken, einer Möglichkeit, Ihr Leben zu beenden, der Absicht, es zu tun, einem Plan, Vorbereitungen, Selbstverletzung und der Absicht, jemand anderem zu schaden.',
    );
    expect(text).toContain('Ihre Therapeutin oder Ihr Therapeut sieht dies vielleicht erst nach Stunden oder Tagen');
    expect(text).toContain('Ihre Therapeutin oder Ihr Therapeut: Nummer für dringende Fälle');
  });

  it('crisis: the notice after sending shows the practice line in German', () => {
    const { container } = render(
      <CrisisNotice finding={crisis('lowered', 'Maya Lee', 'Praxis Lee')} onDismiss={() => undefined} />,
    );
    expect(shown(container)).toContain('Praxis Lee: Nummer für dringende Fälle');
    expectGerman(shown(container));
  });
});
