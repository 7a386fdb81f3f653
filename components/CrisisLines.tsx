import type { Finding } from '../lib/checks/finding';
import { PracticeLine } from './PracticeLine';

type Crisis = NonNullable<Finding['crisis']>;

/** Crisis lines with links to call, text or chat; shown beside "Send anyway", never instead of it. */
export function CrisisLines({ crisis }: { crisis: Crisis }) {
  return (
    <div className="crisis-lines">
      {crisis.lines.length > 0 && (
        <ul aria-label={crisis.region ? `Crisis lines (${crisis.region})` : 'Crisis lines'}>
          {crisis.lines.map((line) => (
            <li key={`${line.name}-${line.number}`} className="crisis-line">
              <strong>{line.name}</strong>
              {line.unconfirmed && <span className="unconfirmed"> (number not confirmed)</span>}
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
              <span className="line-detail">
                {line.description} {line.hours}
              </span>
            </li>
          ))}
        </ul>
      )}
      {crisis.practiceLine && <PracticeLine line={crisis.practiceLine} />}
      {crisis.fallback && <p>{crisis.fallback}</p>}
      {crisis.therapistNote && <p className="therapist-note">Your therapist’s note: “{crisis.therapistNote}”</p>}
    </div>
  );
}
