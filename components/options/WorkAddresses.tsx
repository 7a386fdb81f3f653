import { useId, useState, type FormEvent } from 'react';
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
    setProblems(
      bad.map((e) => `"${e}": expected an email address (name@example.com) or a whole domain (@example.com)`),
    );
    if (bad.length > 0) return;
    const parsed = entries.map((e) => addressEntrySchema.parse(e));
    void action.run(async () => {
      await save(parsed);
      setStatus(parsed.length === 0 ? 'No work or school addresses are listed.' : 'Saved.');
    });
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Your work or school addresses</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label="Work or school addresses"
          hint="Your own addresses at work or school (or a whole @domain). Mail to a therapist from one of them gets a warning: your employer or school can usually read that mailbox. Separate with commas."
          value={text}
          onChange={setText}
          problems={problems}
          placeholder="jordan@bigcorp.example, @school.example"
        />
        <div className="actions">
          <button type="submit" disabled={action.busy}>
            Save work addresses
          </button>
        </div>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      {action.error && (
        <p className="error" role="alert">
          Could not save: {action.error}
        </p>
      )}
    </section>
  );
}
