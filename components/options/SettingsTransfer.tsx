import { useId, useState, type ChangeEvent } from 'react';
import { t } from '../../lib/i18n';
import { coreText } from '../core-words';
import { MAX_SETTINGS_FILE_BYTES } from '../../lib/policy/settings';
import type { SettingsFileResult } from './types';
import { errorText } from './types';

export interface SettingsTransferProps {
  exportAllSettings(): Promise<string>;
  importAllSettings(text: string): Promise<SettingsFileResult>;
  download(fileName: string, text: string): void;
  today?: Date;
}

export function settingsFileName(date = new Date()): string {
  return `between-sessions-settings-${date.toISOString().slice(0, 10)}.json`;
}

/** All settings as one file, to move to another device (a file replaces everything here). */
export function SettingsTransfer({ exportAllSettings, importAllSettings, download, today }: SettingsTransferProps) {
  const headingId = useId();
  const fileId = useId();
  const hintId = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  const exportAll = async () => {
    setProblems([]);
    try {
      download(settingsFileName(today), await exportAllSettings());
      setMessage(t('options_transfer_exported'));
    } catch (error) {
      setProblems([t('options_transfer_could_not_export', errorText(error))]);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage('');
    try {
      // Refused before it is read: a huge file would only freeze the page.
      if (file.size > MAX_SETTINGS_FILE_BYTES) {
        setProblems([t('options_transfer_too_large', MAX_SETTINGS_FILE_BYTES / 1024 / 1024)]);
        return;
      }
      const result = await importAllSettings(await file.text());
      if (result.ok) {
        setProblems([]);
        setMessage(t('options_transfer_imported', file.name));
      } else {
        setProblems(result.problems.map((p, i) => coreText(p, result.words?.[i])));
      }
    } catch (error) {
      setProblems([t('options_transfer_could_not_import', errorText(error))]);
    } finally {
      input.value = '';
    }
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_transfer_heading')}</h2>
      <p className="intro">{t('options_transfer_intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('options_transfer_export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('options_transfer_import_label')}</label>
        <p id={hintId} className="hint">
          {t('options_transfer_import_hint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => void onFile(e)}
        />
      </div>
      <p role="status" className="status">
        {message}
      </p>
      {problems.length > 0 && (
        <div className="error-summary" role="alert" data-testid="settings-import-problems">
          <p>{t('options_nothing_changed')}</p>

          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
