import { useId } from 'react';
import type { Acceptance } from '../../lib/policy/settings';
import { useAction } from './use-action';

export interface AcceptanceListProps {
  acceptances: Record<string, Acceptance>;
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(id: string): Promise<void>;
}

function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Where the user accepted the risk of plain email: each can be withdrawn (warnings come back). */
export function AcceptanceList({ acceptances, names, withdraw }: AcceptanceListProps) {
  const headingId = useId();
  const action = useAction();
  const entries = Object.entries(acceptances).sort(([, a], [, b]) => a.acceptedAt.localeCompare(b.acceptedAt));
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Plain email you accepted</h2>
      {entries.length === 0 ? (
        <p className="empty">
          None. When a policy prefers encrypted email, you can accept the risk of plain email in the warning before
          sending; it is listed here.
        </p>
      ) : (
        <ul className="entries" aria-label="Accepted plain email">
          {entries.map(([id, acceptance]) => {
            const who = names[id] ?? 'Someone no longer listed';
            return (
              <li key={id} className="entry" data-testid="acceptance">
                <p className="entry-text">
                  <strong>{who}</strong>: accepted on{' '}
                  <time dateTime={acceptance.acceptedAt}>{day(acceptance.acceptedAt)}</time>
                </p>
                <div className="entry-actions">
                  <button type="button" disabled={action.busy} onClick={() => void action.run(() => withdraw(id))}>
                    Withdraw<span className="visually-hidden"> acceptance for {who}</span>
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
