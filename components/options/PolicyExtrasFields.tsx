import { useId } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { ChannelKind, Day, PolicyProblem, Purpose } from '../../lib/policy/contact-policy';
import { CHANNEL_KINDS, DAYS, PURPOSES } from '../../lib/policy/contact-policy';
import { purposeTitle } from './vocabulary';
import { weekdayName } from './dates';
import { describedBy, FieldProblems } from './FieldProblems';
import type { ChannelDraft, PolicyExtrasDraft } from './policy-draft-extras';
import { problemsUnder } from './problems';
import { TextField } from './TextField';

/**
 * Form parts for the policy fields of 2026-12 (docs/interfaces.md, "Contact policy file"). Each
 * takes the draft, a setter and the schema's problems, and shows each problem under its field.
 */
export interface ExtrasProps {
  draft: PolicyExtrasDraft;
  set<K extends keyof PolicyExtrasDraft>(key: K, value: PolicyExtrasDraft[K]): void;
  problems: readonly PolicyProblem[];
  own: boolean;
}

const at = (problems: readonly PolicyProblem[], path: string) => problemsUnder(problems, path).map(problemText);

const KIND_LABELS: Record<ChannelKind | '', () => string> = {
  '': () => t('options_channel_none'),
  portal: () => t('options_channel_portal'),
  phone: () => t('options_channel_phone'),
  session: () => t('options_channel_session'),
};

/** For each purpose, where it goes instead of email. */
export function ChannelsFieldset({ draft, set, problems, own }: ExtrasProps) {
  const hintId = useId();
  const change = (purpose: Purpose, channel: Partial<ChannelDraft>) =>
    set('channels', { ...draft.channels, [purpose]: { ...draft.channels[purpose], ...channel } });
  return (
    <fieldset className="channels" aria-describedby={hintId}>
      <legend>{t('options_channels')}</legend>
      <p id={hintId} className="hint">
        {own ? t('options_channels_hint_own') : t('options_channels_hint_theirs')}
      </p>
      {PURPOSES.map((purpose) => (
        <ChannelRow
          key={purpose}
          purpose={purpose}
          channel={draft.channels[purpose]}
          onChange={(c) => change(purpose, c)}
          problems={problems}
        />
      ))}
    </fieldset>
  );
}

function ChannelRow({
  purpose,
  channel,
  onChange,
  problems,
}: {
  purpose: Purpose;
  channel: ChannelDraft;
  onChange(channel: Partial<ChannelDraft>): void;
  problems: readonly PolicyProblem[];
}) {
  const id = useId();
  const problemsId = useId();
  const path = `email.channels.${purpose}`;
  // The clash and a bad kind are about the row; its fields' own problems show under them.
  const rowMessages = problems.filter((p) => p.path === path || p.path === `${path}.kind`).map(problemText);
  return (
    <div className="channel-row field">
      <label htmlFor={id}>{t('options_channel_goes_to', purposeTitle(purpose))}</label>
      <select
        id={id}
        value={channel.kind}
        aria-invalid={rowMessages.length > 0 ? true : undefined}
        aria-describedby={describedBy(undefined, problemsId, rowMessages.length > 0)}
        onChange={(e) => onChange({ kind: e.currentTarget.value as ChannelKind | '' })}
      >
        {(['', ...CHANNEL_KINDS] as const).map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]()}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} messages={rowMessages} />
      {(channel.kind === 'portal' || channel.kind === 'phone') && (
        <TextField
          label={t('options_channel_name', purposeTitle(purpose))}
          value={channel.name}
          onChange={(name) => onChange({ name })}
          problems={at(problems, `${path}.name`)}
          placeholder={
            channel.kind === 'portal' ? t('options_placeholder_portal') : t('options_placeholder_phone_line')
          }
          maxLength={100}
        />
      )}
      {channel.kind === 'portal' && (
        <TextField
          label={t('options_channel_url', purposeTitle(purpose))}
          type="url"
          inputMode="url"
          value={channel.url}
          onChange={(url) => onChange({ url })}
          problems={at(problems, `${path}.url`)}
          placeholder="https://"
        />
      )}
      {channel.kind === 'phone' && (
        <TextField
          label={t('options_channel_phone_number', purposeTitle(purpose))}
          value={channel.phone}
          onChange={(phone) => onChange({ phone })}
          problems={at(problems, `${path}.phone`)}
          placeholder="+1 555 0100"
        />
      )}
    </div>
  );
}

/** Who must be copied (a couples partner), and what a parent or guardian may write about. */
export function CopiesFields({ draft, set, problems, own }: ExtrasProps) {
  return (
    <>
      <TextField
        label={t('options_required_cc')}
        hint={own ? t('options_required_cc_hint_own') : t('options_required_cc_hint_theirs')}
        value={draft.requiredCc}
        onChange={(v) => set('requiredCc', v)}
        problems={at(problems, 'email.requiredCc')}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.hasGuardians}
          onChange={(e) => set('hasGuardians', e.currentTarget.checked)}
        />
        <span>{t('options_guardians_too')}</span>
      </label>
      {draft.hasGuardians && (
        <>
          <TextField
            label={t('options_guardians_emails')}
            hint={t('options_guardians_emails_hint')}
            value={draft.guardianEmails}
            onChange={(v) => set('guardianEmails', v)}
            problems={at(problems, 'email.guardians.emails')}
          />
          <PurposeChoices
            legend={t('options_guardians_purposes')}
            value={draft.guardianPurposes}
            onChange={(v) => set('guardianPurposes', v)}
            messages={at(problems, 'email.guardians.purposes')}
          />
        </>
      )}
    </>
  );
}

