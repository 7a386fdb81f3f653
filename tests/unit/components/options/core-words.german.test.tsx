// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import { coreText } from '../../../../components/core-words';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { PolicyImport } from '../../../../components/options/PolicyImport';
import type { OptionsActions, OptionsData } from '../../../../components/options/types';
import { format, setTranslator, type CatalogueEntry } from '../../../../lib/i18n';
import { englishTranslator } from '../../../../lib/i18n/english';
import { parsePolicyText, serializePolicy } from '../../../../lib/policy/contact-policy';
import { policyChanges } from '../../../../lib/policy/policy-diff';
import { basicPolicy, defaultSettings } from '../../../../lib/policy/settings';
import { parseManaged } from '../../../../lib/storage/managed';
import { readStoredPlan } from '../../../../lib/storage/safety-plan';
import { parseSettingsFile, readSettings } from '../../../../lib/storage/settings';

/**
 * The words lib/policy makes, on the options page in German (docs/i18n.md, "Words made by the
 * pure core"): the problems of a bad policy file and the "what changed" lines of a changed one.
 */
const de = german as Record<string, CatalogueEntry>;
const inGerman = () => setTranslator((key, substitutions) => (de[key] ? format(de[key], substitutions) : key));

afterEach(() => {
  cleanup();
  setTranslator(englishTranslator);
});

const MAYA = {
  id: 't-maya',
  policy: basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']),
  source: 'imported' as const,
};

/** A policy file with a problem in most of its fields. */
const BAD_FILE = JSON.stringify({
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { emails: ['maya@calmpractice.example', 'not an address'] },
  email: { purposes: ['scheduling', 'scheduling'], encryption: 'yes', allowedCc: [], maxWords: 1.5 },
  availability: { timezone: 'Mars/Olympus', hours: { mon: ['9-5', '12:00-10:00'] } },
  emergency: { region: 'UK' },
});

function paste(text: string, onImport = vi.fn(async (..._args: unknown[]) => undefined)) {
  render(<PolicyImport therapists={[MAYA]} onImport={onImport} />);
  const box = screen.getByRole('textbox');
  fireEvent.change(box, { target: { value: text } });
  return onImport;
}

const problemItems = () =>
  within(screen.getByTestId('import-problems'))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('a bad policy file on the options page', () => {
  it('in German: every problem in German words', async () => {
    inGerman();
    paste(BAD_FILE);
    fireEvent.click(screen.getByRole('button', { name: 'Eingefügten Text importieren' }));
    await waitFor(() => expect(screen.getByTestId('import-problems')).toBeTruthy());
    const items = problemItems();
    expect(items).toEqual([
      'therapist.name: ist erforderlich',
      'therapist.emails.1: erwartet wird eine E-Mail-Adresse (name@example.com) oder eine ganze Domain (@example.com)',
      'email.purposes.1: „scheduling“ steht zweimal in der Liste',
      'email.maxWords: muss eine ganze Zahl sein',
      'email.encryption: erwartet wird einer dieser Werte: required, preferred, not-required',
      'availability.timezone: ist kein Zeitzonenname; verwenden Sie einen IANA-Namen wie „America/New_York“ oder „Europe/London“',
      'availability.hours.mon.0: erwartet wird ein Zeitraum wie 09:00-17:00 (24-Stunden-Uhr; 24:00 darf einen Zeitraum beenden)',
      'availability.hours.mon.1: 12:00-10:00 endet, bevor er beginnt',
      'emergency.region: „UK“ ist kein Ländercode; verwenden Sie für das Vereinigte Königreich „GB“',
    ]);
  });

  it('in English: exactly the words lib/policy writes (the command line prints the same)', async () => {
    paste(BAD_FILE);
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    await waitFor(() => expect(screen.getByTestId('import-problems')).toBeTruthy());
    const result = parsePolicyText(BAD_FILE);
    if (result.ok) throw new Error('expected problems');
    expect(problemItems()).toEqual(result.problems.map((p) => `${p.path}: ${p.message}`));
  });

  it('a file that is not JSON, in German', async () => {
    inGerman();
    paste('// notes\n{');
    fireEvent.click(screen.getByRole('button', { name: 'Eingefügten Text importieren' }));
    await waitFor(() => expect(screen.getByTestId('import-problems')).toBeTruthy());
    expect(problemItems()[0]).toMatch(
      /^\(ganze Datei\): Das ist keine JSON-Datei: .+ \(JSON erlaubt keine Kommentare\)$/s,
    );
  });
});

