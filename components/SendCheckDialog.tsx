import { useId, useState } from 'react';
import type { Finding, Severity } from '../lib/checks/finding';
import type { SuppressibleId } from '../lib/policy/suppressions';
import { isSuppressible } from '../lib/policy/suppressions';
import { CrisisLines } from './CrisisLines';
import { findingTitle } from './finding-titles';
import { findingWords } from './finding-words';
import { t, type MessageKey } from '../lib/i18n';
import { FindingExcerpt } from './FindingExcerpt';
import { SuppressChoice, type SuppressDays } from './SuppressChoice';

export interface SendCheckChoice {
  acceptPlainEmailFor?: string;
  /** Checks not to warn about again for a person: 7 days, or null until withdrawn. */
  suppress?: { personId: string; check: SuppressibleId; days: 7 | null }[];
}
import type { SafetyPlan } from '../lib/safety-plan/safety-plan';
import { SafetyPlanCard } from './SafetyPlanCard';

export interface SendCheckDialogProps {
  findings: readonly Finding[];
  onSendAnyway(choice: SendCheckChoice): void;
  onEdit(): void;
  /** "Save for next session": keeps the draft as a note and sends nothing. */
  onSaveNote?: () => void;
  /** The policy's secure channel: opened in a new tab, the draft stays. */
  secureChannel?: { name: string; url: string };
  /**
   * The user's safety plan, shown first in a crisis finding's panel. Passed in by whoever mounts
   * the dialog (loadSafetyPlan in lib/storage/safety-plan.ts): the dialog reads no storage.
   */
  safetyPlan?: { plan: SafetyPlan | null; problem?: string | undefined } | undefined;
}

const GROUPS: { severity: Severity; title: MessageKey }[] = [
  { severity: 'critical', title: 'dialog_group_critical' },
  { severity: 'warning', title: 'dialog_group_warning' },
  { severity: 'info', title: 'dialog_group_info' },
];

/**
 * The pre-send dialog (docs/interfaces.md, "Hooks in the user interface"). It knows nothing of the
 * mail page: the caller mounts it, traps focus and keys, and maps the buttons to "send exactly
 * once", "back to the draft" and "keep it as a note".
 */
export function SendCheckDialog({
  findings,
  onSendAnyway,
  onEdit,
  onSaveNote,
  secureChannel,
  safetyPlan,
}: SendCheckDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const [accept, setAccept] = useState(false);
  const [suppress, setSuppress] = useState<Record<string, SuppressDays>>({});
  const acceptable = findings.find((f) => f.acceptFor)?.acceptFor;
  const attention = findings.filter((f) => f.severity !== 'info').length;
  // Risk of harm comes first, whatever its severity: the crisis lines matter most on this screen.
  const crisis = findings.filter((f) => f.id === 'crisis');
  const rest = findings.filter((f) => f.id !== 'crisis');

  const choice = (): SendCheckChoice => {
    const out: SendCheckChoice = {};
    if (accept && acceptable) out.acceptPlainEmailFor = acceptable.counterpartId;
    const items = findings.flatMap((f) => {
      const days = suppress[f.id];
      if (!f.suppressFor || !isSuppressible(f.id) || days === undefined || days === 'keep') return [];
      return [{ personId: f.suppressFor.personId, check: f.id, days }];
    });
    if (items.length > 0) out.suppress = items;
    return out;
  };

  const item = (finding: Finding, index: number) => (
    <li key={`${finding.id}-${index}`} className={`finding ${finding.severity}`} data-finding-id={finding.id}>
      <h4>{findingTitle(finding.id)}</h4>
      {finding.id === 'crisis' && safetyPlan && <SafetyPlanCard plan={safetyPlan.plan} problem={safetyPlan.problem} />}
      <p>{findingWords(finding)}</p>
      {finding.evidence && finding.evidence.length > 0 && <FindingExcerpt evidence={finding.evidence} />}
      {finding.crisis && <CrisisLines crisis={finding.crisis} />}
      {finding.acceptFor && finding.acceptFor === acceptable && (
        <label className="accept">
          <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} />
          {t('dialog_accept_plain_email', finding.acceptFor.name)}
        </label>
      )}
      {finding.suppressFor && finding.severity !== 'info' && isSuppressible(finding.id) && (
        <SuppressChoice
          name={finding.suppressFor.name}
          value={suppress[finding.id] ?? 'keep'}
          onChange={(days) => setSuppress((s) => ({ ...s, [finding.id]: days }))}
        />
      )}
    </li>
  );

  return (
    <div className="backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="send-check-dialog"
      >
        <h2 id={titleId}>{t('dialog_heading')}</h2>
        <p id={descriptionId} className="lead">
          {attention === 1 ? t('dialog_lead_one') : t('dialog_lead_many', attention)}
        </p>
        {crisis.length > 0 && <ul className="findings crisis-first">{crisis.map(item)}</ul>}
        {GROUPS.map(({ severity, title: titleKey }) => {
          const title = t(titleKey);
          const group = rest.filter((f) => f.severity === severity);
          if (group.length === 0) return null;
          return (
            <section key={severity} className={`group ${severity}`} data-severity={severity} aria-label={title}>
              <h3>{title}</h3>
              <ul className="findings">{group.map(item)}</ul>
            </section>
          );
        })}
        <div className="actions">
          <button type="button" data-action="edit" className="secondary" onClick={onEdit}>
            {t('dialog_edit')}
          </button>
          {onSaveNote && (
            <button type="button" data-action="save-note" className="secondary" onClick={onSaveNote}>
              {t('dialog_save_note')}
            </button>
          )}
          {secureChannel && (
            <a
              className="button secondary"
              data-action="secure-channel"
              href={secureChannel.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('dialog_open_channel', secureChannel.name)}
              <span className="visually-hidden"> {t('dialog_new_tab')}</span>
            </a>
          )}
          <button type="button" data-action="send-anyway" className="primary" onClick={() => onSendAnyway(choice())}>
            {t('dialog_send_anyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
