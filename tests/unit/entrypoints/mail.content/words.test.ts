// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import { CONTENT_SCRIPT_WORDS } from '../../../../entrypoints/mail.content/words';
import { mailPageDeps } from '../../../../entrypoints/mail.content/wiring';
import type { Finding } from '../../../../lib/checks/finding';
import { format, rememberingLookup, setTranslator, type CatalogueEntry, type MessageKey } from '../../../../lib/i18n';
import { englishTranslator } from '../../../../lib/i18n/english';
import { crisisNoticeText } from '../../../../lib/ui/crisis-notice';
import { renderFallbackDialog } from '../../../../lib/ui/fallback-dialog';
import { ROOT, reachedFrom } from '../../support/imports';

/**
 * Once the extension is updated under a mail page, its catalogue throws: the content script has
 * only the words it read at start. Every key it can show is in its warm list, and the fallback
 * dialog and the notices then still speak the user's language.
 */
const de = german as Record<string, CatalogueEntry>;
const KEY_IN_CODE = /\bt\(\s*'([A-Za-z0-9_@]+)'/g;

describe('the content script’s warm words', () => {
  it('name every key any file of the content script reads', () => {
    const { files } = reachedFrom('entrypoints/mail.content/index.ts');
    const read = new Set<string>();
    for (const file of files.filter((f) => /\.tsx?$/.test(f)))
      for (const [, key] of fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(KEY_IN_CODE)) read.add(key!);
    expect(read.size).toBeGreaterThan(20);
    const missing = [...read].filter((key) => !CONTENT_SCRIPT_WORDS.includes(key as MessageKey));
    expect(missing).toEqual([]);
  });
});

describe('an orphaned content script in German', () => {
  afterEach(() => setTranslator(englishTranslator));

  /** German while the extension is there; every lookup throws once `orphan()` was called. */
  function orphanable() {
    let gone = false;
    setTranslator(
      rememberingLookup((key, subs) => {
        if (gone) throw new Error('Extension context invalidated.');
        return de[key] ? format(de[key], subs) : '';
      }, CONTENT_SCRIPT_WORDS),
    );
    return () => (gone = true);
  }

  it('draws the fallback dialog in German, with its findings’ messages and placeholders filled', () => {
    orphanable()();
    const findings: Finding[] = [
      {
        id: 'encryption',
        severity: 'warning',
        message: 'Not end-to-end encrypted.',
        messageKey: 'finding_msg_encryption_accepted',
        messageArgs: ['Maya Lee', '2026-03-14'],
        evidence: [{ field: 'body', text: 'Diagnose', start: 0, end: 8 }],
      },
      {
        id: 'crisis',
        severity: 'critical',
        message: 'x',
        crisis: {
          region: 'DE',
          lines: [
            { name: 'TelefonSeelsorge', description: 'Anruf', number: '0800 1110111', hours: '24/7', contacts: [] },
          ],
          therapistNote: 'Hallo',
        },
      },
    ];
    const box = document.createElement('div');
    renderFallbackDialog(box, findings, 'Grund', { sendAnyway: () => undefined, edit: () => undefined });
    const text = box.textContent ?? '';
    expect(text).toContain('Bevor Sie senden');
    expect(text).toContain('Noch wurde nichts gesendet. Dinge zum Ansehen: 2');
    expect(text).toContain('Between Sessions konnte sein eigenes Fenster nicht öffnen (Grund)');
    expect(text).toContain('Risiko unverschlüsselter E-Mails an Maya Lee am 2026-03-14 akzeptiert');
    expect(text).toContain('Hinweis Ihrer Therapeutin oder Ihres Therapeuten: „Hallo“');
    expect(box.querySelector('[data-action="edit"]')?.textContent).toBe('Bearbeiten');
    expect(box.querySelector('[data-action="send-anyway"]')?.textContent).toBe('Trotzdem senden');
    expect(box.querySelector('.crisis-lines ul')?.getAttribute('aria-label')).toBe('Krisentelefone (DE)');
    expect(text).not.toMatch(/\b(dialog|notice|finding)_[a-z_]+/);
  });

  it('shows the reload notice and the crisis notice text in German', () => {
    orphanable()();
    expect(crisisNoticeText({ id: 'crisis', severity: 'info', message: 'x' })).toBe(
      'Ihre Nachricht wurde gesendet. Wenn es gerade schwer ist, erreichen Sie jederzeit jemanden: rufen Sie den örtlichen Notruf an.',
    );
    const deps = mailPageDeps({
      doc: document,
      adapter: {} as never,
      ask: (() => Promise.reject(new Error('gone'))) as never,
      loadListed: () => new Promise(() => undefined),
      watchListed: () => () => undefined,
      dialog: { open: () => undefined, close: () => undefined, isShown: () => false },
      isOwnUi: () => false,
      isInvalid: () => true,
    });
    deps.guard.onInvalid();
    const notice = document.querySelector('between-sessions-notice[data-testid="bs-reload-notice"]');
    expect(notice?.shadowRoot?.textContent).toContain('Laden Sie den Tab neu');
    expect(notice?.shadowRoot?.querySelector('button')?.textContent).toBe('Schließen');
    deps.stop();
  });
});
