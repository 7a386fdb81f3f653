import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { ContactPolicy, PolicyProblem } from '../../lib/policy/contact-policy';
import { parsePolicy } from '../../lib/policy/contact-policy';
import { CountrySelect } from './CountrySelect';
import { EncryptionField } from './EncryptionField';
import { HoursEditor } from './HoursEditor';
import type { PolicyDraft } from './policy-draft';
import { draftToValue, splitList } from './policy-draft';
import { fieldLabel, listProblemText, problemsUnder } from './problems';
import {
  ChannelsFieldset,
  CopiesFields,
  FeesRecordFieldset,
  NotReadFields,
  PracticePhoneField,
  UpdatedField,
} from './PolicyExtrasFields';
import { PurposesField } from './PurposesField';
import { TextField } from './TextField';
import { errorText } from './types';

export interface PolicyFormProps {
  /** The form's heading (an h3). */
  title: string;
  initial: PolicyDraft;
  /** Whose policy: a therapist's (client role) or the user's own (therapist role). */
  owner: 'therapist' | 'own';
  /** Called with a valid policy only; a rejection is shown on the form. */
  onSave(policy: ContactPolicy): Promise<void>;
  onCancel(): void;
  /** Problems the schema cannot know of (an address already listed), by field path. */
  check?(policy: ContactPolicy): PolicyProblem[];
  saveLabel?: string;
}

/**
 * Every field of a contact policy. On save the form's value goes through `parsePolicy`; each problem
 * is shown next to its field (by path) and in a summary, and nothing is saved until there are none.
 */
