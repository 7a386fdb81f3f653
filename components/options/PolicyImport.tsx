import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { problemText, saidText } from '../core-words';
import type { ContactPolicy, PolicyProblem } from '../../lib/policy/contact-policy';
import { MAX_POLICY_FILE_BYTES, parsePolicyText } from '../../lib/policy/contact-policy';
import { policyChangeLines } from '../../lib/policy/policy-diff';
import type { Said } from '../../lib/policy/words';
import type { TherapistEntry } from '../../lib/policy/settings';
import { PolicyChanges, RecordLine } from './PolicyChanges';
import { rich } from './rich';
import { FileImport } from './FileImport';
import { sourceName } from './source-name';
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
      changes: Said[];
    }
  | { kind: 'done'; policy: ContactPolicy; replaced: boolean; warnings: PolicyProblem[] }
  | { kind: 'error'; message: string };

/**
 * A therapist's policy file, taken in three ways (FileImport): a file input ("Import policy file"),
 * a file dropped on this section, or pasted text. A bad file changes nothing and every problem is listed
 * by field path; a valid one is stored at once (replacing a listed therapist asks first).
 */
export function PolicyImport({ therapists, onImport }: PolicyImportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
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
      setStatus({ kind: 'error', message: t('options_import_could_not_save', errorText(error)) });
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
            message: t('options_import_managed', first, match.policy.therapist.name),
          },
        ],
      });
      return false;
    }
    if (match) {
      const changes = policyChangeLines(match.policy, result.policy);
      setStatus({ kind: 'confirm', source, policy: result.policy, warnings: result.warnings, match, changes });
      return false;
    }
    return store(result.policy, result.warnings, undefined);
  };

  const onProblem = (source: string, problems: PolicyProblem[]) => setStatus({ kind: 'problems', source, problems });

  return (
    <FileImport
      text={{
        heading: t('options_import_heading'),
        hint: t('options_import_hint'),
        file: t('options_import_file'),
        paste: t('options_import_paste'),
        pasteButton: t('options_import_paste_button'),
        pasteFirst: t('options_import_paste_first'),
        tooLarge: t('options_import_too_large', MAX_POLICY_FILE_BYTES / 1024),
      }}
      maxBytes={MAX_POLICY_FILE_BYTES}
      testId="policy-import"
      onText={importText}
      onProblem={onProblem}
    >
      {status.kind === 'problems' && <ImportProblems source={status.source} problems={status.problems} />}
      {status.kind === 'error' && (
        <p className="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'confirm' && (
        <div className="confirm" role="group" aria-label={t('options_import_replace_group')}>
          <p>
            {rich(
              'options_import_replace_question',
              status.match.policy.therapist.emails.join(', '),
              <strong>{status.match.policy.therapist.name}</strong>,
              sourceName(status.source, 'inside'),
              <strong>{status.policy.therapist.name}</strong>,
            )}
          </p>
          <PolicyChanges policy={status.policy} changes={status.changes.map(saidText)} />
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
                  status.changes.length > 0 ? status.changes.map((line) => line.message) : undefined,
                )
              }
            >
              {status.changes.length > 0 ? t('options_import_ack_replace') : t('options_replace')}
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              {t('options_import_keep')}
            </button>
          </div>
        </div>
      )}
      <div role="status" className="import-status">
        {status.kind === 'done' && (
          <ImportDone policy={status.policy} replaced={status.replaced} warnings={status.warnings} />
        )}
      </div>
    </FileImport>
  );
}

function ImportProblems({ source, problems }: { source: string; problems: PolicyProblem[] }) {
  return (
    <div className="error-summary" role="alert" data-testid="import-problems">
      <p>
        <strong>{t('options_not_imported', sourceName(source, 'start'))}</strong>
        {t('options_not_imported_rest')}{' '}
        {problems.length === 1 ? t('options_import_the_problem') : t('options_import_the_problems', problems.length)}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path}>
            <code>{p.path || t('options_whole_file')}</code>: {problemText(p)}
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
        {rich(
          replaced ? 'options_import_replaced' : 'options_import_added',
          <strong>{policy.therapist.name}</strong>,
          policy.therapist.emails.join(', '),
        )}
      </p>
      <RecordLine policy={policy} />
      {warnings.length > 0 && (
        <div className="warnings" data-testid="import-warnings">
          <p>{t('options_import_left_out')}</p>

          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-path={w.path}>
                <code>{w.path}</code>: {problemText(w)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
