import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { ContactPolicy, PolicyProblem } from '../../lib/policy/contact-policy';
import { MAX_POLICY_FILE_BYTES, parsePolicyText } from '../../lib/policy/contact-policy';
import { policyChanges } from '../../lib/policy/policy-diff';
import type { TherapistEntry } from '../../lib/policy/settings';
import { PolicyChanges, RecordLine } from './PolicyChanges';
import { errorText, isManagedId } from './types';

export interface PolicyImportProps {
  /** The therapists listed now: a file for one of them replaces their policy after a confirmation. */
  therapists: readonly TherapistEntry[];
  /**
   * Stores a valid policy: a new therapist, or the one with id `replaceId`. `acknowledged`: the
   * changes from the listed policy that the user read and acknowledged before replacing it.
   */
  onImport(policy: ContactPolicy, replaceId: string | undefined, acknowledged?: string[]): Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'problems'; source: string; problems: PolicyProblem[] }
  | {
      kind: 'confirm';
      source: string;
      policy: ContactPolicy;
      warnings: PolicyProblem[];
      match: TherapistEntry;
      changes: string[];
    }
  | { kind: 'done'; policy: ContactPolicy; replaced: boolean; warnings: PolicyProblem[] }
  | { kind: 'error'; message: string };

/**
 * A therapist's policy file, taken in three ways: a file input ("Import policy file"), a file
 * dropped on this section, or pasted text. A bad file changes nothing and every problem is listed
 * by field path; a valid one is stored at once (replacing a listed therapist asks first).
 */
export function PolicyImport({ therapists, onImport }: PolicyImportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const headingId = useId();
  const fileId = useId();
  const pasteId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (status.kind === 'confirm') confirmRef.current?.focus();
  }, [status]);

  const store = async (
    policy: ContactPolicy,
    warnings: PolicyProblem[],
    replace: TherapistEntry | undefined,
    acknowledged?: string[],
  ) => {
    try {
      await (acknowledged ? onImport(policy, replace?.id, acknowledged) : onImport(policy, replace?.id));
      setStatus({ kind: 'done', policy, replaced: replace !== undefined, warnings });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: `Could not save the policy: ${errorText(error)}. Nothing was changed.` });
      return false;
    }
  };

  const importText = async (text: string, source: string): Promise<boolean> => {
    const result = parsePolicyText(text);
    if (!result.ok) {
      setStatus({ kind: 'problems', source, problems: result.problems });
      return false;
    }
    const first = result.policy.therapist.emails[0]!;
    const match = therapists.find((t) => t.policy.therapist.emails.includes(first));
    if (match && isManagedId(match.id)) {
      setStatus({
        kind: 'problems',
        source,
        problems: [
          {
            path: 'therapist.emails.0',
            message: `${first} is listed by your organisation (${match.policy.therapist.name}); that policy cannot be replaced here`,
          },
        ],
      });
      return false;
    }
    if (match) {
      const changes = policyChanges(match.policy, result.policy);
      setStatus({ kind: 'confirm', source, policy: result.policy, warnings: result.warnings, match, changes });
      return false;
    }
    return store(result.policy, result.warnings, undefined);
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_POLICY_FILE_BYTES) {
      setStatus({
        kind: 'problems',
        source: file.name,
        problems: [
          {
            path: '',
            message: `This file is too large to be a contact policy (over ${MAX_POLICY_FILE_BYTES / 1024} kB).`,
          },
        ],
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setStatus({
        kind: 'problems',
        source: file.name,
        problems: [{ path: '', message: `The file could not be read: ${errorText(error)}` }],
      });
      return;
    }
    await importText(text, file.name);
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file) void importFile(file).finally(() => (input.value = ''));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const importPasted = async () => {
    if (pasted.trim() === '') {
      setStatus({
        kind: 'problems',
        source: 'The pasted text',
        problems: [{ path: '', message: 'Paste the text of a policy file first.' }],
      });
      return;
    }
    if (await importText(pasted, 'The pasted text')) setPasted('');
  };

  return (
    <section
      className={`policy-import${dragging ? ' dragging' : ''}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="policy-import"
    >
      <h3 id={headingId}>Import a policy file</h3>
      <p className="hint">
        If your therapist gave you a contact policy file (.json), import it here, or drop it on this box. It is added to
        your therapists at once.
      </p>
      <div className="field">
        <label htmlFor={fileId}>Import policy file</label>
        <input id={fileId} type="file" accept=".json,application/json,text/plain" onChange={onFileChosen} />
      </div>
      <div className="field">
        <label htmlFor={pasteId}>Or paste the text of a policy file</label>
        <textarea
          id={pasteId}
          rows={3}
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          spellCheck={false}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void importPasted()}>
          Import pasted text
        </button>
      </div>

      {status.kind === 'problems' && <ImportProblems source={status.source} problems={status.problems} />}
      {status.kind === 'error' && (
        <p className="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'confirm' && (
        <div className="confirm" role="group" aria-label="Replace a listed therapist?">
          <p>
            {status.match.policy.therapist.emails.join(', ')} is already listed as{' '}
            <strong>{status.match.policy.therapist.name}</strong>. Replace their policy with the one in{' '}
            {status.source === 'The pasted text' ? 'the pasted text' : status.source} (
            <strong>{status.policy.therapist.name}</strong>)?
          </p>
          <PolicyChanges policy={status.policy} changes={status.changes} />
          <div className="actions">
            <button
              ref={confirmRef}
              type="button"
              className="primary"
              onClick={() =>
                void store(
                  status.policy,
                  status.warnings,
                  status.match,
                  status.changes.length > 0 ? status.changes : undefined,
                )
              }
            >
              {status.changes.length > 0 ? 'I have read the changes: acknowledge and replace' : 'Replace'}
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              Keep the current policy
            </button>
          </div>
        </div>
      )}
      <div role="status" className="import-status">
        {status.kind === 'done' && (
          <ImportDone policy={status.policy} replaced={status.replaced} warnings={status.warnings} />
        )}
      </div>
    </section>
  );
}

function ImportProblems({ source, problems }: { source: string; problems: PolicyProblem[] }) {
  return (
    <div className="error-summary" role="alert" data-testid="import-problems">
      <p>
        <strong>{source} was not imported</strong>; nothing was changed.{' '}
        {problems.length === 1 ? 'The problem:' : `The ${problems.length} problems, by field:`}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path}>
            <code>{p.path || '(whole file)'}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ImportDone({
  policy,
  replaced,
  warnings,
}: {
  policy: ContactPolicy;
  replaced: boolean;
  warnings: PolicyProblem[];
}) {
  return (
    <div className="success" data-testid="import-done">
      <p>
        {replaced ? 'Replaced the policy of' : 'Added'} <strong>{policy.therapist.name}</strong> (
        {policy.therapist.emails.join(', ')}).
      </p>
      <RecordLine policy={policy} />
      {warnings.length > 0 && (
        <div className="warnings" data-testid="import-warnings">
          <p>Some parts of the file were not understood and were left out:</p>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-path={w.path}>
                <code>{w.path}</code>: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
