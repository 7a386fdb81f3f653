import { useId } from 'react';
import { t } from '../../lib/i18n';
import { problemText } from '../core-words';
import type { ChannelKind, PolicyProblem, Purpose } from '../../lib/policy/contact-policy';
import { CHANNEL_KINDS, DAYS, PURPOSES } from '../../lib/policy/contact-policy';
import { purposeTitle } from './vocabulary';
import { weekdayName } from './dates';
import { describedBy, FieldProblems } from './FieldProblems';
import type { ChannelDraft, PolicyExtrasDraft } from './policy-draft-extras';
import { problemsUnder } from './problems';
import { TextField, type TextFieldProps } from './TextField';

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

type KeysOf<T> = {
  [K in keyof PolicyExtrasDraft]: PolicyExtrasDraft[K] extends T ? K : never;
}[keyof PolicyExtrasDraft];

/** A text field of the draft, with the schema's problems at `path` under it. */
function DraftText({
  of,
  field,
  path,
  ...rest
}: { of: ExtrasProps; field: KeysOf<string>; path: string } & Omit<TextFieldProps, 'value' | 'onChange' | 'problems'>) {
  return (
    <TextField {...rest} value={of.draft[field]} onChange={(v) => of.set(field, v)} problems={at(of.problems, path)} />
  );
}

/** A tick box of the draft that shows more fields when ticked. */
function DraftCheck({ of, field, label }: { of: ExtrasProps; field: KeysOf<boolean>; label: string }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={of.draft[field]} onChange={(e) => of.set(field, e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** Tick boxes for some of `options` (in their order), with the problems of the whole set under them. */
function Choices<T extends string>({
  legend,
  options,
  label,
  value,
  onChange,
  messages,
}: {
  legend: string;
  options: readonly T[];
  label(option: T): string;
  value: readonly T[];
  onChange(v: T[]): void;
  messages: readonly string[];
}) {
  const problemsId = useId();
  return (
    <fieldset aria-describedby={describedBy(undefined, problemsId, messages.length > 0)}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(options.filter((o) => (o === option ? on : value.includes(o))));
            }}
          />
          <span>{label(option)}</span>
        </label>
      ))}
      <FieldProblems id={problemsId} messages={messages} />
    </fieldset>
  );
}

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
export function CopiesFields(props: ExtrasProps) {
  const { draft, set, problems, own } = props;
  return (
    <>
      <DraftText
        of={props}
        field="requiredCc"
        path="email.requiredCc"
        label={t('options_required_cc')}
        hint={own ? t('options_required_cc_hint_own') : t('options_required_cc_hint_theirs')}
      />
      <DraftCheck of={props} field="hasGuardians" label={t('options_guardians_too')} />
      {draft.hasGuardians && (
        <>
          <DraftText
            of={props}
            field="guardianEmails"
            path="email.guardians.emails"
            label={t('options_guardians_emails')}
            hint={t('options_guardians_emails_hint')}
          />
          <Choices
            legend={t('options_guardians_purposes')}
            options={PURPOSES}
            label={purposeTitle}
            value={draft.guardianPurposes}
            onChange={(v) => set('guardianPurposes', v)}
            messages={at(problems, 'email.guardians.purposes')}
          />
        </>
      )}
    </>
  );
}

/** Fees for reading between sessions, and what happens to emails (the record). */
export function FeesRecordFieldset(props: ExtrasProps) {
  const { draft, own } = props;
  return (
    <fieldset>
      <legend>{t('options_fees')}</legend>
      <DraftCheck of={props} field="hasFees" label={own ? t('options_fees_own') : t('options_fees_theirs')} />
      {draft.hasFees && (
        <>
          <DraftText
            of={props}
            field="freeMinutes"
            path="email.fees.freeMinutes"
            label={t('options_fees_free')}
            inputMode="numeric"
          />
          <DraftText
            of={props}
            field="rate"
            path="email.fees.rate"
            label={t('options_fees_rate')}
            hint={t('options_fees_rate_hint')}
            maxLength={100}
          />
          <DraftText
            of={props}
            field="incrementMinutes"
            path="email.fees.incrementMinutes"
            label={t('options_fees_increment')}
            inputMode="numeric"
          />
        </>
      )}
      <DraftText
        of={props}
        field="record"
        path="email.record"
        label={t('options_record')}
        hint={t('options_record_hint')}
        multiline
        maxLength={500}
      />
    </fieldset>
  );
}

/** Days email is not read, holidays, and time away with a backup clinician. */
export function NotReadFields(props: ExtrasProps) {
  const { draft, set, problems, own } = props;
  return (
    <>
      <Choices
        legend={t('options_not_read_days')}
        options={DAYS}
        label={(day) => t('options_not_read_on', weekdayName(day))}
        value={draft.notReadOn}
        onChange={(v) => set('notReadOn', v)}
        messages={at(problems, 'availability.notReadOn')}
      />
      <DraftText
        of={props}
        field="closedDates"
        path="availability.closedDates"
        label={t('options_closed_dates')}
        hint={t('options_closed_dates_hint')}
        placeholder="2026-12-24, 2026-12-25"
      />
      <DraftCheck of={props} field="hasAway" label={own ? t('options_away_own') : t('options_away_theirs')} />
      {draft.hasAway && (
        <>
          <DraftText of={props} field="awayFrom" path="availability.away.from" label={t('options_away_from')} />
          <DraftText of={props} field="awayUntil" path="availability.away.until" label={t('options_away_until')} />
          <DraftText
            of={props}
            field="backupName"
            path="availability.away.backup.name"
            label={t('options_backup_name')}
            maxLength={100}
          />
          <DraftText
            of={props}
            field="backupEmail"
            path="availability.away.backup.email"
            label={t('options_backup_email')}
          />
          <DraftText
            of={props}
            field="backupPhone"
            path="availability.away.backup.phone"
            label={t('options_backup_phone')}
          />
        </>
      )}
    </>
  );
}

/** The practice's own urgent line, shown after the national crisis lines. */
export function PracticePhoneField(props: ExtrasProps) {
  return (
    <DraftText
      of={props}
      field="practicePhone"
      path="emergency.practicePhone"
      label={t('options_practice_phone')}
      hint={t('options_practice_phone_hint')}
      placeholder="+1 555 0100"
    />
  );
}

/** The date the policy last changed: clients are asked to acknowledge a changed policy. */
export function UpdatedField(props: ExtrasProps) {
  return <DraftText of={props} field="updated" path="updated" label={t('options_updated')} placeholder="2026-12-01" />;
}
