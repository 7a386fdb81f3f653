import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { basicPolicy } from '../../lib/policy/settings';
import { POLICY_TEMPLATES } from '../../lib/policy/templates';
import type { PolicyDraft } from './policy-draft';
import { draftFromTemplate, policyToDraft } from './policy-draft';
import { templateText } from './vocabulary';

const BLANK = 'blank';

/** Step one of a new policy: a starting point, from the templates or only the basics. */
export function TemplatePicker({
  title,
  timezone,
  region,
  onStart,
  onCancel,
}: {
  title: string;
  timezone: string;
  region: string;
  onStart(draft: PolicyDraft): void;
  onCancel(): void;
}) {
  const [choice, setChoice] = useState<string>(POLICY_TEMPLATES[0]?.id ?? BLANK);
  const headingId = useId();
  const name = useId();

  const start = (event: FormEvent) => {
    event.preventDefault();
    const template = POLICY_TEMPLATES.find((tpl) => tpl.id === choice);
    if (template) {
      onStart(draftFromTemplate(template, timezone, region));
    } else {
      onStart({ ...policyToDraft(basicPolicy('', [], region)), timezone });
    }
  };

  return (
    <form className="template-picker" aria-labelledby={headingId} onSubmit={start}>
      <h3 id={headingId}>{title}</h3>
      <fieldset>
        <legend>{t('options_template_start')}</legend>
        {POLICY_TEMPLATES.map((template) => (
          <label key={template.id} className="choice">
            <input
              type="radio"
              name={name}
              value={template.id}
              checked={choice === template.id}
              onChange={() => setChoice(template.id)}
            />
            <strong className="choice-title">{templateText(template).title}</strong>
            <span className="choice-description">{templateText(template).description}</span>
          </label>
        ))}
        <label className="choice">
          <input type="radio" name={name} value={BLANK} checked={choice === BLANK} onChange={() => setChoice(BLANK)} />
          <strong className="choice-title">{t('options_template_basics')}</strong>
          <span className="choice-description">{t('options_template_basics_description')}</span>
        </label>
      </fieldset>
      <p className="hint">{t('options_template_hint', timezone.replaceAll('_', ' '))}</p>
      <div className="actions">
        <button type="submit" className="primary">
          {t('options_continue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
