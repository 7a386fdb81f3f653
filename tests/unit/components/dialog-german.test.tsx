// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { CrisisNotice } from '../../../components/CrisisNotice';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { Finding } from '../../../lib/checks/finding';
import { format, setTranslator, type CatalogueEntry } from '../../../lib/i18n';
import { englishTranslator } from '../../../lib/i18n/english';
import { parseSafetyPlan, type SafetyPlan } from '../../../lib/safety-plan/safety-plan';

/**
 * The dialog and the crisis notice in German show none of the English words of the keys they
 * read (docs/i18n.md): every button, heading, label, choice and the findings' own messages.
 */
const en = english as Record<string, CatalogueEntry>;
const de = german as Record<string, CatalogueEntry>;

/** The English words of a key, without its placeholders: each piece must be absent. */
const englishPieces = (prefixes: string[]) =>
  Object.entries(en)
    .filter(([key]) => prefixes.some((p) => key.startsWith(p)))
    .flatMap(([key, entry]) =>
      entry.message
        .split(/\$[A-Za-z0-9_]+\$/)
        .map((piece) => piece.trim().replace(/^[(.:;,\s]+|[).:;,\s]+$/g, ''))
        .filter((piece) => piece.length >= 4)
        .map((piece) => ({ key, piece })),
    );

const CRISIS: Finding = {
  id: 'crisis',
  severity: 'critical',
  message:
    'What you wrote may be about harm. You deserve help now, not after an email is read: please call a crisis line. You can still send your message.',
  messageKey: 'finding_msg_crisis_general',
  evidence: ['a', 'b', 'c', 'd', 'e'].map((text, i) => ({
    field: i === 0 ? 'subject' : 'body',
    text,
    start: i,
    end: i + 1,
  })),
  crisis: {
    region: 'US',
    lines: [
      {
        name: '988 Lifeline',
        description: 'Anruf oder SMS',
        number: '988',
        hours: '24/7',
        unconfirmed: true,
        contacts: [{ via: 'call', label: '988', href: 'tel:988' }],
      },
    ],
    therapistNote: 'Bitte zuerst die Praxis anrufen.',
    practiceLine: { label: 'Praxis Lee', number: '+1 555 0100', href: 'tel:+15550100' },
  },
};
/** A finding whose words come from the catalogue (its `message` is the English fallback). */
const finding = (
  id: Finding['id'],
  severity: Finding['severity'],
  messageKey: Finding['messageKey'],
  messageArgs: string[],
  more: Partial<Finding> = {},
): Finding => ({ id, severity, message: 'x', messageKey, messageArgs, ...more });

const ENCRYPTION = finding('encryption', 'warning', 'finding_msg_encryption_not_required', ['Maya Lee'], {
  message: 'This message is not end-to-end encrypted; Maya Lee is fine with plain email.',
  acceptFor: { counterpartId: 't-maya', name: 'Maya Lee' },
});
const OTHERS = finding(
  'other-recipients',
  'warning',
  'finding_msg_other_recipients',
  ['Maya Lee', 'sam@other.example (Cc)'],
  {
    suppressFor: { personId: 't-maya', name: 'Maya Lee' },
  },
);
const INFO = finding('unchecked', 'info', 'finding_msg_unchecked', ['x']);

function plan(): SafetyPlan {
  const result = parseSafetyPlan({
    format: 'between-sessions.safety-plan',
    version: 1,
    warningSigns: ['Schlaflos'],
    copingStrategies: ['Kalt duschen'],
    distractions: [{ name: 'Café' }],
    helpers: [{ name: 'Sam', phone: '+1 555 0199' }],
    professionals: [{ name: 'Dr. Lee', phone: '+1 555 0100' }],
    safeEnvironment: ['Tabletten weggeben'],
    reasonsForLiving: ['Meine Tochter'],
  });
  if (!result.ok) throw new Error('bad plan');
  return result.plan;
}

/** Everything a person or a screen reader meets: text, labels, titles, options. */
function everything(root: HTMLElement): string {
  const labels = [...root.querySelectorAll('[aria-label],[title]')].map(
    (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

/** Each text holds each of the German phrases and none of the English pieces. */
function expectGerman(texts: string[], german: string[], pieces: { key: string; piece: string }[]): void {
  for (const text of texts) {
    for (const phrase of german) expect(text).toContain(phrase);
    for (const { key, piece } of pieces) expect(text, `${key}: "${piece}"`).not.toContain(piece);
  }
}

beforeEach(() => setTranslator((key, subs) => (de[key] ? format(de[key], subs) : key)));
afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

describe('the dialog in German', () => {
  it('shows no English word of the dialog’s and the findings’ catalogue keys', () => {
    const { container } = render(
      <SendCheckDialog
        findings={[CRISIS, ENCRYPTION, OTHERS, INFO, { ...ENCRYPTION, severity: 'critical', acceptFor: undefined }]}
        onSendAnyway={() => undefined}
        onEdit={() => undefined}
        onSaveNote={() => undefined}
        secureChannel={{ name: 'Klientenportal', url: 'https://portal.example' }}
        safetyPlan={{ plan: plan() }}
      />,
    );
    // The warning signs, folded and unfolded.
    const before = everything(container);
    fireEvent.click(screen.getByRole('button', { name: /Warnzeichen/ }));
    const pieces = englishPieces(['dialog_', 'finding_msg_', 'finding_title_']).filter(
      ({ key }) =>
        !['dialog_title', 'dialog_plan_unreadable', 'dialog_plan_unshown'].includes(key) &&
        !key.startsWith('dialog_fallback'),
    );
    expectGerman(
      [before, everything(container)],
      ['Trotzdem senden', 'Für die nächste Sitzung speichern', 'für Maya Lee sind unverschlüsselte E-Mails in Ordnung'],
      pieces,
    );
  });

  it('the crisis notice after sending speaks German too', () => {
    const { container } = render(
      <CrisisNotice finding={CRISIS} safetyPlan={{ plan: null, problem: 'x' }} onDismiss={() => undefined} />,
    );
    expectGerman(
      [everything(container)],
      ['Ihre Nachricht wurde gesendet', 'Ihr Sicherheitsplan konnte nicht gelesen werden'],
      englishPieces(['notice_crisis_sent', 'notice_dismiss', 'dialog_plan_unreadable', 'dialog_crisis']),
    );
  });
});
