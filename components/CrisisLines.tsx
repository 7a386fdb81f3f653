import type { Finding } from '../lib/checks/finding';
import {
  FALLBACK_GUIDANCE,
  FALLBACK_GUIDANCE_KEY,
  GENERAL_GUIDANCE,
  GENERAL_GUIDANCE_KEY,
} from '../lib/crisis/line-words';
import { t, type MessageKey } from '../lib/i18n';
import { PracticeLine } from './PracticeLine';

type Crisis = NonNullable<Finding['crisis']>;
type Line = Crisis['lines'][number];

/**
 * The words for `key` in the user's language, else the English the finding carries (a lookup
 * that finds nothing answers with the key itself, lib/i18n).
 */
function say(key: MessageKey | undefined, english: string): string {
  if (!key) return english;
  const text = t(key);
  return text && text !== key ? text : english;
}

const lineDetail = (line: Line) => `${say(line.descriptionKey, line.description)} ${say(line.hoursKey, line.hours)}`;

/** The general guidance in the user's language; other guidance as written. */
function guidance(text: string): string {
  if (text === FALLBACK_GUIDANCE) return say(FALLBACK_GUIDANCE_KEY, text);
  if (text === GENERAL_GUIDANCE) return say(GENERAL_GUIDANCE_KEY, text);
  return text;
}

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
              <span className="line-detail">{lineDetail(line)}</span>
            </li>
          ))}
        </ul>
      )}
      {crisis.practiceLine && <PracticeLine line={crisis.practiceLine} />}
      {crisis.fallback && <p>{guidance(crisis.fallback)}</p>}
      {crisis.therapistNote && <p className="therapist-note">{t('dialog_therapist_note', crisis.therapistNote)}</p>}
    </div>
  );
}
