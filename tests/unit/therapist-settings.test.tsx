// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TherapistSettingsProps } from '../../components/TherapistSettings';
import { TherapistSettings } from '../../components/TherapistSettings';
import type { Settings } from '../../lib/policy/settings';
import { settingsWith, therapist } from './fixtures';

afterEach(cleanup);

const MAYA = therapist();
const PRACTICE = therapist({ id: 't-desk', name: '', emails: ['@couples.example', 'desk@couples.example'] });

function show(settings: Settings, props: Partial<TherapistSettingsProps> = {}) {
  const handlers = {
    onAdd: vi.fn(async (_name: string, _address: string): Promise<string | null> => null),
    onRemove: vi.fn(async (_id: string) => undefined),
    onWithdraw: vi.fn(async (_id: string) => undefined),
    ...props,
  };
  render(<TherapistSettings settings={settings} {...handlers} />);
  return handlers;
}

const nameInput = () => screen.getByLabelText('Name (optional)') as HTMLInputElement;
const addressInput = () => screen.getByLabelText(/Email address/) as HTMLInputElement;
const addButton = () => screen.getByRole('button', { name: 'Add therapist' }) as HTMLButtonElement;

describe('TherapistSettings', () => {
  it('says so when nobody is listed', () => {
    show(settingsWith([]));
    expect(screen.getByText(/No therapist listed yet/)).toBeTruthy();
    expect(screen.queryAllByTestId('therapist')).toHaveLength(0);
  });

  it('lists every therapist with name and addresses', () => {
    show(settingsWith([MAYA, PRACTICE]));
    const items = screen.getAllByTestId('therapist');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Maya Lee');
    expect(items[0]!.textContent).toContain('maya@calmpractice.example');
    expect(items[1]!.textContent).toContain('@couples.example, desk@couples.example');
  });

  it('shows the date of an accepted plain-email risk, with a way to withdraw it', () => {
    const handlers = show(settingsWith([MAYA], { acceptances: { 't-maya': { acceptedAt: '2026-03-14T09:30:00.000Z' } } }));
    expect(screen.getByText(/You accepted plain email on 2026-03-14/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(handlers.onWithdraw).toHaveBeenCalledWith('t-maya');
  });

  it('shows a problem with the stored settings as an alert', () => {
    render(
      <TherapistSettings
        settings={settingsWith([])}
        problem="The stored settings could not be read (therapists: invalid). Defaults are in use."
        onAdd={vi.fn()}
        onRemove={vi.fn()}
        onWithdraw={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
  });

  it('shows no alert when there is no problem', () => {
    show(settingsWith([MAYA]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('calls onAdd with the typed values and clears the form when it succeeds', async () => {
    const handlers = show(settingsWith([]));
    fireEvent.change(nameInput(), { target: { value: 'Maya Lee' } });
    fireEvent.change(addressInput(), { target: { value: 'maya@calmpractice.example' } });
    fireEvent.click(addButton());
    await waitFor(() => expect(handlers.onAdd).toHaveBeenCalledWith('Maya Lee', 'maya@calmpractice.example'));
    await waitFor(() => expect(addressInput().value).toBe(''));
    expect(nameInput().value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error onAdd returns as an alert tied to the address, and keeps what was typed', async () => {
    const handlers = show(settingsWith([]), {
      onAdd: vi.fn(async () => 'expected an email address (name@example.com) or a whole domain (@example.com)'),
    });
    fireEvent.change(addressInput(), { target: { value: 'maya' } });
    fireEvent.click(addButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('expected an email address');
    expect(handlers.onAdd).toHaveBeenCalledWith('', 'maya');
    expect(addressInput().value).toBe('maya');
    expect(addressInput().getAttribute('aria-invalid')).toBe('true');
    expect(addressInput().getAttribute('aria-describedby')).toBe(alert.id);
    expect(addButton().disabled).toBe(false);
  });

  it('disables the button while adding', async () => {
    let finish!: (v: string | null) => void;
    show(settingsWith([]), { onAdd: vi.fn(() => new Promise<string | null>((r) => (finish = r))) });
    fireEvent.change(addressInput(), { target: { value: 'maya@calmpractice.example' } });
    fireEvent.click(addButton());
    await waitFor(() => expect(addButton().disabled).toBe(true));
    finish(null);
    await waitFor(() => expect(addButton().disabled).toBe(false));
  });

  it('the remove button of a therapist calls onRemove with its id', () => {
    const handlers = show(settingsWith([MAYA, PRACTICE]));
    const list = screen.getByRole('list', { name: 'Listed therapists' });
    fireEvent.click(within(list).getByRole('button', { name: 'Remove @couples.example' }));
    expect(handlers.onRemove).toHaveBeenCalledWith('t-desk');
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Maya Lee' }));
    expect(handlers.onRemove).toHaveBeenLastCalledWith('t-maya');
    expect(handlers.onRemove).toHaveBeenCalledTimes(2);
  });
});
