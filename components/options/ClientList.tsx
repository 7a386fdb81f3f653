import { useId, useRef, useState, type FormEvent } from 'react';
import type { ClientEntry } from '../../lib/policy/settings';
import { clientEntrySchema } from '../../lib/policy/settings';
import { FieldProblems, describedBy } from './FieldProblems';
import { splitList } from './policy-draft';
import { isManagedId } from './types';
import { useAction } from './use-action';

export interface ClientListProps {
  clients: readonly ClientEntry[];
  newId(): string;
  saveClient(entry: ClientEntry): Promise<void>;
  removeClient(id: string): Promise<void>;
}

/** Therapist role: the clients whose mail is checked (name and addresses or @domains). */
export function ClientList({ clients, newId, saveClient, removeClient }: ClientListProps) {
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const formHeadingId = useId();
  const nameId = useId();
  const emailsId = useId();
  const hintId = useId();
  const problemsId = useId();
  const action = useAction();
  const emailsRef = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    const entries = splitList(emails);
    const parsed = clientEntrySchema.safeParse({ id: 'new', name, emails: entries });
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((issue) => {
          const [field, index] = issue.path;
          if (field === 'emails' && typeof index === 'number') return `"${entries[index]}": ${issue.message}`;
          if (field === 'emails')
            return entries.length === 0 ? 'Enter at least one address or @domain.' : issue.message;
          return `${String(field ?? '')}: ${issue.message}`;
        }),
      );
      emailsRef.current?.focus();
      return;
    }
    const taken = parsed.data.emails.filter((e) => clients.some((c) => c.emails.includes(e)));
    if (taken.length > 0) {
      setProblems(taken.map((e) => `${e} is already listed.`));
      emailsRef.current?.focus();
      return;
    }
    setProblems([]);
    const ok = await action.run(() => saveClient({ ...parsed.data, id: newId() }));
    if (ok) {
      setName('');
      setEmails('');
      setMessage(`Added ${parsed.data.name || parsed.data.emails[0]}.`);
    }
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Your clients</h2>
      <p className="intro">
        Your replies to these addresses are checked before they leave. Mail to anyone else is never read.
      </p>
      {clients.length === 0 ? (
        <p className="empty">No client listed yet.</p>
      ) : (
        <ul className="entries" aria-label="Listed clients">
          {clients.map((client) => {
            const label = client.name || client.emails[0] || '';
            const managed = isManagedId(client.id);
            return (
              <li key={client.id} className="entry" data-testid="client">
                <div className="entry-text">
                  {client.name && (
                    <p className="entry-name">
                      <strong>{client.name}</strong>
                    </p>
                  )}
                  <p className="emails">{client.emails.join(', ')}</p>
                  {managed && <p className="badge">Set by your organisation</p>}
                </div>
                {!managed && (
                  <div className="entry-actions">
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(async () => {
                          await removeClient(client.id);
                          setMessage(`Removed ${label}.`);
                        })
                      }
                    >
                      Remove<span className="visually-hidden"> {label}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="status">
        {message}
      </p>
      <form className="inline-form" aria-labelledby={formHeadingId} onSubmit={(e) => void add(e)} noValidate>
        <h3 id={formHeadingId}>Add a client</h3>
        <div className="field">
          <label htmlFor={nameId}>Client name (optional)</label>
          <input
            id={nameId}
            value={name}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={emailsId}>Client email addresses</label>
          <p id={hintId} className="hint">
            Separate addresses with commas; @domain covers every address at that domain.
          </p>
          <input
            ref={emailsRef}
            id={emailsId}
            value={emails}
            autoComplete="off"
            onChange={(e) => setEmails(e.currentTarget.value)}
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={describedBy(hintId, problemsId, problems.length > 0)}
          />
          <FieldProblems id={problemsId} messages={problems} />
        </div>
        {action.error && (
          <p className="error" role="alert">
            Could not save: {action.error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy}>
            Add client
          </button>
        </div>
      </form>
    </section>
  );
}
