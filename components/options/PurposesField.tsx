import { useId } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { PolicyProblem, Purpose } from '../../lib/policy/contact-policy';
import { PURPOSES } from '../../lib/policy/contact-policy';
import { purposeDescription, purposeTitle } from './vocabulary';
import { describedBy, FieldProblems } from './FieldProblems';
import { problemsUnder } from './problems';

/** What email is for: one checkbox per purpose, each with its plain description. */
export function PurposesField({
  value,
  onChange,
  problems,
}: {
  value: readonly Purpose[];
  onChange(purposes: Purpose[]): void;
  problems: readonly PolicyProblem[];
}) {
  const hintId = useId();
  const problemsId = useId();
  const messages = problemsUnder(problems, 'email.purposes').map(problemText);
  const toggle = (purpose: Purpose, on: boolean) =>
    onChange(PURPOSES.filter((p) => (p === purpose ? on : value.includes(p))));
  return (
    <fieldset className="purposes" aria-describedby={describedBy(hintId, problemsId, messages.length > 0)}>
      <legend>{t('options_purposes')}</legend>
      <p id={hintId} className="hint">
        {t('options_purposes_hint')}
      </p>

      {PURPOSES.map((purpose) => (
        <label key={purpose} className="choice">
          <input
            type="checkbox"
            name="purposes"
            value={purpose}
            checked={value.includes(purpose)}
            onChange={(e) => toggle(purpose, e.currentTarget.checked)}
          />
          <strong className="choice-title">{purposeTitle(purpose)}</strong>
          <span className="choice-description">{purposeDescription(purpose)}</span>
        </label>
      ))}
      <FieldProblems id={problemsId} messages={messages} />
    </fieldset>
  );
}
