import { useState } from 'react';
import type { ComposeCheck, SelfCheck } from '../lib/selfcheck/report';
import { formatReport, hasProblems } from '../lib/selfcheck/report';

export type SelfCheckState = { kind: 'loading' } | { kind: 'not-mail' } | { kind: 'checked'; check: SelfCheck };

const HOST_NAMES = { gmail: 'Gmail', outlook: 'Outlook on the web' } as const;

function Part({ name, found }: { name: string; found: boolean }) {
  return (
    <li data-part={name} data-found={found ? 'yes' : 'no'}>
      {name}: <span className={found ? 'ok' : 'missing'}>{found ? 'found' : 'not found'}</span>
    </li>
  );
}

function ComposeItem({ compose, n }: { compose: ComposeCheck; n: number }) {
  const listed =
    compose.listed === null ? 'unknown (recipients not read)' : compose.listed ? 'yes, this message is checked' : 'no';
  return (
    <section data-testid="self-check-compose" aria-label={`Message ${n}`}>
      <h2>Message {n}</h2>
      <ul>
        <Part name="recipients" found={compose.recipients} />
        <Part name="subject field" found={compose.subject} />
        <Part name="body" found={compose.body} />
        <Part name="Send" found={compose.send} />
        <li data-testid="self-check-listed">someone you listed on it: {listed}</li>
      </ul>
      {compose.problems.length > 0 && (
        <ul aria-label="What could not be found">
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
 * The popup's self-check of the current tab: host recognised or not, and for each open message
 * what was found. It knows nothing of the host page: it gets the check and a clipboard writer.
 */
export function SelfCheckPanel({ state, copy }: { state: SelfCheckState; copy(text: string): Promise<void> }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  if (state.kind === 'loading') return <main aria-busy="true">Checking this tab…</main>;
  if (state.kind === 'not-mail') {
    return (
      <main data-testid="self-check" data-host="none">
        <h1>Between Sessions</h1>
        <p>This tab is not Gmail or Outlook on the web, so nothing here is checked.</p>
      </main>
    );
  }
  const { check } = state;
  const report = formatReport(check);
  const problems = hasProblems(check);
  return (
    <main data-testid="self-check" data-host={check.host}>
      <h1>Between Sessions: {HOST_NAMES[check.host]}</h1>
      <p data-testid="self-check-summary" className={problems ? 'missing' : 'ok'}>
        {check.composes.length === 0
          ? 'Host recognised. No message is open.'
          : problems
            ? 'Host recognised, but something could not be found: messages may not be checked.'
            : 'Host recognised. Every open message can be read.'}
      </p>
      {check.recipientsUnread && (
        <p className="missing">A message on this page went out unchecked: its recipients could not be read.</p>
      )}
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
        Copy diagnostic report
      </button>
      <span role="status">
        {copied === 'yes' ? ' Copied.' : copied === 'failed' ? ' Could not copy; select the text below.' : ''}
      </span>
      <details>
        <summary>What the report contains</summary>
        <pre data-testid="self-check-report">{report}</pre>
      </details>
    </main>
  );
}
