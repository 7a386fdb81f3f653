// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyImport } from '../../../../components/options/PolicyImport';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import { serializePolicy } from '../../../../lib/policy/contact-policy';
import type { TherapistEntry } from '../../../../lib/policy/settings';
import { basicPolicy } from '../../../../lib/policy/settings';

afterEach(cleanup);

const MAYA: ContactPolicy = {
  ...basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example', '@calmpractice.example']),
  email: { purposes: ['scheduling'], encryption: 'required', allowedCc: [] },
};

const BROKEN = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { name: '', emails: ['maya at calmpractice'] },
  email: { purposes: ['scheduling', 'gossip'], encryption: 'sometimes', maxWords: -5 },
  availability: { timezone: 'Mars/Olympus', hours: { mon: ['17:00-09:00'] } },
  emergency: { region: 'UK' },
};

function show(therapists: TherapistEntry[] = []) {
  const onImport = vi.fn(async (_policy: ContactPolicy, _replaceId: string | undefined) => undefined);
  render(<PolicyImport therapists={therapists} onImport={onImport} />);
  return onImport;
}

function choose(text: string, name = 'policy.json') {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Import policy file'), { target: { files: [file] } });
}

describe('PolicyImport', () => {
  it('has a file input named "Import policy file"', () => {
    show();
    const input = screen.getByLabelText('Import policy file') as HTMLInputElement;
    expect(input.type).toBe('file');
  });

  it('lists every problem of a broken file by field path and imports nothing', async () => {
    const onImport = show();
    choose(JSON.stringify(BROKEN), 'broken.json');
    const alert = await screen.findByTestId('import-problems');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('broken.json was not imported');
    expect(alert.textContent).toContain('nothing was changed');
    const items = within(alert).getAllByRole('listitem');
    const paths = items.map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'therapist.name',
        'therapist.emails.0',
        'email.purposes.1',
        'email.encryption',
        'email.maxWords',
        'availability.timezone',
        'availability.hours.mon.0',
        'emergency.region',
      ]),
    );
    expect(alert.textContent).toContain('email.encryption: expected one of required, preferred, not-required');
    expect(alert.textContent).toContain('use "GB" for the United Kingdom');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses text that is not JSON and a file from a newer version', async () => {
    const onImport = show();
    choose('{ "format": ');
    expect((await screen.findByTestId('import-problems')).textContent).toContain('This is not a JSON file');
    choose(JSON.stringify({ ...JSON.parse(serializePolicy(MAYA)), version: 2 }));
    await waitFor(() => expect(screen.getByTestId('import-problems').textContent).toContain('made by a newer version'));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a valid file at once and says so', async () => {
    const onImport = show();
    choose(serializePolicy(MAYA));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport).toHaveBeenCalledWith(MAYA, undefined);
    expect((await screen.findByTestId('import-done')).textContent).toContain('Added Dr. Maya Lee');
    expect(screen.queryByTestId('import-warnings')).toBeNull();
    expect(screen.queryByTestId('import-problems')).toBeNull();
  });

  it('shows the unknown fields it left out after a successful import', async () => {
    const onImport = show();
    const withExtras = {
      ...JSON.parse(serializePolicy(MAYA)),
      colour: 'blue',
      therapist: { ...MAYA.therapist, pronouns: 'she/her' },
    };
    choose(JSON.stringify(withExtras));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const warnings = await screen.findByTestId('import-warnings');
    const paths = within(warnings)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(['therapist.pronouns', 'colour']);
    expect(warnings.textContent).toContain('unknown field, ignored');
  });

  it('the same policy again: nothing to acknowledge, a plain Replace', async () => {
    const onImport = show([{ id: 't-1', policy: MAYA, source: 'imported' }]);
    choose(serializePolicy(MAYA));
    expect((await screen.findByTestId('policy-changes')).textContent).toContain('says the same as the policy you have');
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledWith(MAYA, 't-1'));
  });

  it('shows the record line once the policy is imported', async () => {
    show([]);
    choose(serializePolicy({ ...MAYA, email: { ...MAYA.email, record: 'Emails are filed in your record.' } }));
    expect((await screen.findByTestId('import-record')).textContent).toBe(
      'What happens to your emails, in Dr. Maya Lee’s words: “Emails are filed in your record.”',
    );
  });

  it('asks before replacing the therapist whose address the file starts with', async () => {
    const existing: TherapistEntry = {
      id: 't-1',
      policy: basicPolicy('Maya Lee', ['maya@calmpractice.example']),
      source: 'default',
    };
    const onImport = show([existing]);
    choose(serializePolicy(MAYA));
    const replace = await screen.findByRole('button', { name: 'I have read the changes: acknowledge and replace' });
    expect(screen.getByTestId('policy-changes').textContent).toContain('Name: was “Maya Lee”, now “Dr. Maya Lee”.');
    expect(screen.getByRole('group', { name: 'Replace a listed therapist?' }).textContent).toContain(
      'already listed as Maya Lee',
    );
    expect(onImport).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Keep the current policy' }));
    expect(screen.queryByRole('button', { name: /replace$/i })).toBeNull();
    expect(onImport).not.toHaveBeenCalled();

    choose(serializePolicy(MAYA));
    fireEvent.click(await screen.findByRole('button', { name: /acknowledge and replace/ }));
    await waitFor(() =>
      expect(onImport).toHaveBeenCalledWith(
        MAYA,
        't-1',
        expect.arrayContaining(['Name: was “Maya Lee”, now “Dr. Maya Lee”.']),
      ),
    );
    expect((await screen.findByTestId('import-done')).textContent).toContain('Replaced the policy of Dr. Maya Lee');
    expect(replace.isConnected).toBe(false);
  });

  it('does not replace a therapist set by the organisation', async () => {
    const managed: TherapistEntry = { id: 'managed-therapist-org@clinic.example', policy: MAYA, source: 'imported' };
    const onImport = show([managed]);
    choose(serializePolicy(MAYA));
    expect((await screen.findByTestId('import-problems')).textContent).toContain('listed by your organisation');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports pasted text and a dropped file', async () => {
    const onImport = show();
    const paste = screen.getByLabelText('Or paste the text of a policy file');
    fireEvent.change(paste, { target: { value: JSON.stringify(BROKEN) } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    expect((await screen.findByTestId('import-problems')).textContent).toContain('The pasted text was not imported');
    fireEvent.change(paste, { target: { value: serializePolicy(MAYA) } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((paste as HTMLTextAreaElement).value).toBe(''));

    const ana = basicPolicy('Dr. Ana Ruiz', ['ana@other.example'], 'CA');
    fireEvent.drop(screen.getByTestId('policy-import'), {
      dataTransfer: { files: [new File([serializePolicy(ana)], 'ana.json')], types: ['Files'] },
    });
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(2));
    expect(onImport).toHaveBeenLastCalledWith(ana, undefined);
  });

  it('says so when storing fails', async () => {
    render(<PolicyImport therapists={[]} onImport={vi.fn(async () => Promise.reject(new Error('quota')))} />);
    choose(serializePolicy(MAYA));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not save the policy: quota');
  });
});