function PurposeChoices({
  legend,
  value,
  onChange,
  messages,
}: {
  legend: string;
  value: readonly Purpose[];
  onChange(v: Purpose[]): void;
  messages: readonly string[];
}) {
  const problemsId = useId();
  return (
    <fieldset aria-describedby={describedBy(undefined, problemsId, messages.length > 0)}>
      <legend>{legend}</legend>
      {PURPOSES.map((purpose) => (
        <label key={purpose} className="choice">
          <input
            type="checkbox"
            checked={value.includes(purpose)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(PURPOSES.filter((p) => (p === purpose ? on : value.includes(p))));
            }}
          />
          <span>{purposeTitle(purpose)}</span>
        </label>
      ))}
      <FieldProblems id={problemsId} messages={messages} />
    </fieldset>
  );
}

/** Fees for reading between sessions, and what happens to emails (the record). */
export function FeesRecordFieldset({ draft, set, problems, own }: ExtrasProps) {
  return (
    <fieldset>
      <legend>{t('options_fees')}</legend>
      <label className="choice">
        <input type="checkbox" checked={draft.hasFees} onChange={(e) => set('hasFees', e.currentTarget.checked)} />
        <span>{own ? t('options_fees_own') : t('options_fees_theirs')}</span>
      </label>
      {draft.hasFees && (
        <>
          <TextField
            label={t('options_fees_free')}
            inputMode="numeric"
            value={draft.freeMinutes}
            onChange={(v) => set('freeMinutes', v)}
            problems={at(problems, 'email.fees.freeMinutes')}
          />
          <TextField
            label={t('options_fees_rate')}
            hint={t('options_fees_rate_hint')}
            value={draft.rate}
            onChange={(v) => set('rate', v)}
            problems={at(problems, 'email.fees.rate')}
            maxLength={100}
          />
          <TextField
            label={t('options_fees_increment')}
            inputMode="numeric"
            value={draft.incrementMinutes}
            onChange={(v) => set('incrementMinutes', v)}
            problems={at(problems, 'email.fees.incrementMinutes')}
          />
        </>
      )}
      <TextField
        label={t('options_record')}
        hint={t('options_record_hint')}
        multiline
        value={draft.record}
        onChange={(v) => set('record', v)}
        problems={at(problems, 'email.record')}
        maxLength={500}
      />
    </fieldset>
  );
}

/** Days email is not read, holidays, and time away with a backup clinician. */
export function NotReadFields({ draft, set, problems, own }: ExtrasProps) {
  const problemsId = useId();
  const dayMessages = at(problems, 'availability.notReadOn');
  const toggle = (day: Day, on: boolean) =>
    set(
      'notReadOn',
      DAYS.filter((d) => (d === day ? on : draft.notReadOn.includes(d))),
    );
  return (
    <>
      <fieldset aria-describedby={describedBy(undefined, problemsId, dayMessages.length > 0)}>
        <legend>{t('options_not_read_days')}</legend>
        {DAYS.map((day) => (
          <label key={day} className="choice">
            <input
              type="checkbox"
              checked={draft.notReadOn.includes(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            <span>{t('options_not_read_on', weekdayName(day))}</span>
          </label>
        ))}
        <FieldProblems id={problemsId} messages={dayMessages} />
      </fieldset>
      <TextField
        label={t('options_closed_dates')}
        hint={t('options_closed_dates_hint')}
        value={draft.closedDates}
        onChange={(v) => set('closedDates', v)}
        problems={at(problems, 'availability.closedDates')}
        placeholder="2026-12-24, 2026-12-25"
      />
      <label className="choice">
        <input type="checkbox" checked={draft.hasAway} onChange={(e) => set('hasAway', e.currentTarget.checked)} />
        <span>{own ? t('options_away_own') : t('options_away_theirs')}</span>
      </label>
      {draft.hasAway && (
        <>
          <TextField
            label={t('options_away_from')}
            value={draft.awayFrom}
            onChange={(v) => set('awayFrom', v)}
            problems={at(problems, 'availability.away.from')}
          />
          <TextField
            label={t('options_away_until')}
            value={draft.awayUntil}
            onChange={(v) => set('awayUntil', v)}
            problems={at(problems, 'availability.away.until')}
          />
          <TextField
            label={t('options_backup_name')}
            value={draft.backupName}
            onChange={(v) => set('backupName', v)}
            problems={at(problems, 'availability.away.backup.name')}
            maxLength={100}
          />
          <TextField
            label={t('options_backup_email')}
            value={draft.backupEmail}
            onChange={(v) => set('backupEmail', v)}
            problems={at(problems, 'availability.away.backup.email')}
          />
          <TextField
            label={t('options_backup_phone')}
            value={draft.backupPhone}
            onChange={(v) => set('backupPhone', v)}
            problems={at(problems, 'availability.away.backup.phone')}
          />
        </>
      )}
    </>
  );
}

/** The practice's own urgent line, shown after the national crisis lines. */
export function PracticePhoneField({ draft, set, problems }: ExtrasProps) {
  return (
    <TextField
      label={t('options_practice_phone')}
      hint={t('options_practice_phone_hint')}
      value={draft.practicePhone}
      onChange={(v) => set('practicePhone', v)}
      problems={at(problems, 'emergency.practicePhone')}
      placeholder="+1 555 0100"
    />
  );
}

/** The date the policy last changed: clients are asked to acknowledge a changed policy. */
export function UpdatedField({ draft, set, problems }: ExtrasProps) {
  return (
    <TextField
      label={t('options_updated')}

      value={draft.updated}
      onChange={(v) => set('updated', v)}
      problems={at(problems, 'updated')}
      placeholder="2026-12-01"
    />
  );
}
