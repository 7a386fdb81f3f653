import { useState } from 'react';
import type { ComposeCheck, SelfCheck } from '../lib/selfcheck/report';
import { formatReport, hasProblems } from '../lib/selfcheck/report';
import { t } from '../lib/i18n';
import { ChecksLine } from './popup/ChecksLine';
import { NotesLine } from './popup/NotesLine';
import type { ChecksState, NotesCount } from './popup/status-types';

export type SelfCheckState = { kind: 'loading' } | { kind: 'not-mail' } | { kind: 'checked'; check: SelfCheck };

const HOST_NAMES = { gmail: 'host_gmail', outlook: 'host_outlook' } as const;

const PARTS = {
  recipients: 'selfcheck_part_recipients',
  subject: 'selfcheck_part_subject',
  body: 'selfcheck_part_body',
  send: 'selfcheck_part_send',
} as const;

function Part({ part, found }: { part: keyof typeof PARTS; found: boolean }) {
  return (
    <li data-part={part} data-found={found ? 'yes' : 'no'}>
      {t('selfcheck_part_status', t(PARTS[part]), t(found ? 'selfcheck_found' : 'selfcheck_not_found'))}
    </li>
  );
}

function ComposeItem({ compose, n }: { compose: ComposeCheck; n: number }) {
  const listed = t(
    compose.listed === null
      ? 'selfcheck_listed_unknown'
      : compose.listed
        ? 'selfcheck_listed_yes'
        : 'selfcheck_listed_no',
  );
  const heading = t('selfcheck_message', n);
  return (
    <section data-testid="self-check-compose" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        <Part part="recipients" found={compose.recipients} />
        <Part part="subject" found={compose.subject} />
        <Part part="body" found={compose.body} />
        <Part part="send" found={compose.send} />
        <li data-testid="self-check-listed">{t('selfcheck_listed', listed)}</li>
      </ul>
      {compose.problems.length > 0 && (
        <ul aria-label={t('selfcheck_not_found_list')}>
          {compose.problems.map((p) => (
            <li key={p} className="missing">
              {p}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The popup: the current tab's self-check (host recognised or not, and for each open message what
 * was found), whether checks are on, the notes kept for the next session, the way to the options
 * page. It knows nothing of the host page: it gets the check, what storage says, and callbacks.
 */
export function SelfCheckPanel({
  state,
  checks,
  notes,
  notesHref,
  openNotes,
  deleteNote,
  copy,
  openOptions,
}: {
  state: SelfCheckState;
  checks: ChecksState;
  notes: NotesCount;
  /** The options page at its notes section. */
  notesHref: string;
  openNotes(): void;
  deleteNote(id: string): Promise<void>;
  copy(text: string): Promise<void>;
  openOptions(): void;
}) {
  const notesAndOptions = (
    <>
      <NotesLine notes={notes} href={notesHref} open={openNotes} deleteNote={deleteNote} />
      <footer>
        <button type="button" onClick={openOptions}>
          {t('popup_open_options')}
        </button>
      </footer>
    </>
  );
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  if (state.kind === 'loading') return <main aria-busy="true">{t('selfcheck_loading')}</main>;
  if (state.kind === 'not-mail') {
    return (
      <main data-testid="self-check" data-host="none">
        <h1>{t('extName')}</h1>
        <p>{t('selfcheck_not_mail')}</p>
        <p data-testid="popup-reload">{t('popup_reload_hint')}</p>
        <ChecksLine checks={checks} />
        {notesAndOptions}
      </main>
    );
  }
  const { check } = state;
  const report = formatReport(check);
  const problems = hasProblems(check);
  return (
    <main data-testid="self-check" data-host={check.host}>
      <h1>{t('selfcheck_heading', t(HOST_NAMES[check.host]))}</h1>
      <p data-testid="self-check-summary" className={problems ? 'missing' : 'ok'}>
        {check.composes.length === 0
          ? t('selfcheck_no_message')
          : problems
            ? t('selfcheck_problems')
            : t('selfcheck_all_found')}
      </p>
      <ChecksLine checks={checks} />
      {check.composes.some((c) => c.listed === true) && <p data-testid="popup-listed-open">{t('popup_listed_open')}</p>}
      {check.recipientsUnread && <p className="missing">{t('selfcheck_recipients_unread')}</p>}
      {check.composes.map((c, i) => (
        <ComposeItem key={i} compose={c} n={i + 1} />
      ))}
      <button
        type="button"
        onClick={() => {
          copy(report).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          );
        }}
      >
        {t('selfcheck_copy')}
      </button>
      <span role="status">
        {copied === 'yes' ? ` ${t('selfcheck_copied')}` : copied === 'failed' ? ` ${t('selfcheck_copy_failed')}` : ''}
      </span>
      <details>
        <summary>{t('selfcheck_report_contents')}</summary>
        <pre data-testid="self-check-report">{report}</pre>
      </details>
      {notesAndOptions}
    </main>
  );
}
