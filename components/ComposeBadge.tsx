import type { Finding } from '../lib/checks/finding';
import type { BadgeView } from '../lib/policy/badge-view';
import type { Purpose } from '../lib/policy/contact-policy';
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';
import { runInZone, runText, whenText } from './badge-format';
import { findingTitle } from './finding-titles';
import { findingWords } from './finding-words';

export interface ComposeBadgeProps {
  /** The policy that applies; null when it could not be read (the person is gone from the settings). */
  view: BadgeView | null;
  /** The draft's `info` findings, as the prefetch last found them. */
  findings: readonly Finding[];
  collapsed: boolean;
  onToggle(): void;
  /** For days and times (Intl); the browser's language when absent. */
  locale?: string;
}

const PURPOSE_KEYS: Record<Purpose, MessageKey> = {
  scheduling: 'badge_purpose_scheduling',
  admin: 'badge_purpose_admin',
  checkin: 'badge_purpose_checkin',
  support: 'badge_purpose_support',
  clinical: 'badge_purpose_clinical',
  casual: 'badge_purpose_casual',
};

/**
 * The policy in view while writing (issue 14, item 1): a small panel beside the compose, in the
 * extension's frame. It never takes focus by itself; its one button collapses it to an icon.
 */
export function ComposeBadge({ view, findings, collapsed, onToggle, locale }: ComposeBadgeProps) {
  const name = view?.name ?? '';
  if (collapsed) {
    return (
      <div className="badge collapsed" data-testid="compose-badge" data-collapsed="true">
        <button
          type="button"
          className="badge-icon"
          data-action="badge-toggle"
          aria-expanded="false"
          title={t('badge_expand', name)}
          onClick={onToggle}
        >
          <span aria-hidden="true">i</span>
          <span className="visually-hidden">{t('badge_expand', name)}</span>
          {findings.length > 0 && (
            <span className="badge-count" aria-hidden="true">
              {findings.length}
            </span>
          )}
        </button>
      </div>
    );
  }
  const heading = !view
    ? t('badge_unknown')
    : view.kind === 'therapist'
      ? t('badge_whose_therapist', name)
      : t('badge_whose_client', name);
  return (
    <section className="badge" data-testid="compose-badge" data-collapsed="false" aria-label={heading}>
      <header className="badge-head">
        <h2>{heading}</h2>
        <button
          type="button"
          className="badge-collapse"
          data-action="badge-toggle"
          aria-expanded="true"
          title={t('badge_collapse')}
          onClick={onToggle}
        >
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t('badge_collapse')}</span>
        </button>
      </header>
      {view && view.hasPolicy && (
        <dl className="badge-facts">
          <dt>{t('badge_for')}</dt>
          <dd data-badge="purposes">
            {view.purposes.length > 0 ? view.purposes.map((p) => t(PURPOSE_KEYS[p])).join(', ') : t('badge_for_notes')}
          </dd>
          <dt>{t('badge_hours')}</dt>
          <dd data-badge="hours">
            {view.hours === null ? (
              t('badge_hours_none')
            ) : view.hours.length === 0 ? (
              t('badge_hours_closed')
            ) : (
              <ul>
                {view.hours.map((run) => {
                  const text = runText(run, locale);
                  return (
                    <li key={run.from}>
                      {text.days}: {text.times}
                    </li>
                  );
                })}
              </ul>
            )}
            {view.timeZone && <span className="badge-zone">{t('badge_time_zone', view.timeZone)}</span>}
            {view.hours && view.hours.length > 0 && view.timeZone && view.userTimeZone && view.at !== undefined && (
              <div data-badge="hours-yours" className="badge-yours">
                <span className="badge-zone">{t('badge_hours_yours', view.userTimeZone)}</span>
                <ul>
                  {view.hours.map((run) => {
                    const text = runInZone(run, view.timeZone!, view.userTimeZone!, view.at!, locale);
                    return (
                      <li key={run.from}>
                        {text.days}: {text.times}
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
          </dd>
          {view.nextRead !== undefined && (
            <>
              <dt>{t('badge_next_read')}</dt>
              <dd data-badge="next-read">{nextReadText(view, locale)}</dd>
            </>
          )}
          <dt>{t('badge_reply')}</dt>
          <dd data-badge="reply">{view.responseTime ?? t('badge_reply_none')}</dd>
        </dl>
      )}
      {view && !view.hasPolicy && <p className="badge-none">{t('badge_no_policy')}</p>}
      {view?.secureChannel && (
        <p className="badge-channel">
          {t('badge_secure_lead')}{' '}
          <a data-badge="secure-channel" href={view.secureChannel.url} target="_blank" rel="noopener noreferrer">
            {view.secureChannel.name}
            <span className="visually-hidden"> {t('badge_new_tab')}</span>
          </a>
        </p>
      )}
      {findings.length > 0 && (
        <ul className="badge-findings" aria-label={t('badge_findings')}>
          {findings.map((f, i) => (
            <li key={`${f.id}-${i}`} data-finding-id={f.id}>
              <strong>{findingTitle(f.id)}</strong> {findingWords(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "now", "no day in the coming year", or the next start, in the user's time as well when it differs. */
function nextReadText(view: BadgeView, locale?: string): string {
  const next = view.nextRead;
  if (next === 'now') return t('badge_next_read_now');
  if (next === 'never' || next === undefined || !view.timeZone) return t('badge_next_read_never');
  const theirs = whenText(next, view.timeZone, locale);
  if (!view.userTimeZone) return theirs;
  return t('badge_next_read_both', theirs, whenText(next, view.userTimeZone, locale));
}
