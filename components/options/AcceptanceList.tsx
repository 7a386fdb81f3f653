import { useId } from 'react';
import { t } from '../../lib/i18n';
import type { Acceptance } from '../../lib/policy/settings';
import { longDay } from './dates';
import { rich } from './rich';
import { useAction } from './use-action';

export interface AcceptanceListProps {
  acceptances: Record<string, Acceptance>;
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(id: string): Promise<void>;
}

/** Where the user accepted the risk of plain email: each can be withdrawn (warnings come back). */
export function AcceptanceList({ acceptances, names, withdraw }: AcceptanceListProps) {
  const headingId = useId();
  const action = useAction();
  const entries = Object.entries(acceptances).sort(([, a], [, b]) => a.acceptedAt.localeCompare(b.acceptedAt));
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_acceptances_heading')}</h2>
      {entries.length === 0 ? (
        <p className="empty">{t('options_acceptances_none')}</p>
      ) : (
        <ul className="entries" aria-label={t('options_acceptances_list')}>
          {entries.map(([id, acceptance]) => {
            const who = names[id] ?? t('options_someone_unlisted');
            return (
              <li key={id} className="entry" data-testid="acceptance">
                <p className="entry-text">
                  {rich(
                    'options_acceptance_entry',
                    <strong>{who}</strong>,
                    <time dateTime={acceptance.acceptedAt}>{longDay(acceptance.acceptedAt)}</time>,
                  )}
                </p>
                <div className="entry-actions">
                  <button type="button" disabled={action.busy} onClick={() => void action.run(() => withdraw(id))}>
                    {t('options_acceptance_withdraw')}
                    <span className="visually-hidden">{t('options_acceptance_withdraw_for', who)}</span>
                  </button>
                </div>
              </li>
            );
          })}
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
