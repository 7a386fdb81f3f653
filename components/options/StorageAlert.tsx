import { useState } from 'react';
import { errorText } from './types';

export interface StorageAlertProps {
  problem: string;
  exportStored(): Promise<void>;
  reset(): Promise<void>;
}

/** The stored settings could not be read: say so, offer to export them as they are, then reset. */
export function StorageAlert({ problem, exportStored, reset }: StorageAlertProps) {
  const [error, setError] = useState<string | null>(null);
  const attempt = (action: () => Promise<void>) => async () => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <div className="storage-alert" role="alert" data-testid="storage-alert">
      <p>
        <strong>{problem}</strong>
      </p>
      <p>Until then, nobody you listed is checked and nothing can be changed here.</p>
      <div className="actions">
        <button type="button" onClick={() => void attempt(exportStored)()}>
          Export what was stored
        </button>
        <button type="button" className="danger" onClick={() => void attempt(reset)()}>
          Reset settings
        </button>
      </div>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
