// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyForm } from '../../../../components/options/PolicyForm';
import { draftToValue, policyToDraft } from '../../../../components/options/policy-draft';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import { parsePolicy, serializePolicy } from '../../../../lib/policy/contact-policy';

afterEach(cleanup);

/** The options-page editor for the policy fields of 2026-12. */
const FULL = parsePolicy({
  format: 'between-sessions.contact-policy',
  version: 1,
  updated: '2026-12-01',
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] },
  email: {
    purposes: ['scheduling', 'admin'],
    encryption: 'preferred',
    channels: {
      clinical: { kind: 'portal', name: 'Client portal', url: 'https://portal.calmpractice.example' },
      support: { kind: 'phone', phone: '+1 555 0100' },
      casual: { kind: 'session' },
    },
    requiredCc: ['alex.partner@example.net'],
    guardians: { emails: ['parent@example.com'], purposes: ['scheduling'] },
    fees: { freeMinutes: 10, rate: 'USD 2.50 a minute', incrementMinutes: 5 },
    record: 'Emails become part of your clinical record.',
  },
  availability: {
    timezone: 'America/New_York',
    hours: { mon: ['09:00-17:00'] },
    notReadOn: ['sat', 'sun'],
    closedDates: ['2026-12-24'],
    away: { from: '2026-12-20', until: '2027-01-04', backup: { name: 'Dr. Sam Ortiz', phone: '+1 555 0101' } },
  },
  emergency: { region: 'US', practicePhone: '+1 555 0100' },
});
if (!FULL.ok) throw new Error('fixture');
const policy = FULL.policy;

function show(initial: ContactPolicy = policy) {
  const onSave = vi.fn(async (_policy: ContactPolicy) => undefined);
  render(
    <PolicyForm title="Edit" owner="therapist" initial={policyToDraft(initial)} onSave={onSave} onCancel={() => {}} />,
  );
  return onSave;
}
const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));

describe('the policy form with the 2026-12 fields', () => {
  it('the draft keeps every field: policy -> form -> policy is the same file', () => {
    const again = parsePolicy(draftToValue(policyToDraft(policy)));
    expect(again.ok && serializePolicy(again.policy)).toBe(serializePolicy(policy));
  });

  it('shows each field and saves it unchanged', async () => {
    const onSave = show();
    expect((field('Therapy content goes to') as unknown as HTMLSelectElement).value).toBe('portal');
    expect(field('Therapy content: portal address').value).toBe('https://portal.calmpractice.example');
    expect(field('Support between sessions: phone number').value).toBe('+1 555 0100');
    expect(field(/Must be copied/).value).toBe('alex.partner@example.net');
    expect(field('Backup clinician (optional)').value).toBe('Dr. Sam Ortiz');
    expect(field('Not read on Saturday').checked).toBe(true);
    expect(field(/Practice’s urgent line/).value).toBe('+1 555 0100');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(serializePolicy(onSave.mock.calls[0]![0])).toBe(serializePolicy(policy));
  });

  it('a channel for a ticked purpose is refused next to that purpose, nothing saved', async () => {
    const onSave = show();
    fireEvent.change(field('Scheduling goes to'), { target: { value: 'session' } });
    save();
    const select = field('Scheduling goes to');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('form-problems').textContent).toContain(
      'Where other matters go: this purpose is also listed in email.purposes',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('edits fees, time away and the urgent line, with field-level problems', async () => {
    const onSave = show();
    type('Away until, inclusive (YYYY-MM-DD)', '2026-12-01');
    type(/Practice’s urgent line/, 'call us');
    save();
    const problems = await screen.findByTestId('form-problems');
    expect(problems.textContent).toContain('Time away: ends before it starts');
    expect(problems.textContent).toContain('Practice’s urgent line: expected a phone number');
    type('Away until, inclusive (YYYY-MM-DD)', '2027-01-10');
    type(/Practice’s urgent line/, '+44 20 7946 0000');
    type('Free minutes of reading', '15');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0]![0];
    expect(saved.availability?.away?.until).toBe('2027-01-10');
    expect(saved.emergency.practicePhone).toBe('+44 20 7946 0000');
    expect(saved.email.fees?.freeMinutes).toBe(15);
  });
});
