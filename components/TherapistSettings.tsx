import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../lib/policy/settings';

export interface TherapistSettingsProps {
  settings: Settings;
  /** A message about settings that could not be read, if any. */
  problem?: string | undefined;
  /** Returns an error message to show, or null when the therapist was added. */
  onAdd(name: string, address: string): Promise<string | null>;
  onRemove(id: string): Promise<void>;
  onWithdraw(id: string): Promise<void>;
}

/** The options page's list of therapists: add by address or @domain, remove, withdraw acceptances. */
export function TherapistSettings({ settings, problem, onAdd, onRemove, onWithdraw }: TherapistSettingsProps) {
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const addressId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const message = await onAdd(name, address);
    setBusy(false);
    setError(message);
    if (!message) {
      setName('');
      setAddress('');
    }
  };

  return (
    <main>
      <h1>Between Sessions</h1>
      <p className="intro">
        When you write to someone listed here from Gmail, Between Sessions checks the message before it leaves:
        whether it is encrypted and whether anyone else is on it. Mail to anyone else is never read. Everything
        stays in this browser.
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}

      <section aria-labelledby="therapists-heading">
        <h2 id="therapists-heading">Your therapists</h2>
        {settings.therapists.length === 0 ? (
          <p className="empty">No therapist listed yet. Add their email address below.</p>
        ) : (
          <ul className="therapists" aria-label="Listed therapists">
            {settings.therapists.map((t) => {
              const accepted = settings.acceptances[t.id];
              const label = t.name || t.emails[0] || '';
              return (
                <li key={t.id} data-testid="therapist">
                  <div>
                    {t.name && <strong>{t.name} </strong>}
                    <span className="emails">{t.emails.join(', ')}</span>
                    {accepted && (
                      <p className="accepted">
                        You accepted plain email on {accepted.acceptedAt.slice(0, 10)}.{' '}
                        <button type="button" className="link" onClick={() => void onWithdraw(t.id)}>
                          Withdraw
                        </button>
                      </p>
                    )}
                  </div>
                  <button type="button" onClick={() => void onRemove(t.id)} aria-label={`Remove ${label}`}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}

        <form onSubmit={(e) => void submit(e)} noValidate>
          <h3>Add a therapist</h3>
          <div className="field">
            <label htmlFor={nameId}>Name (optional)</label>
            <input id={nameId} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor={addressId}>Email address, or @domain for a whole practice</label>
            <input
              id={addressId}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              placeholder="maya@calmpractice.example or @calmpractice.example"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              required
            />
            {error && (
              <p id={errorId} className="error" role="alert">
                {error}
              </p>
            )}
          </div>
          <button type="submit" disabled={busy}>
            Add therapist
          </button>
        </form>
      </section>
    </main>
  );
}
