import { t } from '../../lib/i18n';
import type { Suppression } from '../../lib/policy/suppressions';
import { findingTitle } from '../finding-titles';
import { longDay } from './dates';
import { rich } from './rich';
import { WithdrawList } from './WithdrawList';

export interface SuppressionListProps {
  /** Those in force. */
  suppressions: readonly Suppression[];
  /** Therapist or client id -> the name to show. */
  names: Record<string, string>;
  withdraw(personId: string, check: string): Promise<void>;
}

/** "Not again for this one": each silenced warning, with its dates; withdrawing brings it back. */
export function SuppressionList({ suppressions, names, withdraw }: SuppressionListProps) {
  const entries = suppressions.map((s) => {
    const who = names[s.personId] ?? t('options_someone_unlisted');
    const what = findingTitle(s.check);
    return {
      key: `${s.personId}-${s.check}`,
      text: (
        <>
          {rich(
            'options_suppression_since',
            <strong>{what}</strong>,
            who,
            <time dateTime={s.since}>{longDay(s.since)}</time>,
          )}
          {s.until
            ? rich('options_suppression_until', <time dateTime={s.until}>{longDay(s.until)}</time>)
            : t('options_suppression_forever')}
        </>
      ),
      withdrawFor: t('options_suppression_withdraw_for', what, who),
      withdraw: () => withdraw(s.personId, s.check),
    };
  });
  return (
    <WithdrawList
      heading={t('options_suppressions_heading')}
      none={t('options_suppressions_none')}
      listLabel={t('options_suppressions_list')}
      button={t('options_suppression_withdraw')}
      testId="suppression"
      entries={entries}
    />
  );
}