describe('what changed in an imported policy, on the options page', () => {
  const changed = () => {
    const after = structuredClone(MAYA.policy);
    after.email.purposes = ['scheduling', 'admin', 'checkin', 'support'];
    after.email.encryption = 'required';
    after.availability = { timezone: 'Europe/Berlin', hours: { mon: ['09:00-17:00'] }, notReadOn: ['sat', 'sun'] };
    after.therapist.practice = 'Praxis Lee';
    return after;
  };
  const lines = () => [...screen.getByTestId('policy-changes').querySelectorAll('li')].map((li) => li.textContent);

  it('in German, and the English lines are what is stored as acknowledged', async () => {
    inGerman();
    const onImport = paste(serializePolicy(changed()));
    fireEvent.click(screen.getByRole('button', { name: 'Eingefügten Text importieren' }));
    await waitFor(() => expect(screen.getByTestId('policy-changes')).toBeTruthy());
    const shown = lines();
    expect(shown).toContain('E-Mail ist jetzt auch gedacht für: Unterstützung zwischen den Sitzungen.');
    expect(shown).toContain('Praxis: neu, „Praxis Lee“.');
    expect(shown).toContain('Verschlüsselung: bisher „bevorzugt“, jetzt „erforderlich“.');
    expect(shown).toContain('Zeiten am Montag: neu, „09:00-17:00“.');
    expect(shown).toContain('Zeiten am Dienstag: neu, „geschlossen“.');
    expect(shown).toContain('Tage, an denen E-Mails nicht gelesen werden: neu, „Samstag, Sonntag“.');
    expect(shown.join('\n')).not.toMatch(/Email is|Encryption|Hours on|was “|new,|Saturday/);
    fireEvent.click(screen.getByRole('button', { name: 'Ich habe die Änderungen gelesen: bestätigen und ersetzen' }));
    await waitFor(() => expect(onImport).toHaveBeenCalled());
    expect(onImport.mock.calls[0]![2]).toEqual(policyChanges(MAYA.policy, changed()));
  });

  it('in English: exactly the lines lib/policy writes', async () => {
    paste(serializePolicy(changed()));
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    await waitFor(() => expect(screen.getByTestId('policy-changes')).toBeTruthy());
    expect(lines()).toEqual(policyChanges(MAYA.policy, changed()));
  });
});

