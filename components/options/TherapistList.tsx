import { t } from '../../lib/i18n';
import type { Settings, TherapistEntry } from '../../lib/policy/settings';
import { PolicySummary } from './PolicySummary';
import { isManagedId } from './types';

const SOURCE_TEXT: Record<TherapistEntry['source'], () => string> = {
  default: () => t('options_source_default'),
  imported: () => t('options_source_imported'),
  edited: () => t('options_source_edited'),
};

export interface TherapistListProps {
  therapists: Settings['therapists'];
  onEdit(entry: TherapistEntry): void;
  onExport(entry: TherapistEntry): void;
  onRemove(entry: TherapistEntry): void;
  busy?: boolean;
}

/** The listed therapists; those set by the organisation can be exported, not changed. */
export function TherapistList({ therapists, onEdit, onExport, onRemove, busy }: TherapistListProps) {
  if (therapists.length === 0) {
    return <p className="empty">{t('options_therapists_none')}</p>;
  }
  return (
    <ul className="entries" aria-label={t('options_therapists_list')}>
      {therapists.map((entry) => {
        const { therapist } = entry.policy;
        const managed = isManagedId(entry.id);
        return (
          <li key={entry.id} className="entry" data-testid="therapist" data-id={entry.id}>
            <div className="entry-text">
              <p className="entry-name">
                <strong>{therapist.name}</strong>
                {therapist.practice && <span className="muted"> · {therapist.practice}</span>}
              </p>
              <p className="emails">{therapist.emails.join(', ')}</p>
              <PolicySummary policy={entry.policy} />
              <p className={`badge${entry.source === 'default' && !managed ? ' attention' : ''}`}>
                {managed ? t('options_managed_badge') : SOURCE_TEXT[entry.source]()}
              </p>
            </div>
            <div className="entry-actions">
              {!managed && (
                <button type="button" onClick={() => onEdit(entry)} disabled={busy}>
                  {t('options_edit')}
                  <span className="visually-hidden">{t('options_hidden_name', therapist.name)}</span>
                </button>
              )}
              <button type="button" onClick={() => onExport(entry)}>
                {t('options_export')}
                <span className="visually-hidden">{t('options_hidden_name', therapist.name)}</span>
              </button>
              {!managed && (
                <button type="button" onClick={() => onRemove(entry)} disabled={busy}>
                  {t('options_remove')}
                  <span className="visually-hidden">{t('options_hidden_name', therapist.name)}</span>
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
