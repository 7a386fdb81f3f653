import { useId } from 'react';
import { t } from '../../lib/i18n';
import type { Suppression } from '../../lib/policy/suppressions';
import { findingTitle } from '../finding-titles';
import { longDay } from './dates';
import { rich } from './rich';
import { useAction } from './use-action';

export interface SuppressionListProps {
  /** Those in force. */
  suppressions: readonly Suppression[];
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(personId: string, check: string): Promise<void>;
}

/** "Not again for this one": each silenced warning, with its dates; withdrawing brings it back. */
export function SuppressionList({ suppressions, names, withdraw }: SuppressionListProps) {
  const headingId = useId();
  const action = useAction();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_suppressions_heading')}</h2>
      {suppressions.length === 0 ? (
        <p className="empty">{t('options_suppressions_none')}</p>
      ) : (
        <ul className="entries" aria-label={t('options_suppressions_list')}>
          {suppressions.map((s) => {
            const who = names[s.personId] ?? t('options_someone_unlisted');
            const what = findingTitle(s.check);
            return (
              <li key={`${s.personId}-${s.check}`} className="entry" data-testid="suppression">
                <p className="entry-text">
                  {rich(
                    'options_suppression_since',
                    <strong>{what}</strong>,
                    who,
                    <time dateTime={s.since}>{longDay(s.since)}</time>,
                  )}
                  {s.until
                    ? rich('options_suppression_until', <time dateTime={s.until}>{longDay(s.until)}</time>)
                    : t('options_suppression_forever')}
                </p>
                <div className="entry-actions">
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() => void action.run(() => withdraw(s.personId, s.check))}
                  >
                    {t('options_suppression_withdraw')}
                    <span className="visually-hidden">{t('options_suppression_withdraw_for', what, who)}</span>
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