describe('words that do not check out show their English', () => {
  it('an unknown key, a missing argument, an extra one, or a key the catalogue lacks', () => {
    inGerman();
    expect(coreText('is required', { key: 'policy_problem_required', args: [] })).toBe('ist erforderlich');
    expect(coreText('is required', { key: 'policy_problem_nonsense', args: [] })).toBe('is required');
    expect(coreText('overlaps 09:00-12:00', { key: 'policy_problem_overlaps', args: [] })).toBe('overlaps 09:00-12:00');
    expect(coreText('is required', { key: 'policy_problem_required', args: ['x'] })).toBe('is required');
    expect(coreText('is required', undefined)).toBe('is required');
    expect(coreText('is required', 'policy_problem_required')).toBe('is required');
    setTranslator((key) => key);
    expect(coreText('is required', { key: 'policy_problem_required', args: [] })).toBe('is required');
    setTranslator(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(coreText('is required', { key: 'policy_problem_required', args: [] })).toBe('is required');
  });
});

describe('settings problems on the options page', () => {
  const stored = readSettings({ therapists: 'x' });
  const managed = parseManaged({ role: 'boss', clients: [{ emails: ['not an address'] }] });
  const badFile = JSON.stringify({ format: 'between-sessions.settings', version: 2, settings: { role: 'nobody' } });

  function page(importAllSettings: OptionsActions['importAllSettings']) {
    const done = () => vi.fn(async () => undefined);
    const actions = new Proxy({} as OptionsActions, {
      get: (_, name) => (name === 'importAllSettings' ? importAllSettings : name === 'newId' ? () => 'id' : done()),
    });
    const data: OptionsData = {
      settings: defaultSettings(),
      managed,
      problem: stored.problem,
      problemWords: stored.problemWords,
      sendCount: 0,
      notes: { notes: [], unreadable: 0 },
    };
    render(<OptionsPage data={data} actions={actions} timezone="Europe/Berlin" region="DE" />);
  }

  const importFile = async (text: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"][accept*="json"]:not([multiple])');
    const all = [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')];
    const chosen = all.find((i) => i.closest('section')?.textContent?.includes('Einstellungen')) ?? input!;
    fireEvent.change(chosen, { target: { files: [new File([text], 'settings.json', { type: 'application/json' })] } });
  };

  it('in German: the stored settings, the deployed settings and a settings file', async () => {
    inGerman();
    page(async (text) => {
      const result = parseSettingsFile(text);
      return result.ok ? { ok: true } : result;
    });
    expect(screen.getByTestId('storage-alert').textContent).toContain(
      'Die gespeicherten Einstellungen konnten nicht gelesen werden (therapists: ',
    );
    const deployed = [...screen.getByTestId('managed-problems').querySelectorAll('li')].map((li) => li.textContent);
    expect(deployed).toEqual([
      'role: erwartet wird einer dieser Werte: client, therapist, both',
      'clients.0: erwartet wird eine E-Mail-Adresse (name@example.com) oder eine ganze Domain (@example.com)',
    ]);
    await importFile(badFile);
    await waitFor(() => expect(screen.getByTestId('settings-import-problems')).toBeTruthy());
    expect(
      [...screen.getByTestId('settings-import-problems').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual(['role: erwartet wird einer dieser Werte: client, therapist, both']);
  });

  it('in German: a stored safety plan that could not be read', () => {
    inGerman();
    const plan = readStoredPlan({ format: 'between-sessions.safety-plan', version: 1, helpers: 'Sam' });
    expect(coreText(plan.problem!, plan.problemWords)).toBe(
      'Ihr gespeicherter Krisenplan konnte nicht gelesen werden (helpers: erwartet: eine Liste [ ... ], nicht Text). Sie können das Gespeicherte exportieren und dann neu beginnen.',
    );
  });

  it('in English: the words lib/storage writes', () => {
    page(async () => ({ ok: true }));
    expect(screen.getByTestId('storage-alert').textContent).toContain(stored.problem!);
    const deployed = [...screen.getByTestId('managed-problems').querySelectorAll('li')].map((li) => li.textContent);
    expect(deployed).toEqual(managed.problems);
  });
});

describe('a client added with a bad address', () => {
  it('in German: the problem in German words', async () => {
    inGerman();
    const { ClientList } = await import('../../../../components/options/ClientList');
    render(<ClientList clients={[]} newId={() => 'c-1'} saveClient={vi.fn()} removeClient={vi.fn()} />);
    fireEvent.change(screen.getByLabelText(de['options_client_emails']!.message, { exact: false }), {
      target: { value: 'jordan@' },
    });
    fireEvent.click(screen.getByRole('button', { name: de['options_client_add_save']!.message }));
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '„jordan@“: erwartet wird eine E-Mail-Adresse (name@example.com) oder eine ganze Domain (@example.com)',
      ),
    );
  });
});
