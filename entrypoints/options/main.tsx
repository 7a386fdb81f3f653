import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TherapistSettings } from '../../components/TherapistSettings';
import { addressEntrySchema, matchesAny } from '../../lib/policy/address';
import type { LoadedSettings } from '../../lib/storage/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/storage/settings';
import './style.css';

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    void loadSettings().then(setLoaded);
    return watchSettings(setLoaded);
  }, []);
  if (!loaded) return <p>Loading…</p>;

  const onAdd = async (name: string, address: string): Promise<string | null> => {
    const entry = addressEntrySchema.safeParse(address);
    if (!entry.success) return `“${address.trim() || '(empty)'}” is not an email address or @domain.`;
    const taken = loaded.settings.therapists.find((t) => t.emails.includes(entry.data));
    if (taken) return `${entry.data} is already listed.`;
    const covered = !entry.data.startsWith('@') && loaded.settings.therapists.find((t) => matchesAny(entry.data, t.emails));
    if (covered) return `${entry.data} is already covered by ${covered.emails.join(', ')}.`;
    try {
      await updateSettings((s) => ({
        ...s,
        therapists: [
          ...s.therapists,
          { id: crypto.randomUUID(), name: name.trim(), emails: [entry.data], encryption: 'preferred', allowedCc: [] },
        ],
      }));
      return null;
    } catch (error) {
      return `Could not save: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  const onRemove = async (id: string) => {
    await updateSettings((s) => {
      const { [id]: _removed, ...acceptances } = s.acceptances;
      return { ...s, therapists: s.therapists.filter((t) => t.id !== id), acceptances };
    });
  };

  const onWithdraw = async (id: string) => {
    await updateSettings((s) => {
      const { [id]: _removed, ...acceptances } = s.acceptances;
      return { ...s, acceptances };
    });
  };

  return (
    <TherapistSettings
      settings={loaded.settings}
      problem={loaded.problem}
      onAdd={onAdd}
      onRemove={onRemove}
      onWithdraw={onWithdraw}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
