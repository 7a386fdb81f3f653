// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import type { OptionsData } from '../../../../components/options/types';
import { format, setTranslator, type CatalogueEntry } from '../../../../lib/i18n';
import { englishTranslator } from '../../../../lib/i18n/english';
import { basicPolicy, type Settings } from '../../../../lib/policy/settings';
import { parseSafetyPlan, type SafetyPlan } from '../../../../lib/safety-plan/safety-plan';
import { PURPOSES } from '../../../../lib/policy/contact-policy';
import { POLICY_TEMPLATES } from '../../../../lib/policy/templates';
import { PURPOSE_DESCRIPTIONS, PURPOSE_TITLES } from '../../../../lib/policy/vocabulary';
import { purposeDescription, purposeTitle, templateText } from '../../../../components/options/vocabulary';
import { optionsActions, optionsData, showOptions } from '../../support/options-page';

/**
 * The options page in German (docs/i18n.md): with the German catalogue installed, no words of the
 * English catalogue's options_ keys are left on the page (text, aria-labels, placeholders,
 * titles), and dates and weekday names come from Intl in German.
 */

const de = german as Record<string, CatalogueEntry>;
const en = english as Record<string, CatalogueEntry>;

beforeEach(() => setTranslator((key, substitutions) => (de[key] ? format(de[key], substitutions) : key)));
afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

/** The English words of each options_ key that German does not share: its text between placeholders. */
function englishFragments(): { key: string; text: string }[] {
  const found: { key: string; text: string }[] = [];
  for (const [key, entry] of Object.entries(en)) {
    if (!key.startsWith('options_') || key === 'options_locale') continue;
    const germanMessage = de[key]?.message ?? '';
    for (const piece of entry.message.split(/\$[A-Za-z0-9_@]+\$/)) {
      const text = piece.trim().replace(/^[\s,.:;()"“”]+|[\s,.:;()"“”]+$/g, '');
      // Short pieces ("Name", "Notes") may be German too; a fragment counts when it has 2+ words.
      if (!/[A-Za-z]{3,}\s+[A-Za-z]/.test(text) || germanMessage.includes(text)) continue;
      found.push({ key, text });
    }
  }
  return found;
}

