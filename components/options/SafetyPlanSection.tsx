import { useId, useState } from 'react';
import { t, type MessageKey } from '../../lib/i18n';
import { coreText, problemText } from '../core-words';
import type { Words } from '../../lib/policy/words';
import type { ContactPart, PlanPart, PlanProblem, SafetyPlan, TextPart } from '../../lib/safety-plan/safety-plan';
import {
  isEmptyPlan,
  isoDate,
  MAX_SAFETY_PLAN_FILE_BYTES,
  parseSafetyPlan,
  parseSafetyPlanText,
  reviewDue,
  SAFETY_PLAN_FORMAT,
  SAFETY_PLAN_VERSION,
  serializeSafetyPlan,
} from '../../lib/safety-plan/safety-plan';
import { calendarDay } from './dates';
import { describedBy, FieldProblems } from './FieldProblems';
import { FileImport } from './FileImport';
import { sourceName } from './source-name';
import { errorText } from './types';

export interface SafetyPlanSectionProps {
  /** What is stored: the plan, or nothing; `problem` and `unreadable` when it could not be read. */
  stored: {
    plan: SafetyPlan | null;
    problem?: string | undefined;
    problemWords?: Words | undefined;
    unreadable?: unknown;
  };
  /** Stores a plan; null removes it. */
  save(plan: SafetyPlan | null): Promise<void>;
  download(fileName: string, text: string): void;
  today?: Date;
}

/**
 * The six steps of the Stanley-Brown Safety Planning Intervention (Stanley & Brown, Cognitive
 * and Behavioral Practice 19 (2012) 256-264), plus reasons for living, in plain words.
 */
export const PART_TEXT: Record<PlanPart, { title: MessageKey; explain: MessageKey }> = {
  warningSigns: { title: 'options_plan_warning_signs', explain: 'options_plan_warning_signs_explain' },
  copingStrategies: { title: 'options_plan_coping', explain: 'options_plan_coping_explain' },
  distractions: { title: 'options_plan_distractions', explain: 'options_plan_distractions_explain' },
  helpers: { title: 'options_plan_helpers', explain: 'options_plan_helpers_explain' },
  professionals: { title: 'options_plan_professionals', explain: 'options_plan_professionals_explain' },
  safeEnvironment: { title: 'options_plan_safe_environment', explain: 'options_plan_safe_environment_explain' },
  reasonsForLiving: { title: 'options_plan_reasons', explain: 'options_plan_reasons_explain' },
};

const TEXT_ORDER: readonly TextPart[] = ['warningSigns', 'copingStrategies'];
const TEXT_AFTER: readonly TextPart[] = ['safeEnvironment', 'reasonsForLiving'];
const CONTACT_ORDER: readonly ContactPart[] = ['distractions', 'helpers', 'professionals'];

interface ContactRow {
  name: string;
  phone: string;
}
type Draft = Record<TextPart, string> & Record<ContactPart, ContactRow[]>;

