// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { CrisisNotice } from '../../../components/CrisisNotice';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { RiskKind } from '../../../lib/analysis/types';
import { ComposeBadge } from '../../../components/ComposeBadge';
import { billableCheck } from '../../../lib/checks/billable';
import { crisisCheck } from '../../../lib/checks/crisis';
import { phiCheck } from '../../../lib/checks/phi';
import { purposeCheck } from '../../../lib/checks/purpose';
import { PURPOSES, type Channel } from '../../../lib/policy/contact-policy';
import { findingPartKeys, phraseKeys, type Finding } from '../../../lib/checks/finding';
import { format, setTranslator, type CatalogueEntry } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';
import { draft, therapist } from '../support/builders';
import { input, risk, span } from '../support/text-check-input';
import { RISK_KINDS } from '../../../lib/analysis/rules';

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

const KINDS: readonly RiskKind[] = RISK_KINDS;

function crisis(level: 'current' | 'lowered', name: string, practice?: string): Finding {
  const i = input({ risk: KINDS.map((k) => risk(level, k)) });
  i.counterpart = { ...i.counterpart, name };
  i.counterpart.policy!.emergency = { region: 'DE', practicePhone: '+49 30 1234567' };
  i.counterpart.policy!.therapist.practice = practice;
  return crisisCheck(i)[0]!;
}

/** Every purpose detected; therapy content sent to `channel`; for the client or a guardian. */
function purpose(channel: Channel | undefined, from?: string, secure = false): Finding {
  const i = input(
    { purposes: PURPOSES.map((p) => ({ purpose: p, evidence: [span(p)] })) },
    {},
    { draft: draft(from ? { from } : {}) },
  );
  const email = i.counterpart.policy!.email;
  email.purposes = from ? ['scheduling', 'admin'] : [];
  email.channels = channel ? { clinical: channel } : {};
  email.secureChannel = secure ? { name: 'Klientenportal', url: 'https://portal.example' } : undefined;
  email.guardians = { emails: ['eltern@example.com'], purposes: ['scheduling'] };
  return purposeCheck(i)[0]!;
}

function phi(secure: boolean): Finding {
  const client = therapist({ kind: 'client', name: 'Jordan' });
  const categories = ['diagnosis', 'medication', 'symptom', 'treatment', 'risk'] as const;
  const i = input({ health: categories.map((category) => ({ category, evidence: span(category) })) }, {}, {});
  i.counterpart = {
    ...client,
    policy: {
      ...client.policy!,
      email: {
        ...client.policy!.email,
        secureChannel: secure ? { name: 'Klientenportal', url: 'https://portal.example' } : undefined,
      },
    },
  };
  return phiCheck(i)[0]!;
}

function billable(freeMinutes: number, incrementMinutes?: number, words = 2400): Finding {
  const i = input({}, {}, { draft: draft({ body: 'Wort '.repeat(words) }) });
  i.counterpart.policy!.email.fees = { freeMinutes, rate: '2,50 € pro Minute', incrementMinutes };
  return billableCheck(i)[0]!;
}

/** Every converted finding, in each of its variants. */
function convertedFindings(): Finding[] {
  return [
    crisis('current', 'Maya Lee', 'Praxis Lee'),
    crisis('current', ''),
    crisis('lowered', 'Maya Lee'),
    purpose(undefined),
    purpose(undefined, undefined, true),
    purpose(undefined, 'eltern@example.com'),
    purpose({ kind: 'portal', url: 'https://portal.example' }),
    purpose({ kind: 'portal', name: 'Klientenportal', url: 'https://portal.example' }, 'eltern@example.com'),
    purpose({ kind: 'phone', name: 'Praxistelefon', phone: '+49 30 1234567' }),
    purpose({ kind: 'phone', phone: '+49 30 1234567' }, undefined, true),
    purpose({ kind: 'session' }),
    phi(true),
    phi(false),
    billable(0),
    billable(0, 15),
    billable(10),
    billable(0, 5, 200),
  ];
}

/** A few words each converted finding must show in German (the words are not merely absent). */
const GERMAN: Record<string, RegExp> = {
  crisis: /Nummer für dringende Fälle|handeln von Schaden|klingt nach/,
  purpose: /Diese Nachricht betrifft offenbar (Terminabsprachen, Unterlagen und Abrechnung, eine kurze Rückmeldung)/,
  phi: /Diese Antwort an Jordan erwähnt eine Diagnose, Medikamente, Symptome, Behandlungsinhalte und Risiken/,
  billable: /Das Lesen dieser Nachricht dauert etwa (12 Minuten|1 Minute) \(geschätzt mit 200 Wörtern pro Minute\)/,
};

function shown(root: HTMLElement): string {
  const labels = [...root.querySelectorAll('[aria-label],[title]')].map(
    (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

function expectGerman(text: string) {
  expect(text).not.toMatch(/\b(finding_msg|phrase)_[a-z_]+/);
  // As words: German "Bringen" does not contain the English "Bring".
  for (const { key, piece } of PIECES)
    expect(text, `${key}: "${piece}"`).not.toMatch(
      new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'),
    );
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
      expect(text).toMatch(GERMAN[f.id]!);
    });

  it('the badge shows findings given as parts in German', () => {
    const { container } = render(
      <ComposeBadge view={null} findings={[billable(10, 5)]} collapsed={false} onToggle={() => undefined} />,
    );
    expect(shown(container)).toMatch(GERMAN.billable!);
    expectGerman(shown(container));
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
