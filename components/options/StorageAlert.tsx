import { useState } from 'react';
import { t } from '../../lib/i18n';
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
      <p>{t('options_storage_until')}</p>
      <div className="actions">
        <button type="button" onClick={() => void attempt(exportStored)()}>
          {t('options_export_stored')}
        </button>
        <button type="button" className="danger" onClick={() => void attempt(reset)()}>
          {t('options_reset_settings')}
        </button>
      </div>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
