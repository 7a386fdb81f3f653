import { useId, useState } from 'react';
import { t } from '../../lib/i18n';
import type { ContactPolicy } from '../../lib/policy/contact-policy';
import { serializePolicy } from '../../lib/policy/contact-policy';
import { PolicyForm } from './PolicyForm';
import { useFocusLater } from './use-focus-later';
import type { PolicyDraft } from './policy-draft';
import { policyFileName, policyToDraft } from './policy-draft';
import { PolicySummary } from './PolicySummary';
import { TemplatePicker } from './TemplatePicker';

export interface OwnPolicySectionProps {
  policy: ContactPolicy | undefined;
  timezone: string;
  region: string;
  saveOwnPolicy(policy: ContactPolicy): Promise<void>;
  download(fileName: string, text: string): void;
}

type Mode = { kind: 'view' } | { kind: 'pick' } | { kind: 'edit'; draft: PolicyDraft };

/** Therapist role: the user's own contact policy, written with the same form, exported for clients. */
export function OwnPolicySection({ policy, timezone, region, saveOwnPolicy, download }: OwnPolicySectionProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [message, setMessage] = useState('');
  const headingId = useId();
  const [editRef, focusEdit] = useFocusLater<HTMLButtonElement>();

  const back = (note = '') => {
    setMode({ kind: 'view' });
    setMessage(note);
    focusEdit();
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_own_heading')}</h2>
      <p className="intro">{t('options_own_intro')}</p>
      {policy ? (
        <div className="entry" data-testid="own-policy">
          <div className="entry-text">
            <p className="entry-name">
              <strong>{policy.therapist.name}</strong>
              {policy.therapist.practice && <span className="muted"> · {policy.therapist.practice}</span>}
            </p>
            <p className="emails">{policy.therapist.emails.join(', ')}</p>
            <PolicySummary policy={policy} />
          </div>
          {mode.kind === 'view' && (
            <div className="entry-actions">
              <button
                ref={editRef}
                type="button"
                onClick={() => {
                  setMessage('');
                  setMode({ kind: 'edit', draft: policyToDraft(policy) });
                }}
              >
                {t('options_own_edit')}
              </button>
              <button
                type="button"
                onClick={() => download(policyFileName(policy.therapist.name), serializePolicy(policy))}
              >
                {t('options_own_export')}
              </button>
            </div>
          )}
        </div>
      ) : (
        mode.kind === 'view' && (
          <>
            <p className="empty">{t('options_own_none')}</p>
            <div className="actions">
              <button ref={editRef} type="button" className="primary" onClick={() => setMode({ kind: 'pick' })}>
                {t('options_own_write')}
              </button>
            </div>
          </>
        )
      )}
      <p role="status" className="status">
        {message}
      </p>
      {mode.kind === 'pick' && (
        <TemplatePicker
          title={t('options_own_write')}
          timezone={timezone}
          region={region}
          onStart={(draft) => setMode({ kind: 'edit', draft })}
          onCancel={() => back()}
        />
      )}
      {mode.kind === 'edit' && (
        <PolicyForm
          title={policy ? t('options_own_edit') : t('options_own_write')}
          owner="own"
          initial={mode.draft}
          onSave={async (next) => {
            await saveOwnPolicy(next);
            back(t('options_own_saved'));
          }}
          onCancel={() => back()}
        />
      )}
    </section>
  );
}
