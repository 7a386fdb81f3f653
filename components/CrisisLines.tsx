import type { Finding } from '../lib/checks/finding';
import { crisisGuidance, crisisLineDetail } from '../lib/crisis/line-text';
import { t } from '../lib/i18n';
import { PracticeLine } from './PracticeLine';

type Crisis = NonNullable<Finding['crisis']>;

/** Crisis lines with links to call, text or chat; shown beside "Send anyway", never instead of it. */
export function CrisisLines({ crisis }: { crisis: Crisis }) {
  return (
    <div className="crisis-lines">
      {crisis.lines.length > 0 && (
        <ul aria-label={crisis.region ? t('dialog_crisis_lines_region', crisis.region) : t('dialog_crisis_lines')}>
          {crisis.lines.map((line) => (
            <li key={`${line.name}-${line.number}`} className="crisis-line">
              <strong>{line.name}</strong>
              {line.unconfirmed && <span className="unconfirmed"> {t('dialog_number_unconfirmed')}</span>}
              <span className="contacts">
                {line.contacts.map((c) => (
                  <a
                    key={c.href}
                    href={c.href}
                    {...(c.href.startsWith('https:') ? { target: '_blank', rel: 'noreferrer' } : {})}
                  >
                    {c.label}
                  </a>
                ))}
              </span>
              <span className="line-detail">{crisisLineDetail(line)}</span>
            </li>
          ))}
        </ul>
      )}
      {crisis.practiceLine && <PracticeLine line={crisis.practiceLine} />}
      {crisis.fallback && <p>{crisisGuidance(crisis.fallback)}</p>}
      {crisis.therapistNote && <p className="therapist-note">{t('dialog_therapist_note', crisis.therapistNote)}</p>}
    </div>
  );
}