function draftOf(plan: SafetyPlan | null): Draft {
  const rows = (list: SafetyPlan[ContactPart] | undefined) =>
    list && list.length > 0 ? list.map((c) => ({ name: c.name, phone: c.phone ?? '' })) : [{ name: '', phone: '' }];
  return {
    warningSigns: plan?.warningSigns.join('\n') ?? '',
    copingStrategies: plan?.copingStrategies.join('\n') ?? '',
    safeEnvironment: plan?.safeEnvironment.join('\n') ?? '',
    reasonsForLiving: plan?.reasonsForLiving.join('\n') ?? '',
    distractions: rows(plan?.distractions),
    helpers: rows(plan?.helpers),
    professionals: rows(plan?.professionals),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const filledRows = (rows: readonly ContactRow[]) =>
  rows.filter((row) => row.name.trim() !== '' || row.phone.trim() !== '');

/** The draft as a plan file value; empty rows and lines left out. */
function planOf(draft: Draft, today: Date) {
  const contacts = (rows: readonly ContactRow[]) =>
    filledRows(rows).map((row) =>
      row.phone.trim() ? { name: row.name.trim(), phone: row.phone.trim() } : { name: row.name.trim() },
    );
  return {
    format: SAFETY_PLAN_FORMAT,
    version: SAFETY_PLAN_VERSION,
    updated: isoDate(today),
    warningSigns: lines(draft.warningSigns),
    copingStrategies: lines(draft.copingStrategies),
    distractions: contacts(draft.distractions),
    helpers: contacts(draft.helpers),
    professionals: contacts(draft.professionals),
    safeEnvironment: lines(draft.safeEnvironment),
    reasonsForLiving: lines(draft.reasonsForLiving),
  };
}

export function safetyPlanFileName(date = new Date()): string {
  return `safety-plan-${isoDate(date)}.json`;
}

/**
 * The client's own safety plan: written here or imported from their therapist's file, kept in
 * this browser only, shown first in the crisis panel. Hidden until asked for ("Show my safety
 * plan"): the options page may be open where others can see the screen.
 */
export function SafetyPlanSection({ stored, save, download, today = new Date() }: SafetyPlanSectionProps) {
  const headingId = useId();
  const bodyId = useId();
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby={headingId} className="card safety-plan-section" data-testid="safety-plan-section">
      <h2 id={headingId}>{t('options_plan_heading')}</h2>
      <p className="intro">{t('options_plan_intro')}</p>
      <div className="actions">
        <button type="button" aria-expanded={shown} aria-controls={bodyId} onClick={() => setShown((was) => !was)}>
          {shown ? t('options_plan_hide') : t('options_plan_show')}
        </button>
      </div>
      <div id={bodyId} hidden={!shown}>
        {shown && <PlanBody stored={stored} save={save} download={download} today={today} />}
      </div>
    </section>
  );
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saved'; message: string; warnings?: PlanProblem[] }
  | { kind: 'problems'; source: string; problems: PlanProblem[] }
  | { kind: 'confirm'; source: string; plan: SafetyPlan; warnings: PlanProblem[] }
  | { kind: 'error'; message: string };

function PlanBody({
  stored,
  save,
  download,
  today,
}: Required<Omit<SafetyPlanSectionProps, 'today'>> & { today: Date }) {
  const plan = stored.plan;
  // A new draft whenever what is stored changes (an import, another tab).
  const planKey = plan ? serializeSafetyPlan(plan) : 'none';
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const store = async (next: SafetyPlan | null, message: string, warnings?: PlanProblem[]) => {
    try {
      await save(next);
      setStatus({ kind: 'saved', message, ...(warnings ? { warnings } : {}) });
      return true;
    } catch (error) {
      setStatus({
        kind: 'error',
        message: t('options_plan_could_not_save', errorText(error)),
      });
      return false;
    }
  };

  const importText = async (text: string, source: string) => {
    const result = parseSafetyPlanText(text);
    if (!result.ok) {
      setStatus({ kind: 'problems', source, problems: result.problems });
      return false;
    }
    if (plan && serializeSafetyPlan(plan) !== serializeSafetyPlan(result.plan)) {
      setStatus({ kind: 'confirm', source, plan: result.plan, warnings: result.warnings });
      return false;
    }
    return store(result.plan, t('options_plan_imported', sourceName(source, 'inside')), result.warnings);
  };

  return (
    <div className="safety-plan-body">
      {stored.problem && (
        <div className="storage-alert" role="alert" data-testid="safety-plan-storage-alert">
          <p>
            <strong>{coreText(stored.problem, stored.problemWords)}</strong>
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                download(
                  `safety-plan-as-stored-${isoDate(today)}.json`,
                  `${JSON.stringify(stored.unreadable, null, 2)}\n`,
                )
              }
            >
              {t('options_export_stored')}
            </button>
            <button type="button" className="danger" onClick={() => void store(null, t('options_plan_removed'))}>
              {t('options_plan_reset')}
            </button>
          </div>
        </div>
      )}
      <Reminders plan={plan} today={today} hasProblem={stored.problem !== undefined} />
      <PlanForm
        key={planKey}
        plan={plan}
        today={today}
        onSave={(next) =>
          next === null
            ? store(null, plan ? t('options_plan_deleted') : t('options_plan_empty_not_kept'))
            : store(next, t('options_plan_saved'))
        }
      />
      <div className="actions">
        <button
          type="button"
          disabled={!plan}
          onClick={() => plan && download(safetyPlanFileName(today), serializeSafetyPlan(plan))}
        >
          {t('options_plan_export')}
        </button>
      </div>
      <FileImport
        text={{
          heading: t('options_plan_import_heading'),
          hint: t('options_plan_import_hint'),
          file: t('options_plan_import_file'),
          paste: t('options_plan_import_paste'),
          pasteButton: t('options_plan_import_paste_button'),
          pasteFirst: t('options_plan_paste_first'),
          tooLarge: t('options_plan_too_large', MAX_SAFETY_PLAN_FILE_BYTES / 1024),
        }}
        maxBytes={MAX_SAFETY_PLAN_FILE_BYTES}
        testId="safety-plan-import"
        onText={importText}
        onProblem={(source, problems) => setStatus({ kind: 'problems', source, problems })}
      />
      {status.kind === 'confirm' && (
        <div className="confirm" role="group" aria-label={t('options_plan_replace_group')}>
          <p>{t('options_plan_replace_question', sourceName(status.source, 'inside'))}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void store(
                  status.plan,
                  t('options_plan_imported', sourceName(status.source, 'inside')),
                  status.warnings,
                )
              }
            >
              {t('options_replace')}
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              {t('options_plan_keep')}
            </button>
          </div>
        </div>
      )}
      {status.kind === 'problems' && (
        <div className="error-summary" role="alert" data-testid="safety-plan-problems">
          <p>
            <strong>{t('options_not_imported', sourceName(status.source, 'start'))}</strong>
            {t('options_not_imported_rest')}
          </p>
          <ul>
            {status.problems.map((p, i) => (
              <li key={i} data-path={p.path}>
                <code>{p.path || t('options_whole_file')}</code>: {problemText(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'error' && (
        <p className="error" role="alert">
          {status.message}
        </p>
      )}
      <div role="status" className="status" data-testid="safety-plan-status">
        {status.kind === 'saved' && (
          <>
            <p>{status.message}</p>
            {status.warnings && status.warnings.length > 0 && (
              <div className="warnings">
                <p>{t('options_import_left_out')}</p>
                <ul>
                  {status.warnings.map((w, i) => (
                    <li key={i} data-path={w.path}>
                      <code>{w.path}</code>: {problemText(w)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function Reminders({ plan, today, hasProblem }: { plan: SafetyPlan | null; today: Date; hasProblem: boolean }) {
  if (!plan) {
    if (hasProblem) return null;
    return (
      <div className="plan-start" data-testid="safety-plan-empty">
        <p>
          <strong>{t('options_plan_none_yet')}</strong> {t('options_plan_how_to_start')}
        </p>
        <ol>
          <li>{t('options_plan_start_therapist')}</li>
          <li>{t('options_plan_start_own')}</li>
          <li>{t('options_plan_start_file')}</li>
        </ol>
      </div>
    );
  }
  const due = reviewDue(plan.updated, today);
  return (
    <div className="plan-reminders" data-testid="safety-plan-updated">
      <p>{plan.updated ? t('options_plan_last_updated', calendarDay(plan.updated)) : t('options_plan_undated')}</p>
      {due && (
        <p className="note" data-testid="safety-plan-review">
          {plan.updated ? t('options_plan_review_dated') : t('options_plan_review')}
        </p>
      )}
    </div>
  );
}

function PlanForm({
  plan,
  today,
  onSave,
}: {
  plan: SafetyPlan | null;
  today: Date;
  onSave(plan: SafetyPlan | null): Promise<boolean>;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const submit = async () => {
    const value = planOf(draft, today);
    if (isEmptyPlan(value)) {
      setProblems([]);
      await onSave(null);
      return;
    }
    const result = parseSafetyPlan(value);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    await onSave(result.plan);
  };

  const textField = (part: TextPart) => (
    <TextPartField
      key={part}
      part={part}
      value={draft[part]}
      onChange={(value) => setDraft({ ...draft, [part]: value })}
      problems={problems}
      entries={lines(draft[part])}
    />
  );

  return (
    <form
      className="safety-plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {TEXT_ORDER.map(textField)}
      {CONTACT_ORDER.map((part) => (
        <ContactPartField
          key={part}
          part={part}
          rows={draft[part]}
          onChange={(rows) => setDraft({ ...draft, [part]: rows })}
          problems={problems}
        />
      ))}
      {TEXT_AFTER.map(textField)}
      {problems.some((p) => p.path === '') && (
        <p className="error" role="alert">
          {problems.find((p) => p.path === '')!.message}
        </p>
      )}
      {problems.length > 0 && (
        <p className="error" role="alert" data-testid="safety-plan-form-problems">
          {problems.length === 1 ? t('options_plan_not_saved_one') : t('options_plan_not_saved_many', problems.length)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('options_plan_save')}
        </button>
        {plan && !confirmDelete && (
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            {t('options_plan_delete')}
          </button>
        )}
      </div>
      {plan && confirmDelete && (
        <div className="confirm" role="group" aria-label={t('options_plan_delete_group')}>
          <p>{t('options_plan_delete_question')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void onSave(null)}>
              {t('options_delete')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('options_plan_keep_it')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function entryProblem(problem: PlanProblem, part: string, entries: readonly string[]): string {
  const index = Number(problem.path.slice(part.length + 1));
  const entry = Number.isInteger(index) ? entries[index] : undefined;
  return entry === undefined
    ? problemText(problem)
    : t('options_entry_problem', entry.slice(0, 40), problemText(problem));
}

function TextPartField({
  part,
  value,
  onChange,
  problems,
  entries,
}: {
  part: TextPart;
  value: string;
  onChange(value: string): void;
  problems: readonly PlanProblem[];
  entries: readonly string[];
}) {
  const id = useId();
  const hintId = useId();
  const problemsId = useId();
  const mine = problems
    .filter((p) => p.path === part || p.path.startsWith(`${part}.`))
    .map((p) => entryProblem(p, part, entries));
  return (
    <div className="field" data-part={part}>
      <label htmlFor={id}>{t(PART_TEXT[part].title)}</label>
      <p id={hintId} className="hint">
        {t(PART_TEXT[part].explain)} {t('options_plan_one_per_line')}
      </p>
      <textarea
        id={id}
        rows={3}
        value={value}
        aria-invalid={mine.length > 0 ? true : undefined}
        aria-describedby={describedBy(hintId, problemsId, mine.length > 0)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <FieldProblems id={problemsId} messages={mine} />
    </div>
  );
}

function ContactPartField({
  part,
  rows,
  onChange,
  problems,
}: {
  part: ContactPart;
  rows: ContactRow[];
  onChange(rows: ContactRow[]): void;
  problems: readonly PlanProblem[];
}) {
  const hintId = useId();
  const baseId = useId();
  // Problem paths index the filled rows (empty ones are left out of the plan).
  const filled = rows.map((row, i) => ({ row, i })).filter(({ row }) => filledRows([row]).length > 0);
  const problemsOfRow = (i: number) => {
    const at = filled.findIndex((f) => f.i === i);
    if (at < 0) return [];
    return problems
      .filter((p) => p.path.startsWith(`${part}.${at}.`) || p.path === `${part}.${at}`)
      .map((p) =>
        p.path.endsWith('.phone')
          ? { field: 'phone', text: t('options_plan_phone_problem', problemText(p)) }
          : { field: 'name', text: t('options_plan_name_problem', problemText(p)) },
      );
  };
  const listProblems = problems.filter((p) => p.path === part).map(problemText);
  const update = (i: number, change: Partial<ContactRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <fieldset className="field contact-part" data-part={part} aria-describedby={hintId}>
      <legend>{t(PART_TEXT[part].title)}</legend>
      <p id={hintId} className="hint">
        {t(PART_TEXT[part].explain)} {t('options_plan_phone_optional')}
      </p>
      {rows.map((row, i) => {
        const rowProblems = problemsOfRow(i);
        const problemsId = `${baseId}-${i}-problems`;
        return (
          <div className="contact-row" key={i}>
            <label htmlFor={`${baseId}-${i}-name`}>{t('options_plan_name_n', i + 1)}</label>
            <input
              id={`${baseId}-${i}-name`}
              value={row.name}
              autoComplete="off"
              aria-invalid={rowProblems.some((p) => p.field === 'name') ? true : undefined}
              aria-describedby={rowProblems.length > 0 ? problemsId : undefined}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
            />
            <label htmlFor={`${baseId}-${i}-phone`}>{t('options_plan_phone_n', i + 1)}</label>
            <input
              id={`${baseId}-${i}-phone`}
              type="tel"
              value={row.phone}
              autoComplete="off"
              aria-invalid={rowProblems.some((p) => p.field === 'phone') ? true : undefined}
              aria-describedby={rowProblems.length > 0 ? problemsId : undefined}
              onChange={(e) => update(i, { phone: e.currentTarget.value })}
            />
            {rows.length > 1 && (
              <button
                type="button"
                aria-label={
                  row.name.trim()
                    ? t('options_plan_remove_name', row.name.trim())
                    : t('options_plan_remove_entry', i + 1)
                }
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('options_remove')}
              </button>
            )}
            <FieldProblems id={problemsId} messages={rowProblems.map((p) => p.text)} />
          </div>
        );
      })}
      <FieldProblems id={`${baseId}-problems`} messages={listProblems} />
      <div className="actions">
        <button type="button" onClick={() => onChange([...rows, { name: '', phone: '' }])}>
          {t('options_plan_add_another')}
        </button>
      </div>
    </fieldset>
  );
}
