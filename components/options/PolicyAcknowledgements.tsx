import { useId } from 'react';
import type { PolicyAcknowledgement } from '../../lib/policy/acknowledgements';

function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Changed policies the user acknowledged, newest first, each with its date and the changes read. */
export function PolicyAcknowledgements({ acknowledgements }: { acknowledgements: readonly PolicyAcknowledgement[] }) {
  const headingId = useId();
  const entries = [...acknowledgements].sort((a, b) => b.acknowledgedAt.localeCompare(a.acknowledgedAt));
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Policy changes you acknowledged</h2>
      {entries.length === 0 ? (
        <p className="empty">
          None. When you import a changed policy for a therapist already listed, the changes are shown and you
          acknowledge them; each acknowledgement is listed here with its date.
        </p>
      ) : (
        <ul className="entries" aria-label="Acknowledged policy changes">
          {entries.map((a, i) => (
            <li
              key={`${a.counterpartId}-${a.acknowledgedAt}-${i}`}
              className="entry"
              data-testid="policy-acknowledgement"
            >
              <p className="entry-text">
                <strong>{a.name}</strong>
                {a.updated ? ` (policy of ${a.updated})` : ''}: acknowledged on{' '}
                <time dateTime={a.acknowledgedAt}>{day(a.acknowledgedAt)}</time>
              </p>
              <details>
                <summary>{a.changes.length === 1 ? '1 change' : `${a.changes.length} changes`}</summary>
                <ul>
                  {a.changes.map((line, j) => (
                    <li key={j}>{line}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
