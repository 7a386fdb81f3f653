import type { Finding } from '../lib/checks/finding';
import type { SafetyPlan } from '../lib/safety-plan/safety-plan';
import { t } from '../lib/i18n';
import { CrisisLines } from './CrisisLines';
import { SafetyPlanCard } from './SafetyPlanCard';

export interface CrisisNoticeProps {
  /** The lowered crisis finding of a message that was sent. */
  finding: Finding;
  safetyPlan?: { plan: SafetyPlan | null; problem?: string | undefined } | undefined;
  onDismiss(): void;
}

/**
 * After a message with a lowered crisis finding was sent: the user's safety plan first, then the
 * crisis lines. Not modal, never stops anything; shown in the extension's frame, so the page
 * cannot read it.
 */
export function CrisisNotice({ finding, safetyPlan, onDismiss }: CrisisNoticeProps) {
  return (
    <section className="crisis-notice" data-testid="bs-crisis-notice" aria-label={t('extName')}>
      <p role="status">{t('notice_crisis_sent')}</p>
      {safetyPlan && <SafetyPlanCard plan={safetyPlan.plan} problem={safetyPlan.problem} />}
      {finding.crisis && <CrisisLines crisis={finding.crisis} />}
      <button type="button" className="secondary" onClick={onDismiss}>
        {t('notice_dismiss')}
      </button>
    </section>
  );
}
