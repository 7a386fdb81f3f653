// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { serializePolicy } from '../../../../lib/policy/contact-policy';
import { basicPolicy } from '../../../../lib/policy/settings';
import { optionsActions, optionsData, showOptions } from '../../support/options-page';

afterEach(cleanup);

const MAYA = {
  id: 't-maya',
  policy: basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']),
  source: 'imported' as const,
};
const ORG = {
  id: 'managed-therapist-org@clinic.example',
  policy: basicPolicy('Dr. Org', ['org@clinic.example']),
  source: 'imported' as const,
};

const headings = () => screen.getAllByRole('heading').map((h) => `${h.tagName}:${h.textContent}`);

describe('OptionsPage', () => {
  it('shows the client sections for the client role, the therapist sections after switching role', async () => {
    const { a, rerender } = showOptions(optionsData());
    expect(headings()).toEqual([
      'H1:Between Sessions settings',
      'H2:About you',
      'H2:Your therapists',
      'H3:Import a policy file',
      'H2:Your work or school addresses',
      'H2:Policy changes you acknowledged',
      'H2:Plain email you accepted',
      'H2:Warnings you turned off',
      'H2:Send history',
      'H2:Notes for your next session',
      'H2:Move to another device',
    ]);
    expect(screen.getByText(/No therapist listed yet/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /^Therapist/ }));
    await waitFor(() => expect(a.setRole).toHaveBeenCalledWith('therapist'));
    rerender(optionsData({ role: 'therapist' }));
    expect(screen.queryByRole('heading', { name: 'Your therapists' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your contact policy' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your clients' })).toBeTruthy();
    expect(screen.queryByLabelText('Import policy file')).toBeNull();

    rerender(optionsData({ role: 'both' }));
    for (const name of ['Your therapists', 'Your contact policy', 'Your clients']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
  });

  it('adds a therapist from a template through the form', async () => {
    const { a } = showOptions(optionsData({ therapists: [MAYA] }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a therapist' }));
    fireEvent.click(screen.getByRole('radio', { name: /Between-session support welcome/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('Europe/London');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Dr. Ana Ruiz' } });
    // An address already listed for someone else is refused next to the field.
    fireEvent.change(screen.getByLabelText('Email addresses'), { target: { value: 'maya@calmpractice.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add therapist' }));
    expect((await screen.findByTestId('form-problems')).textContent).toContain('already listed for Dr. Maya Lee');
    expect(a.saveTherapist).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Email addresses'), { target: { value: 'ana@other.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add therapist' }));
    await waitFor(() => expect(a.saveTherapist).toHaveBeenCalledTimes(1));
    const entry = a.saveTherapist.mock.calls[0]![0];
    expect(entry).toMatchObject({ id: 'new-id', source: 'edited' });
    expect(entry.policy.email.purposes).toContain('support');
    expect(entry.policy.emergency.region).toBe('GB');
    expect(await screen.findByText('Added Dr. Ana Ruiz.')).toBeTruthy();
  });

  it('exports, edits and removes a therapist; one set by the organisation is read-only', async () => {
    const { a } = showOptions(optionsData({ therapists: [ORG, MAYA] }));
    const items = screen.getAllByTestId('therapist');
    expect(items[0]!.textContent).toContain('Set by your organisation');
    expect(within(items[0]!).queryByRole('button', { name: /Edit|Remove/ })).toBeNull();

    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Export Dr. Maya Lee' }));
    expect(a.download).toHaveBeenCalledWith('dr-maya-lee-contact-policy.json', serializePolicy(MAYA.policy));

    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Edit Dr. Maya Lee' }));
    expect(screen.getByRole('heading', { name: 'Edit Dr. Maya Lee' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Required/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(a.saveTherapist).toHaveBeenCalledTimes(1));
    expect(a.saveTherapist.mock.calls[0]![0]).toMatchObject({
      id: 't-maya',
      source: 'edited',
      policy: { email: { encryption: 'required' } },
    });

    fireEvent.click(
      within(screen.getAllByTestId('therapist')[1]!).getByRole('button', { name: 'Remove Dr. Maya Lee' }),
    );
    await waitFor(() => expect(a.removeTherapist).toHaveBeenCalledWith('t-maya'));
  });

  it('therapist role: writes the own policy from a template and adds and removes clients', async () => {
    const { a } = showOptions(
      optionsData({ role: 'therapist', clients: [{ id: 'c-1', name: 'Jordan', emails: ['jordan@example.com'] }] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write your policy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Dr. Maya Lee' } });
    fireEvent.change(screen.getByLabelText('Your email addresses'), { target: { value: 'maya@calmpractice.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(a.saveOwnPolicy).toHaveBeenCalledTimes(1));

    const name = screen.getByLabelText('Client name (optional)');
    const emails = screen.getByLabelText('Client email addresses');
    fireEvent.change(emails, { target: { value: 'sam at example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    expect(emails.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(emails.getAttribute('aria-describedby')!.split(' ')[1]!)!.textContent).toContain(
      '"sam at example": expected an email address',
    );
    fireEvent.change(emails, { target: { value: 'jordan@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    expect(await screen.findByText('jordan@example.com is already listed.')).toBeTruthy();
    expect(a.saveClient).not.toHaveBeenCalled();

    fireEvent.change(name, { target: { value: 'Sam' } });
    fireEvent.change(emails, { target: { value: 'Sam@Example.com, @family.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    await waitFor(() =>
      expect(a.saveClient).toHaveBeenCalledWith({
        id: 'new-id',
        name: 'Sam',
        emails: ['sam@example.com', '@family.example'],
      }),
    );
    await waitFor(() => expect((emails as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Jordan' }));
    await waitFor(() => expect(a.removeClient).toHaveBeenCalledWith('c-1'));
  });

  it('lists acceptances by name with a way to withdraw, and the send history count', async () => {
    const { a } = showOptions(
      optionsData(
        { therapists: [MAYA], acceptances: { 't-maya': { acceptedAt: '2026-03-14T09:30:00.000Z' } } },
        { sendCount: 3 },
      ),
    );
    const item = screen.getByTestId('acceptance');
    expect(item.textContent).toContain('Dr. Maya Lee: accepted on 14 March 2026');
    fireEvent.click(within(item).getByRole('button', { name: 'Withdraw acceptance for Dr. Maya Lee' }));
    await waitFor(() => expect(a.withdrawAcceptance).toHaveBeenCalledWith('t-maya'));

    expect(screen.getByTestId('send-count').textContent).toContain('3 sends are logged');
    fireEvent.click(screen.getByRole('button', { name: 'Clear send history' }));
    await waitFor(() => expect(a.clearSendHistory).toHaveBeenCalled());
    expect(await screen.findByText('Send history cleared.')).toBeTruthy();
  });

  it('sets and clears the own region; managed role and region are read-only', async () => {
    const { a, rerender } = showOptions(optionsData());
    const region = screen.getByLabelText('Your country, for crisis lines (optional)') as HTMLSelectElement;
    expect(within(region).getByRole('option', { name: 'United Kingdom (GB)' })).toBeTruthy();
    fireEvent.change(region, { target: { value: 'GB' } });
    await waitFor(() => expect(a.setRegion).toHaveBeenCalledWith('GB'));
    fireEvent.change(region, { target: { value: '' } });
    await waitFor(() => expect(a.setRegion).toHaveBeenLastCalledWith(undefined));

    rerender(
      optionsData(
        { role: 'therapist', region: 'US' },
        { managed: { role: 'therapist', region: 'US', problems: ['clients.0: invalid'] } },
      ),
    );
    expect(screen.queryByRole('radio', { name: /Client/ })).toBeNull();
    expect(screen.getByTestId('managed-role').textContent).toContain('Therapist');
    expect(screen.getByTestId('managed-role').textContent).toContain('Set by your organisation');
    expect(screen.getByTestId('managed-region').textContent).toContain('United States');
    expect(screen.getByTestId('managed-problems').textContent).toContain('clients.0: invalid');
  });

  it('unreadable storage: an alert with export and reset, and nothing else to change', async () => {
    const { a } = showOptions(
      optionsData({}, { problem: 'The stored settings could not be read (therapists: expected a list).' }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('could not be read');
    expect(screen.queryByRole('heading', { name: 'Your therapists' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Export what was stored' }));
    await waitFor(() =>
      expect(a.download).toHaveBeenCalledWith(
        expect.stringMatching(/^between-sessions-settings-\d{4}-\d\d-\d\d\.json$/),
        '{"format":"between-sessions.settings"}\n',
      ),
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Reset settings' }));
    await waitFor(() => expect(a.resetSettings).toHaveBeenCalled());
  });

  it('imports all settings from a file and lists the problems of a bad one', async () => {
    const a = optionsActions();
    a.importAllSettings.mockResolvedValueOnce({
      ok: false,
      problems: ['therapists.0.policy.email.encryption: expected one of required, preferred, not-required'],
    });
    showOptions(optionsData(), a);
    const input = screen.getByLabelText('Import all settings');
    fireEvent.change(input, { target: { files: [new File(['{}'], 'settings.json')] } });
    expect((await screen.findByTestId('settings-import-problems')).textContent).toContain(
      'therapists.0.policy.email.encryption',
    );
    fireEvent.change(input, { target: { files: [new File(['{}'], 'settings.json')] } });
    expect(await screen.findByText('Settings imported from settings.json.')).toBeTruthy();
    expect(a.importAllSettings).toHaveBeenCalledWith('{}');
    fireEvent.click(screen.getByRole('button', { name: 'Export all settings' }));
    await waitFor(() => expect(a.download).toHaveBeenCalled());
  });
});
