import { t } from '../../lib/i18n';
import type { ContactPolicy } from '../../lib/policy/contact-policy';

/**
 * What changed in a therapist's policy, in plain words, before the client acknowledges it
 * (docs/interfaces.md, "Contact policy file": `updated`).
 */
export function PolicyChanges({ policy, changes }: { policy: ContactPolicy; changes: readonly string[] }) {
  const who = policy.therapist.name;
  if (changes.length === 0) {
    return <p data-testid="policy-changes">{t('options_changes_same', who)}</p>;
  }
  return (
    <div className="policy-changes" data-testid="policy-changes">
      <p>
        <strong>
          {policy.updated ? t('options_changes_heading_dated', who, policy.updated) : t('options_changes_heading', who)}
        </strong>{' '}
        {t('options_changes_read')}
      </p>
      <ul>
        {changes.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The therapist's line about what happens to emails, shown once when their policy is imported. */
export function RecordLine({ policy }: { policy: ContactPolicy }) {
  if (!policy.email.record) return null;
  return (
    <p className="record-line" data-testid="import-record">
      {t('options_record_line', policy.therapist.name, policy.email.record)}
    </p>
  );
}
