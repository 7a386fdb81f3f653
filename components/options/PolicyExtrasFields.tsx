import { useId } from 'react';
import type { ChannelKind, Day, PolicyProblem, Purpose } from '../../lib/policy/contact-policy';
import { CHANNEL_KINDS, DAYS, PURPOSES } from '../../lib/policy/contact-policy';
import { DAY_NAMES, PURPOSE_TITLES } from '../../lib/policy/vocabulary';
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

const at = (problems: readonly PolicyProblem[], path: string) => problemsUnder(problems, path).map((p) => p.message);

const KIND_LABELS: Record<ChannelKind | '', string> = {
  '': 'Email, if ticked above (no other channel)',
  portal: 'A secure portal (web address)',
  phone: 'A phone line',
  session: 'Bring it to the session',
};

/** For each purpose, where it goes instead of email. */
export function ChannelsFieldset({ draft, set, problems, own }: ExtrasProps) {
  const hintId = useId();
  const change = (purpose: Purpose, channel: Partial<ChannelDraft>) =>
    set('channels', { ...draft.channels, [purpose]: { ...draft.channels[purpose], ...channel } });
  return (
    <fieldset className="channels" aria-describedby={hintId}>
      <legend>Where other matters go</legend>
      <p id={hintId} className="hint">
        For a purpose email is not for, say where {own ? 'clients should' : 'you should'} go instead; the warning before
        sending then names it. A purpose with a channel here must not be ticked above.
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
  const rowMessages = problems.filter((p) => p.path === path || p.path === `${path}.kind`).map((p) => p.message);
  return (
    <div className="channel-row field">
      <label htmlFor={id}>{PURPOSE_TITLES[purpose]} goes to</label>
      <select
        id={id}
        value={channel.kind}
        aria-invalid={rowMessages.length > 0 ? true : undefined}
        aria-describedby={describedBy(undefined, problemsId, rowMessages.length > 0)}
        onChange={(e) => onChange({ kind: e.currentTarget.value as ChannelKind | '' })}
      >
        {(['', ...CHANNEL_KINDS] as const).map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} messages={rowMessages} />
      {(channel.kind === 'portal' || channel.kind === 'phone') && (
        <TextField
          label={`${PURPOSE_TITLES[purpose]}: name (optional)`}
          value={channel.name}
          onChange={(name) => onChange({ name })}
          problems={at(problems, `${path}.name`)}
          placeholder={channel.kind === 'portal' ? 'Client portal' : 'Practice line'}
          maxLength={100}
        />
      )}
      {channel.kind === 'portal' && (
        <TextField
          label={`${PURPOSE_TITLES[purpose]}: portal address`}
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
          label={`${PURPOSE_TITLES[purpose]}: phone number`}
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
        label="Must be copied on every message (optional)"
        hint={`In couples work, the partner's address: ${own ? 'a client' : 'you'} will be told when they are missing from To and Cc. Separate with commas.`}
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
        <span>Parents or guardians write too, about some things only</span>
      </label>
      {draft.hasGuardians && (
        <>
          <TextField
            label="Parents’ or guardians’ addresses"
            hint="Mail from these addresses is checked against the purposes below instead. Separate with commas."
            value={draft.guardianEmails}
            onChange={(v) => set('guardianEmails', v)}
            problems={at(problems, 'email.guardians.emails')}
          />
          <PurposeChoices
            legend="Parents and guardians may write about"
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
          <span>{PURPOSE_TITLES[purpose]}</span>
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
      <legend>Fees and the record</legend>
      <label className="choice">
        <input type="checkbox" checked={draft.hasFees} onChange={(e) => set('hasFees', e.currentTarget.checked)} />
        <span>{own ? 'I bill' : 'They bill'} for reading between sessions</span>
      </label>
      {draft.hasFees && (
        <>
          <TextField
            label="Free minutes of reading"
            inputMode="numeric"
            value={draft.freeMinutes}
            onChange={(v) => set('freeMinutes', v)}
            problems={at(problems, 'email.fees.freeMinutes')}
          />
          <TextField
            label="Rate after that"
            hint="Shown as written, such as “USD 2.50 a minute” or “pro rata at the session rate”."
            value={draft.rate}
            onChange={(v) => set('rate', v)}
            problems={at(problems, 'email.fees.rate')}
            maxLength={100}
          />
          <TextField
            label="Billed in steps of, in minutes (optional)"
            inputMode="numeric"
            value={draft.incrementMinutes}
            onChange={(v) => set('incrementMinutes', v)}
            problems={at(problems, 'email.fees.incrementMinutes')}
          />
        </>
      )}
      <TextField
        label="What happens to emails (optional)"
        hint="Shown to the client once when they import the policy: whether emails become part of the record, who can read them."
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
        <legend>Days email is not read at all</legend>
        {DAYS.map((day) => (
          <label key={day} className="choice">
            <input
              type="checkbox"
              checked={draft.notReadOn.includes(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            <span>Not read on {DAY_NAMES[day]}</span>
          </label>
        ))}
        <FieldProblems id={problemsId} messages={dayMessages} />
      </fieldset>
      <TextField
        label="Dates email is not read (optional)"
        hint="Holidays, as YYYY-MM-DD, separated by commas."
        value={draft.closedDates}
        onChange={(v) => set('closedDates', v)}
        problems={at(problems, 'availability.closedDates')}
        placeholder="2026-12-24, 2026-12-25"
      />
      <label className="choice">
        <input type="checkbox" checked={draft.hasAway} onChange={(e) => set('hasAway', e.currentTarget.checked)} />
        <span>{own ? 'I am' : 'They are'} away for a while</span>
      </label>
      {draft.hasAway && (
        <>
          <TextField
            label="Away from (YYYY-MM-DD)"
            value={draft.awayFrom}
            onChange={(v) => set('awayFrom', v)}
            problems={at(problems, 'availability.away.from')}
          />
          <TextField
            label="Away until, inclusive (YYYY-MM-DD)"
            value={draft.awayUntil}
            onChange={(v) => set('awayUntil', v)}
            problems={at(problems, 'availability.away.until')}
          />
          <TextField
            label="Backup clinician (optional)"
            value={draft.backupName}
            onChange={(v) => set('backupName', v)}
            problems={at(problems, 'availability.away.backup.name')}
            maxLength={100}
          />
          <TextField
            label="Backup’s email (optional)"
            value={draft.backupEmail}
            onChange={(v) => set('backupEmail', v)}
            problems={at(problems, 'availability.away.backup.email')}
          />
          <TextField
            label="Backup’s phone (optional)"
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
      label="Practice’s urgent line (optional)"
      hint="An on-call or practice number, shown after the national crisis lines."
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
      label="Policy last changed (optional, YYYY-MM-DD)"
      value={draft.updated}
      onChange={(v) => set('updated', v)}
      problems={at(problems, 'updated')}
      placeholder="2026-12-01"
    />
  );
}
