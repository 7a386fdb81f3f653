import { useId, type ReactNode } from 'react';
import { t } from '../../lib/i18n';
import { useAction } from './use-action';

/** One entry: what it says, and how to withdraw it. */
export interface WithdrawEntry {
  key: string;
  text: ReactNode;
  /** The button's hidden rest, naming what is withdrawn ("for Dr Maya Chen"). */
  withdrawFor: string;
  withdraw(): Promise<void>;
}

export interface WithdrawListProps {
  heading: string;
  /** Shown when there are no entries. */
  none: string;
  listLabel: string;
  /** Each entry's button. */
  button: string;
  testId: string;
  entries: readonly WithdrawEntry[];
}

/**
 * A card of things the user chose that can each be withdrawn (accepted plain email, silenced
 * warnings); one withdrawal at a time, and a failure is said.
 */
export function WithdrawList({ heading, none, listLabel, button, testId, entries }: WithdrawListProps) {
  const headingId = useId();
  const action = useAction();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{heading}</h2>
      {entries.length === 0 ? (
        <p className="empty">{none}</p>
      ) : (
        <ul className="entries" aria-label={listLabel}>
          {entries.map((entry) => (
            <li key={entry.key} className="entry" data-testid={testId}>
              <p className="entry-text">{entry.text}</p>
              <div className="entry-actions">
                <button type="button" disabled={action.busy} onClick={() => void action.run(entry.withdraw)}>
                  {button}
                  <span className="visually-hidden">{entry.withdrawFor}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {action.error && (
        <p className="error" role="alert">
          {t('options_could_not_withdraw', action.error)}
        </p>
      )}
    </section>
  );
}
