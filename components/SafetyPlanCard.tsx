import { Component, useId, useState, type ReactNode } from 'react';
import type { PlanContact, SafetyPlan } from '../lib/safety-plan/safety-plan';
import { telHref } from '../lib/policy/phone';
import { t } from '../lib/i18n';

export interface SafetyPlanCardProps {
  plan: SafetyPlan | null;
  /** Set when the stored plan could not be read: said in one line, the rest of the panel stays. */
  problem?: string | undefined;
}

/**
 * The client's own safety plan at the top of the crisis panel, in the order it was written
 * (Stanley & Brown 2012): warning signs folded away (the user is past them), then what they can
 * do on their own, people and places, people to ask, professionals, keeping safe, and what
 * matters most. People with a number get a `tel:` link. Shown beside "Send anyway", never instead.
 */
export function SafetyPlanCard({ plan, problem }: SafetyPlanCardProps) {
  if (!plan) {
    return problem ? (
      <p className="safety-plan-problem" data-testid="safety-plan-problem">
        {t('dialog_plan_unreadable')}
      </p>
    ) : null;
  }
  return (
    <PlanBoundary>
      <Card plan={plan} />
    </PlanBoundary>
  );
}

function Card({ plan }: { plan: SafetyPlan }) {
  const headingId = useId();
  return (
    <section className="safety-plan" data-testid="safety-plan" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('dialog_plan_heading')}</h4>
      <WarningSigns signs={plan.warningSigns} />
      <TextPart title={t('dialog_plan_coping')} items={plan.copingStrategies} part="copingStrategies" />
      <ContactPart title={t('dialog_plan_distractions')} contacts={plan.distractions} part="distractions" />
      <ContactPart title={t('dialog_plan_helpers')} contacts={plan.helpers} part="helpers" />
      <ContactPart title={t('dialog_plan_professionals')} contacts={plan.professionals} part="professionals" />
      <TextPart title={t('dialog_plan_safe')} items={plan.safeEnvironment} part="safeEnvironment" />
      <TextPart title={t('dialog_plan_reasons')} items={plan.reasonsForLiving} part="reasonsForLiving" />
    </section>
  );
}

function WarningSigns({ signs }: { signs: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (signs.length === 0) return null;
  // A button, not <details>: the dialog's focus trap moves Tab between buttons and links.
  return (
    <div className="plan-part" data-part="warningSigns">
      <button
        type="button"
        className="plan-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? t('dialog_plan_hide_signs', signs.length) : t('dialog_plan_show_signs', signs.length)}
      </button>
      <ul id={listId} hidden={!open}>
        {signs.map((sign, i) => (
          <li key={i}>{sign}</li>
        ))}
      </ul>
    </div>
  );
}

function TextPart({ title, items, part }: { title: string; items: readonly string[]; part: string }) {
  if (items.length === 0) return null;
  return (
    <div className="plan-part" data-part={part}>
      <h5>{title}</h5>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function ContactPart({ title, contacts, part }: { title: string; contacts: readonly PlanContact[]; part: string }) {
  if (contacts.length === 0) return null;
  return (
    <div className="plan-part" data-part={part}>
      <h5>{title}</h5>
      <ul>
        {contacts.map((contact, i) => (
          <li key={i}>
            {contact.name}
            {contact.phone && (
              <>
                {' '}
                <a className="plan-call" href={telHref(contact.phone)}>
                  {t('dialog_call', contact.phone)}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A plan that fails to render costs only itself: the dialog and its buttons stay. */
class PlanBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return <p className="safety-plan-problem">{t('dialog_plan_unshown')}</p>;
    }
    return this.props.children;
  }
}
