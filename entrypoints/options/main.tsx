import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { storage } from 'wxt/utils/storage';
import { downloadText } from '../../components/options/download';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { OptionsActions } from '../../components/options/types';
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
} from '../../lib/storage/settings';
import { clearSendHistory, readSendLog, sendHistoryCount } from '../../lib/storage/send-log';
import type { StoredSafetyPlan } from '../../lib/storage/safety-plan';
import { loadSafetyPlan, saveSafetyPlan, watchSafetyPlan } from '../../lib/storage/safety-plan';
import './style.css';

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
  const [plan, setPlan] = useState<StoredSafetyPlan>({ plan: null });
  useEffect(() => {
    void loadSafetyPlan().then(setPlan);
    return watchSafetyPlan(setPlan);
  }, []);
  useEffect(() => {
    // Managed (enterprise) values that come late reach the page through watchSettings.
    void loadSettings().then(setLoaded);
    void readSendCount().then(setSendCount);
    const unwatchSettings = watchSettings(setLoaded);
    const unwatchLog = storage.watch('local:sendLog', () => void readSendCount().then(setSendCount));
    return () => {
      unwatchSettings();
      unwatchLog();
    };
  }, []);
  if (!loaded) return <p>Loading…</p>;
  return (
    <OptionsPage
      data={{ settings: loaded.settings, managed: loaded.managed, problem: loaded.problem, sendCount }}
      actions={actions}
      safetyPlan={{ stored: plan, save: saveSafetyPlan }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
