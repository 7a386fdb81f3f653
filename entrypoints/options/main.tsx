import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { storage } from 'wxt/utils/storage';
import { downloadText } from '../../components/options/download';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { OptionsActions, OptionsData } from '../../components/options/types';
import type { LoadedSettings } from '../../lib/storage/settings';
import {
  exportAllSettings,
  importAllSettings,
  loadSettings,
  removeClient,
  removeTherapist,
  resetSettings,
  saveClient,
  saveTherapist,
  updateSettings,
  watchSettings,
  withdrawAcceptance,
  withdrawSuppression,
} from '../../lib/storage/settings';
import { clearSendHistory, readSendLog, sendHistoryCount } from '../../lib/storage/send-log';
import { t } from '../../lib/i18n';
import { installBrowserCatalogue } from '../../lib/i18n/browser';
import { setDocumentLanguage } from '../../lib/i18n/language';
import { notesAsJson, notesAsText } from '../../lib/policy/notes';
import { clearNotesOlderThan, deleteNote, deleteUnreadableNotes, readNotes, watchNotes } from '../../lib/storage/notes';
import type { StoredSafetyPlan } from '../../lib/storage/safety-plan';
import { loadSafetyPlan, saveSafetyPlan, watchSafetyPlan } from '../../lib/storage/safety-plan';
import './style.css';

installBrowserCatalogue();
document.title = t('options_page_title');
setDocumentLanguage(document);

/** The options page: the components get the stored settings and these actions, nothing else. */
const actions: OptionsActions = {
  saveTherapist,
  removeTherapist,
  saveClient,
  removeClient,
  setRole: async (role) => {
    await updateSettings((s) => ({ ...s, role }));
  },
  setRegion: async (region) => {
    await updateSettings(({ region: _old, ...s }) => (region ? { ...s, region } : s));
  },
  saveOwnPolicy: async (ownPolicy) => {
    await updateSettings((s) => ({ ...s, ownPolicy }));
  },
  withdrawAcceptance,
  withdrawSuppression,
  deleteNote,
  clearNotesOlderThan: (days) => clearNotesOlderThan(days, new Date()),
  deleteUnreadableNotes,
  exportNotes: (format) => {
    void readNotes().then((stored) => {
      const day = new Date().toISOString().slice(0, 10);
      if (format === 'json') downloadText(`between-sessions-notes-${day}.json`, notesAsJson(stored, new Date()));
      else downloadText(`between-sessions-notes-${day}.txt`, notesAsText(stored.notes), 'text/plain');
    });
  },
  printNotes: () => {
    // The print style (style.css) shows only the notes, each one opened.
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('.notes details:not([open])')];
    for (const details of closed) details.open = true;
    document.body.classList.add('printing-notes');
    const done = () => {
      document.body.classList.remove('printing-notes');
      for (const details of closed) details.open = false;
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  },
  acknowledgePolicyChange: async (acknowledgement) => {
    await updateSettings((s) => ({
      ...s,
      policyAcknowledgements: [...s.policyAcknowledgements, acknowledgement].slice(-1000),
    }));
  },
  saveWorkAddresses: async (workAddresses) => {
    await updateSettings((s) => ({ ...s, workAddresses }));
  },
  clearSendHistory,
  exportAllSettings: () => exportAllSettings(),
  importAllSettings: async (text) => {
    const result = await importAllSettings(text);
    return result.ok ? { ok: true } : result;
  },
  resetSettings,
  download: (fileName, text) => downloadText(fileName, text),
  newId: () => crypto.randomUUID(),
};

const readSendCount = async () => sendHistoryCount(await readSendLog());

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [sendCount, setSendCount] = useState(0);
  const [notes, setNotes] = useState<OptionsData['notes']>({ notes: [], unreadable: 0 });
  const [plan, setPlan] = useState<StoredSafetyPlan>({ plan: null });
  useEffect(() => {
    void loadSafetyPlan().then(setPlan);
    return watchSafetyPlan(setPlan);
  }, []);
  useEffect(() => {
    // Managed (enterprise) values that come late reach the page through watchSettings.
    void loadSettings().then(setLoaded);
    void readSendCount().then(setSendCount);
    const readAllNotes = () =>
      void readNotes().then((stored) => setNotes({ notes: stored.notes, unreadable: stored.unreadable.length }));
    readAllNotes();
    const unwatchNotes = watchNotes(readAllNotes);
    const unwatchSettings = watchSettings(setLoaded);
    const unwatchLog = storage.watch('local:sendLog', () => void readSendCount().then(setSendCount));
    return () => {
      unwatchSettings();
      unwatchLog();
      unwatchNotes();
    };
  }, []);
  if (!loaded) return <p>{t('options_loading')}</p>;

  return (
    <OptionsPage
      data={{
        settings: loaded.settings,
        managed: loaded.managed,
        problem: loaded.problem,
        problemWords: loaded.problemWords,
        sendCount,
        notes,
      }}
      actions={actions}
      safetyPlan={{ stored: plan, save: saveSafetyPlan }}
      // The popup's "Open your notes" link comes here (entrypoints/popup/main.tsx).
      section={location.hash === '#notes' ? 'notes' : undefined}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