/** Everything a user can read or hear on the page: text and the words in attributes. */
function pageWords(): string {
  const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

function leftInEnglish(): string[] {
  const words = pageWords();
  return englishFragments()
    .filter(({ text }) => words.includes(text))
    .map(({ key, text }) => `${key}: "${text}"`);
}

const MAYA = {
  id: 't-maya',
  policy: { ...basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']), updated: '2026-11-20' },
  source: 'default' as const,
};

function plan(): SafetyPlan {
  const result = parseSafetyPlan({
    format: 'between-sessions.safety-plan',
    version: 1,
    updated: '2026-08-01',
    copingStrategies: ['Cold shower'],
    helpers: [{ name: 'Sam', phone: '+44 20 7946 0000' }, { name: 'Alex' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

function data(): OptionsData {
  return optionsData(
    {
      role: 'both',
      therapists: [MAYA],
      clients: [{ id: 'c-1', name: 'Jordan', emails: ['jordan@example.com'] }],
      acceptances: { 't-maya': { acceptedAt: '2026-03-14T09:30:00.000Z' } },
      suppressions: [
        { personId: 't-maya', check: 'too-long', since: '2026-11-30T10:00:00.000Z', until: '2099-12-07T10:00:00.000Z' },
        { personId: 'gone', check: 'outside-hours', since: '2026-11-30T10:00:00.000Z' },
      ],
      policyAcknowledgements: [
        {
          counterpartId: 't-maya',
          name: 'Dr. Maya Lee',
          updated: '2026-11-20',
          acknowledgedAt: '2026-11-21T08:00:00.000Z',
          changes: ['a', 'b'],
        },
      ],
      workAddresses: ['jordan@bigcorp.example'],
    } as Partial<Settings>,
    {
      sendCount: 3,
      notes: {
        notes: [
          {
            id: 'n-1',
            savedAt: '2026-11-29T18:45:00.000Z',
            therapist: 'Dr. Maya Lee',
            subject: '',
            body: '',
          },
        ],
        unreadable: 2,
      },
    } as Partial<OptionsData>,
  );
}

function show() {
  showOptions(data(), optionsActions(), {
    timezone: 'Europe/Berlin',
    region: 'DE',
    safetyPlan: { stored: { plan: plan() }, save: vi.fn(async () => undefined) },
  });
}

describe('the policy words the page shows', () => {
  it('say in English exactly what lib/policy says, for every purpose and every starting policy', () => {
    setTranslator(englishTranslator);
    for (const purpose of PURPOSES) {
      expect(purposeTitle(purpose)).toBe(PURPOSE_TITLES[purpose]);
      expect(purposeDescription(purpose)).toBe(PURPOSE_DESCRIPTIONS[purpose]);
    }
    for (const template of POLICY_TEMPLATES) {
      expect(templateText(template)).toEqual({ title: template.title, description: template.description });
    }
  });
});

describe('the options page in German', () => {
  it('the German catalogue has a translation for each options_ key that differs from English', () => {
    // Otherwise the check below would pass on English words copied into the German catalogue.
    expect(englishFragments().length).toBeGreaterThan(300);
  });

  it('lists, history, notes and the safety plan: no English words of the catalogue remain', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Meinen Krisenplan anzeigen' }));
    expect(leftInEnglish()).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Between Sessions – Einstellungen');
    // Dates through Intl in German.
    expect(document.body.textContent).toContain('14. März 2026');
    expect(screen.getByTestId('safety-plan-updated').textContent).toContain('1. August 2026');
  });

  it('the policy form, its problems and the weekly hours: German, with German weekday names', () => {
    show();
    const therapists = screen.getByRole('region', { name: 'Ihre Therapeutinnen und Therapeuten' });
    fireEvent.click(within(therapists).getByRole('button', { name: 'Therapeut/in hinzufügen' }));
    fireEvent.click(within(therapists).getByRole('button', { name: 'Weiter' }));
    const form = within(therapists).getByRole('form');
    // The hours, with a range on Monday, and time away; then save with the name left empty.
    const hours = within(form).queryByRole('checkbox', { name: 'Zeiten festlegen, zu denen E-Mails gelesen werden' });
    if (hours && !(hours as HTMLInputElement).checked) fireEvent.click(hours);
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Sie sind eine Zeit lang weg' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Sie berechnen das Lesen zwischen den Sitzungen' }));
    fireEvent.click(
      within(form).getByRole('checkbox', { name: 'Eltern oder Vormund schreiben auch, aber nur zu manchen Themen' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Zeiten hinzufügen am Montag' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Therapeut/in hinzufügen' }));
    expect(within(form).getByTestId('form-problems').textContent).toMatch(/Es gibt \d+ Probleme?/);
    expect(leftInEnglish()).toEqual([]);
    const days = [...form.querySelectorAll('.day-name')].map((d) => d.textContent);
    expect(days).toEqual(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
    expect(within(form).getByRole('checkbox', { name: 'Nicht gelesen am Sonntag' })).toBeTruthy();
    expect(pageWords()).not.toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
  });

  it('the own policy: template picker and form in German', () => {
    show();
    const own = screen.getByRole('region', { name: 'Ihre Kontaktvereinbarung' });
    fireEvent.click(within(own).getByRole('button', { name: 'Ihre Vereinbarung schreiben' }));
    expect(leftInEnglish()).toEqual([]);
    fireEvent.click(within(own).getByRole('button', { name: 'Weiter' }));
    expect(within(own).getByRole('group', { name: 'Sie' })).toBeTruthy();
    expect(leftInEnglish()).toEqual([]);
  });
});
