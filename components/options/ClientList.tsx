import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { issueProblems } from '../../lib/policy/contact-policy';
import { problemText } from '../core-words';
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
    const parsed = clientEntrySchema.safeParse({ id: 'new', name, emails: entries }, { reportInput: true });
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((issue) => {
          const [field, index] = issue.path;
          const [problem] = issueProblems([issue]);
          const text = problem ? problemText(problem) : issue.message;
          if (field === 'emails' && typeof index === 'number')
            return t('options_entry_problem', entries[index] ?? '', text);
          if (field === 'emails') return entries.length === 0 ? t('options_client_need_address') : text;
          return `${String(field ?? '')}: ${text}`;
        }),
      );
      emailsRef.current?.focus();
      return;
    }
    const taken = parsed.data.emails.filter((e) => clients.some((c) => c.emails.includes(e)));
    if (taken.length > 0) {
      setProblems(taken.map((e) => t('options_already_listed', e)));
      emailsRef.current?.focus();
      return;
    }
    setProblems([]);
    const ok = await action.run(() => saveClient({ ...parsed.data, id: newId() }));
    if (ok) {
      setName('');
      setEmails('');
      setMessage(t('options_added', parsed.data.name || parsed.data.emails[0] || ''));
    }
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_clients_heading')}</h2>
      <p className="intro">{t('options_clients_intro')}</p>
      {clients.length === 0 ? (
        <p className="empty">{t('options_clients_none')}</p>
      ) : (
        <ul className="entries" aria-label={t('options_clients_list')}>
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
                  {managed && <p className="badge">{t('options_managed_badge')}</p>}
                </div>
                {!managed && (
                  <div className="entry-actions">
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(async () => {
                          await removeClient(client.id);
                          setMessage(t('options_removed', label));
                        })
                      }
                    >
                      {t('options_remove')}
                      <span className="visually-hidden">{t('options_hidden_name', label)}</span>
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
        <h3 id={formHeadingId}>{t('options_client_add')}</h3>
        <div className="field">
          <label htmlFor={nameId}>{t('options_client_name')}</label>
          <input
            id={nameId}
            value={name}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={emailsId}>{t('options_client_emails')}</label>
          <p id={hintId} className="hint">
            {t('options_client_emails_hint')}
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
            {t('options_could_not_save', action.error)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy}>
            {t('options_client_add_save')}
          </button>
        </div>
      </form>
    </section>
  );
}
