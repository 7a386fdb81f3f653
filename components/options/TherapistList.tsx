import type { Settings, TherapistEntry } from '../../lib/policy/settings';
import { PolicySummary } from './PolicySummary';
import { isManagedId } from './types';

const SOURCE_TEXT: Record<TherapistEntry['source'], string> = {
  default: 'Starting policy: check it against what your therapist asks',
  imported: 'From their policy file',
  edited: 'Written here',
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
    return <p className="empty">No therapist listed yet. Import their policy file, or add them below.</p>;
  }
  return (
    <ul className="entries" aria-label="Listed therapists">
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
                {managed ? 'Set by your organisation' : SOURCE_TEXT[entry.source]}
              </p>
            </div>
            <div className="entry-actions">
              {!managed && (
                <button type="button" onClick={() => onEdit(entry)} disabled={busy}>
                  Edit<span className="visually-hidden"> {therapist.name}</span>
                </button>
              )}
              <button type="button" onClick={() => onExport(entry)}>
                Export<span className="visually-hidden"> {therapist.name}</span>
              </button>
              {!managed && (
                <button type="button" onClick={() => onRemove(entry)} disabled={busy}>
                  Remove<span className="visually-hidden"> {therapist.name}</span>
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
