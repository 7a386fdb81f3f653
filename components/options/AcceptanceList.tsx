import { t } from '../../lib/i18n';
import type { Acceptance } from '../../lib/policy/settings';
import { longDay } from './dates';
import { rich } from './rich';
import { WithdrawList } from './WithdrawList';

export interface AcceptanceListProps {
  acceptances: Record<string, Acceptance>;
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(id: string): Promise<void>;
}

/** Where the user accepted the risk of plain email: each can be withdrawn (warnings come back). */
export function AcceptanceList({ acceptances, names, withdraw }: AcceptanceListProps) {
  const entries = Object.entries(acceptances)
    .sort(([, a], [, b]) => a.acceptedAt.localeCompare(b.acceptedAt))
    .map(([id, acceptance]) => {
      const who = names[id] ?? t('options_someone_unlisted');
      return {
        key: id,
        text: rich(
          'options_acceptance_entry',
          <strong>{who}</strong>,
          <time dateTime={acceptance.acceptedAt}>{longDay(acceptance.acceptedAt)}</time>,
        ),
        withdrawFor: t('options_acceptance_withdraw_for', who),
        withdraw: () => withdraw(id),
      };
    });
  return (
    <WithdrawList
      heading={t('options_acceptances_heading')}
      none={t('options_acceptances_none')}
      listLabel={t('options_acceptances_list')}
      button={t('options_acceptance_withdraw')}
      testId="acceptance"
      entries={entries}
    />
  );
}
