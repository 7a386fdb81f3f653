import { useId, useState } from 'react';
import { t } from '../../lib/i18n';
import { useAction } from './use-action';

/** How many sends are logged (for the weekly limit) and a way to clear them. */
export function SendHistory({ count, clear }: { count: number; clear(): Promise<void> }) {
  const headingId = useId();
  const action = useAction();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_history_heading')}</h2>
      <p data-testid="send-count">
        {count === 0
          ? t('options_history_none')
          : count === 1
            ? t('options_history_one')
            : t('options_history_many', count)}{' '}
        {t('options_history_explain')}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              await clear();
              setMessage(t('options_history_cleared'));
            })
          }
        >
          {t('options_history_clear')}
        </button>
      </div>
      <p role="status" className="status">
        {message}
      </p>
      {action.error && (
        <p className="error" role="alert">
          {t('options_could_not_clear', action.error)}
        </p>
      )}
    </section>
  );
}
