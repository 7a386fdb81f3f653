import { useId, useState } from 'react';
import type { Finding } from '../lib/checks/finding';
import type { SafetyPlan } from '../lib/safety-plan/safety-plan';
import { CrisisLines } from './CrisisLines';
import { FINDING_TITLES } from './finding-titles';
import { SafetyPlanCard } from './SafetyPlanCard';

export interface SendCheckDialogProps {
  findings: readonly Finding[];
  onSendAnyway(choice: { acceptPlainEmailFor?: string }): void;
  onEdit(): void;
  /**
   * The user's safety plan, shown first in a crisis finding's panel. Passed in by whoever mounts
   * the dialog (loadSafetyPlan in lib/storage/safety-plan.ts): the dialog reads no storage.
   */
  safetyPlan?: { plan: SafetyPlan | null; problem?: string | undefined } | undefined;
}

/**
 * The pre-send dialog (docs/interfaces.md, "Hooks in the user interface"). It knows nothing of the
 * mail page: the caller mounts it, traps focus and keys, and maps the two buttons to "send exactly
 * once" and "back to the draft".
 */
export function SendCheckDialog({ findings, onSendAnyway, onEdit, safetyPlan }: SendCheckDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const [accept, setAccept] = useState(false);
  const acceptable = findings.find((f) => f.acceptFor)?.acceptFor;
  const attention = findings.filter((f) => f.severity !== 'info').length;
  // Risk of harm comes first: the crisis lines are what matters most on this screen.
  const ordered = [...findings].sort((a, b) => Number(b.id === 'crisis') - Number(a.id === 'crisis'));

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
        <h2 id={titleId}>Before you send</h2>
        <p id={descriptionId} className="lead">
          Nothing has been sent yet. {attention === 1 ? 'One thing' : `${attention} things`} to look at:
        </p>
        <ul className="findings">
          {ordered.map((finding, index) => (
            <li key={`${finding.id}-${index}`} className={`finding ${finding.severity}`} data-finding-id={finding.id}>
              <h3>{FINDING_TITLES[finding.id]}</h3>
              {finding.id === 'crisis' && safetyPlan && (
                <SafetyPlanCard plan={safetyPlan.plan} problem={safetyPlan.problem} />
              )}
              <p>{finding.message}</p>
              {finding.evidence && finding.evidence.length > 0 && (
                <p className="evidence">Because of: {finding.evidence.map((e) => `“${e.text}”`).join(', ')}</p>
              )}
              {finding.crisis && <CrisisLines crisis={finding.crisis} />}
              {finding.acceptFor && finding.acceptFor === acceptable && (
                <label className="accept">
                  <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} />I
                  understand the risk of plain email to {finding.acceptFor.name}; don’t warn me about it again
                </label>
              )}
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" data-action="edit" className="secondary" onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            data-action="send-anyway"
            className="primary"
            onClick={() => onSendAnyway(accept && acceptable ? { acceptPlainEmailFor: acceptable.therapistId } : {})}
          >
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}
