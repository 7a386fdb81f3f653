import { useId, useState } from 'react';
import { useAction } from './use-action';

/** How many sends are logged (for the weekly limit) and a way to clear them. */
export function SendHistory({ count, clear }: { count: number; clear(): Promise<void> }) {
  const headingId = useId();
  const action = useAction();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Send history</h2>
      <p data-testid="send-count">
        {count === 0 ? 'No sends are logged.' : count === 1 ? '1 send is logged.' : `${count} sends are logged.`} Only
        the time of each message to a listed therapist is kept, never what it said, to check how many were sent in the
        last 7 days.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              await clear();
              setMessage('Send history cleared.');
            })
          }
        >
          Clear send history
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
      {action.error && (
        <p className="error" role="alert">
          Could not clear: {action.error}
        </p>
      )}
    </section>
  );
}
