import { t } from '../../lib/i18n';
import type { ChecksState } from './status-types';

/** Whether mail to someone listed is checked now, or why not, in one line. */
export function ChecksLine({ checks }: { checks: ChecksState }) {
  if (checks.kind === 'loading') return null;
  return (
    <p data-testid="popup-checks" data-checks={checks.kind} className={checks.kind === 'on' ? 'ok' : 'missing'}>
      {checks.kind === 'on'
        ? t('popup_checks_on')
        : checks.kind === 'nobody'
          ? t('popup_checks_nobody')
          : checks.kind === 'settings-unreadable'
            ? t('popup_checks_settings_unreadable')
            : t('popup_checks_deployed_pending')}
    </p>
  );
}
