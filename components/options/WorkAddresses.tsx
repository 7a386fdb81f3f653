import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { addressEntrySchema } from '../../lib/policy/address';
import { splitList } from './policy-draft';
import { TextField } from './TextField';
import { useAction } from './use-action';

export interface WorkAddressesProps {
  addresses: readonly string[];
  save(addresses: string[]): Promise<void>;
}

/**
 * The user's own work or school addresses: mail to a therapist from one of them gets the
 * `work-address` warning (an employer or school can usually read that mailbox).
 */
export function WorkAddresses({ addresses, save }: WorkAddressesProps) {
  const headingId = useId();
  const [text, setText] = useState(addresses.join(', '));
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const entries = splitList(text);
    const bad = entries.filter((e) => !addressEntrySchema.safeParse(e).success);
    setProblems(bad.map((e) => t('options_work_bad', e)));
    if (bad.length > 0) return;
    const parsed = entries.map((e) => addressEntrySchema.parse(e));
    void action.run(async () => {
      await save(parsed);
      setStatus(parsed.length === 0 ? t('options_work_none') : t('options_saved'));
    });
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_work_heading')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('options_work_label')}
          hint={t('options_work_hint')}
          value={text}
          onChange={setText}
          problems={problems}
          placeholder="jordan@bigcorp.example, @school.example"
        />
        <div className="actions">
          <button type="submit" disabled={action.busy}>
            {t('options_work_save')}
          </button>
        </div>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      {action.error && (
        <p className="error" role="alert">
          {t('options_could_not_save', action.error)}
        </p>
      )}
    </section>
  );
}
