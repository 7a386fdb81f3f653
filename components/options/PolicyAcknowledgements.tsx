import { useId } from 'react';
import { t } from '../../lib/i18n';
import type { PolicyAcknowledgement } from '../../lib/policy/acknowledgements';

import { longDay } from './dates';
import { rich } from './rich';

/** Changed policies the user acknowledged, newest first, each with its date and the changes read. */
export function PolicyAcknowledgements({ acknowledgements }: { acknowledgements: readonly PolicyAcknowledgement[] }) {
  const headingId = useId();
  const entries = [...acknowledgements].sort((a, b) => b.acknowledgedAt.localeCompare(a.acknowledgedAt));
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_acks_heading')}</h2>
      {entries.length === 0 ? (
        <p className="empty">{t('options_acks_none')}</p>
      ) : (
        <ul className="entries" aria-label={t('options_acks_list')}>
          {entries.map((a, i) => (
            <li
              key={`${a.counterpartId}-${a.acknowledgedAt}-${i}`}
              className="entry"
              data-testid="policy-acknowledgement"
            >
              <p className="entry-text">
                {a.updated
                  ? rich(
                      'options_ack_entry_of',
                      <strong>{a.name}</strong>,
                      a.updated,
                      <time dateTime={a.acknowledgedAt}>{longDay(a.acknowledgedAt)}</time>,
                    )
                  : rich(
                      'options_ack_entry',
                      <strong>{a.name}</strong>,
                      <time dateTime={a.acknowledgedAt}>{longDay(a.acknowledgedAt)}</time>,
                    )}
              </p>
              <details>
                <summary>
                  {a.changes.length === 1 ? t('options_ack_one_change') : t('options_ack_changes', a.changes.length)}
                </summary>

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
