import { useId } from 'react';
import type { Suppression } from '../../lib/policy/suppressions';
import { findingTitle } from '../finding-titles';
import { useAction } from './use-action';

export interface SuppressionListProps {
  /** Those in force. */
  suppressions: readonly Suppression[];
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(personId: string, check: string): Promise<void>;
}

function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Not again for this one": each silenced warning, with its dates; withdrawing brings it back. */
export function SuppressionList({ suppressions, names, withdraw }: SuppressionListProps) {
  const headingId = useId();
  const action = useAction();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Warnings you turned off</h2>
      {suppressions.length === 0 ? (
        <p className="empty">
          None. In the warning before sending, you can choose not to be warned about one thing for one therapist, for 7
          days or until you change your mind; it is listed here. Crisis lines always show.
        </p>
      ) : (
        <ul className="entries" aria-label="Warnings turned off">
          {suppressions.map((s) => {
            const who = names[s.personId] ?? 'Someone no longer listed';
            const what = findingTitle(s.check);
            return (
              <li key={`${s.personId}-${s.check}`} className="entry" data-testid="suppression">
                <p className="entry-text">
                  <strong>{what}</strong> for {who}: off since <time dateTime={s.since}>{day(s.since)}</time>
                  {s.until ? (
                    <>
                      , until <time dateTime={s.until}>{day(s.until)}</time>
                    </>
                  ) : (
                    ', until you change your mind'
                  )}
                </p>
                <div className="entry-actions">
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() => void action.run(() => withdraw(s.personId, s.check))}
                  >
                    Warn me again
                    <span className="visually-hidden">
                      : {what} for {who}
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {action.error && (
        <p className="error" role="alert">
          Could not withdraw: {action.error}
        </p>
      )}
    </section>
  );
}