export function PolicyForm({
  title,
  initial,
  owner,
  onSave,
  onCancel,
  check,
  saveLabel = t('options_form_save'),
}: PolicyFormProps) {
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const headingId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);

  const validate = (value: PolicyDraft): { policy?: ContactPolicy; problems: PolicyProblem[] } => {
    const result = parsePolicy(draftToValue(value));
    if (!result.ok) return { problems: result.problems };
    const extra = check?.(result.policy) ?? [];
    return extra.length > 0 ? { problems: extra } : { policy: result.policy, problems: [] };
  };
  // After the first attempt to save, problems follow the form as it is corrected.
  const problems = attempted ? validate(draft).problems : [];

  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const at = (path: string) => problemsUnder(problems, path).map(problemText);
  const listAt = (path: string, text: string) =>
    problemsUnder(problems, path).map((p) => listProblemText(p, path, splitList(text)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setSaveError(null);
    const result = validate(draft);
    if (!result.policy) {
      // The summary is rendered by now on the next frame; move focus there so it is read out.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      await onSave(result.policy);
    } catch (error) {
      setSaveError(t('options_form_could_not_save', errorText(error)));
    } finally {
      setSaving(false);
    }
  };

  const own = owner === 'own';
  const extras = { draft, set, problems, own };
  return (
    <form className="policy-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={headingId}>{title}</h3>

      {problems.length > 0 && (
        <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1} data-testid="form-problems">
          <p>{problems.length === 1 ? t('options_form_one_problem') : t('options_form_problems', problems.length)}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-path={p.path}>
                {t('options_form_problem_line', fieldLabel(p.path), problemText(p))}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset>
        <legend>{own ? t('options_form_you') : t('options_form_the_therapist')}</legend>
        <TextField
          label={own ? t('options_form_your_name') : t('options_field_name')}
          value={draft.name}
          onChange={(v) => set('name', v)}
          problems={at('therapist.name')}
          maxLength={100}
          required
        />
        <TextField
          label={own ? t('options_form_your_emails') : t('options_field_emails')}
          hint={t('options_form_emails_hint')}
          value={draft.emails}
          onChange={(v) => set('emails', v)}
          problems={listAt('therapist.emails', draft.emails)}
          placeholder="maya@calmpractice.example"
          required
        />
        <TextField
          label={t('options_form_aliases')}
          hint={t('options_form_aliases_hint')}
          value={draft.aliases}
          onChange={(v) => set('aliases', v)}
          problems={at('therapist.aliases')}
          placeholder="Maya; M. Lee"
        />
        <TextField
          label={t('options_form_practice')}
          value={draft.practice}
          onChange={(v) => set('practice', v)}
          problems={at('therapist.practice')}
          maxLength={200}
        />
      </fieldset>

      <PurposesField value={draft.purposes} onChange={(v) => set('purposes', v)} problems={problems} />
      <ChannelsFieldset {...extras} />

      <fieldset>
        <legend>{t('options_form_limits')}</legend>
        <TextField
          label={t('options_form_max_words')}
          inputMode="numeric"
          value={draft.maxWords}
          onChange={(v) => set('maxWords', v)}
          problems={at('email.maxWords')}
        />
        <TextField
          label={t('options_form_max_per_week')}
          inputMode="numeric"
          value={draft.maxPerWeek}
          onChange={(v) => set('maxPerWeek', v)}
          problems={at('email.maxPerWeek')}
        />
      </fieldset>

      <EncryptionField value={draft.encryption} onChange={(v) => set('encryption', v)} problems={problems} />

      <fieldset>
        <legend>{t('options_form_others')}</legend>
        <TextField
          label={t('options_form_allowed_cc')}
          hint={t('options_form_allowed_cc_hint')}
          value={draft.allowedCc}
          onChange={(v) => set('allowedCc', v)}
          problems={listAt('email.allowedCc', draft.allowedCc)}
        />
        <CopiesFields {...extras} />
      </fieldset>

      <fieldset>
        <legend>{t('options_form_secure')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.hasSecureChannel}
            onChange={(e) => set('hasSecureChannel', e.currentTarget.checked)}
          />
          <span>{own ? t('options_form_secure_own') : t('options_form_secure_theirs')}</span>
        </label>
        {draft.hasSecureChannel && (
          <>
            <TextField
              label={t('options_form_secure_name')}
              value={draft.secureName}
              onChange={(v) => set('secureName', v)}
              problems={at('email.secureChannel.name')}
              placeholder={t('options_placeholder_portal')}
              maxLength={100}
            />
            <TextField
              label={t('options_form_secure_url')}
              type="url"
              inputMode="url"
              value={draft.secureUrl}
              onChange={(v) => set('secureUrl', v)}
              problems={at('email.secureChannel.url')}
              placeholder="https://"
            />
          </>
        )}
        {!draft.hasSecureChannel && at('email.secureChannel').length > 0 && (
          <p className="field-problems">{at('email.secureChannel').join(' ')}</p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options_form_hours')}</legend>
        <label className="choice">
          <input type="checkbox" checked={draft.hasHours} onChange={(e) => set('hasHours', e.currentTarget.checked)} />
          <span>{t('options_form_has_hours')}</span>
        </label>
        {draft.hasHours && (
          <>
            <HoursEditor
              timezone={draft.timezone}
              hours={draft.hours}
              onTimezoneChange={(v) => set('timezone', v)}
              onHoursChange={(v) => set('hours', v)}
              problems={problems}
            />
            <TextField
              label={t('options_form_response_time')}
              hint={t('options_form_response_time_hint')}
              value={draft.responseTime}
              onChange={(v) => set('responseTime', v)}
              problems={at('availability.responseTime')}
              maxLength={200}
            />
            <NotReadFields {...extras} />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options_form_emergencies')}</legend>
        <CountrySelect
          label={t('options_form_region')}
          hint={t('options_form_region_hint')}
          value={draft.region}
          onChange={(v) => set('region', v)}
          problems={at('emergency.region')}
        />
        <TextField
          label={t('options_form_emergency_note')}
          multiline
          value={draft.emergencyNote}
          onChange={(v) => set('emergencyNote', v)}
          problems={at('emergency.note')}
          maxLength={500}
        />
        <PracticePhoneField {...extras} />
      </fieldset>

      <FeesRecordFieldset {...extras} />

      <TextField
        label={t('options_form_notes')}
        multiline
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        problems={at('notes')}
        maxLength={1000}
      />
      <UpdatedField {...extras} />

      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
