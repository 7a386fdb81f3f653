import type { Evidence } from '../lib/checks/finding';
import { t } from '../lib/i18n';

const SHOWN = 3;

/**
 * The words that triggered a finding, each highlighted in a few words of the text around it when
 * the background sent them; otherwise the words alone.
 */
export function FindingExcerpt({ evidence }: { evidence: readonly Evidence[] }) {
  const shown = evidence.slice(0, SHOWN);
  const more = evidence.length - shown.length;
  return (
    <div className="evidence">
      <p>{t('dialog_because_of')}</p>
      <ul className="excerpts">
        {shown.map((e, index) => (
          <li key={`${e.field}-${e.start}-${index}`}>
            {e.field === 'subject' && <span className="where">{t('dialog_in_subject')} </span>}
            {e.before !== undefined || e.after !== undefined ? (
              <q>
                {e.before ? `…${e.before}` : ''}
                <mark>{e.text}</mark>
                {e.after ? `${e.after}…` : ''}
              </q>
            ) : (
              <q>
                <mark>{e.text}</mark>
              </q>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="more">{more === 1 ? t('dialog_more_one') : t('dialog_more_many', more)}</p>}
    </div>
  );
}
