import { useId, useState } from 'react';
import { t } from '../../lib/i18n';
import type { ContactPolicy } from '../../lib/policy/contact-policy';
import { serializePolicy } from '../../lib/policy/contact-policy';
import type { PolicyAcknowledgement } from '../../lib/policy/acknowledgements';
import type { Settings, TherapistEntry } from '../../lib/policy/settings';
import { emailClashes } from './email-clash';
import { PolicyForm } from './PolicyForm';
import type { PolicyDraft } from './policy-draft';
import { policyFileName, policyToDraft } from './policy-draft';
import { PolicyImport } from './PolicyImport';
import { TemplatePicker } from './TemplatePicker';
import { TherapistList } from './TherapistList';
import { useAction } from './use-action';
import { useFocusLater } from './use-focus-later';

export interface TherapistSectionProps {
  therapists: Settings['therapists'];
  /** Where a new policy's hours and crisis lines start. */
  timezone: string;
  region: string;
  newId(): string;
  saveTherapist(entry: TherapistEntry): Promise<void>;
  removeTherapist(id: string): Promise<void>;
  /** Keeps the record that a changed policy was read and acknowledged. */
  acknowledgePolicyChange?(acknowledgement: PolicyAcknowledgement): Promise<void>;
  download(fileName: string, text: string): void;
}

type Mode =
  { kind: 'list' } | { kind: 'pick' } | { kind: 'new'; draft: PolicyDraft } | { kind: 'edit'; entry: TherapistEntry };

/** Client role: the therapists whose mail is checked, with their policies (add, edit, import, export). */
export function TherapistSection(props: TherapistSectionProps) {
  const { therapists, timezone, region, newId, saveTherapist, removeTherapist, download } = props;
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [message, setMessage] = useState('');
  const headingId = useId();
  const [addRef, focusAdd] = useFocusLater<HTMLButtonElement>();
  const remove = useAction();

  const backToList = (note = '') => {
    setMode({ kind: 'list' });
    setMessage(note);
    focusAdd();
  };

  const others = therapists.map((th) => ({
    id: th.id,
    name: th.policy.therapist.name,
    emails: th.policy.therapist.emails,
  }));
  const save = async (policy: ContactPolicy, existing: TherapistEntry | undefined) => {
    await saveTherapist({ id: existing?.id ?? newId(), policy, source: 'edited' });
    backToList(existing ? t('options_saved_name', policy.therapist.name) : t('options_added', policy.therapist.name));
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_therapists_heading')}</h2>
      <p className="intro">{t('options_therapists_intro')}</p>
      <TherapistList
        therapists={therapists}
        busy={remove.busy}
        onEdit={(entry) => {
          setMessage('');
          setMode({ kind: 'edit', entry });
        }}
        onExport={(entry) => download(policyFileName(entry.policy.therapist.name), serializePolicy(entry.policy))}
        onRemove={(entry) =>
          void remove.run(async () => {
            await removeTherapist(entry.id);
            setMessage(t('options_removed', entry.policy.therapist.name));
          })
        }
      />
      {remove.error && (
        <p className="error" role="alert">
          {t('options_could_not_remove', remove.error)}
        </p>
      )}
      <p role="status" className="status">
        {message}
      </p>

      {mode.kind === 'list' && (
        <div className="actions">
          <button
            ref={addRef}
            type="button"
            className="primary"
            onClick={() => {
              setMessage('');
              setMode({ kind: 'pick' });
            }}
          >
            {t('options_therapist_add')}
          </button>
        </div>
      )}
      {mode.kind === 'pick' && (
        <TemplatePicker
          title={t('options_therapist_add')}
          timezone={timezone}
          region={region}
          onStart={(draft) => setMode({ kind: 'new', draft })}
          onCancel={() => backToList()}
        />
      )}
      {mode.kind === 'new' && (
        <PolicyForm
          title={t('options_therapist_add')}
          owner="therapist"
          initial={mode.draft}
          saveLabel={t('options_therapist_add_save')}
          check={(policy) => emailClashes(policy, others, undefined)}
          onSave={(policy) => save(policy, undefined)}
          onCancel={() => backToList()}
        />
      )}
      {mode.kind === 'edit' && (
        <PolicyForm
          key={mode.entry.id}
          title={t('options_therapist_edit', mode.entry.policy.therapist.name)}

          owner="therapist"
          initial={policyToDraft(mode.entry.policy)}
          check={(policy) => emailClashes(policy, others, mode.entry.id)}
          onSave={(policy) => save(policy, mode.entry)}
          onCancel={() => backToList()}
        />
      )}

      <PolicyImport
        therapists={therapists}
        onImport={async (policy, replaceId, acknowledged) => {
          const id = replaceId ?? newId();
          await saveTherapist({ id, policy, source: 'imported' });
          if (acknowledged && props.acknowledgePolicyChange) {
            await props.acknowledgePolicyChange({
              counterpartId: id,
              name: policy.therapist.name,
              ...(policy.updated ? { updated: policy.updated } : {}),
              acknowledgedAt: new Date().toISOString(),
              changes: acknowledged.slice(0, 60).map((line) => line.slice(0, 600)),
            });
          }
        }}
      />
    </section>
  );
}
