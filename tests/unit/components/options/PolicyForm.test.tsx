// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyForm } from '../../../../components/options/PolicyForm';
import { draftFromTemplate, policyToDraft } from '../../../../components/options/policy-draft';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import { parsePolicy } from '../../../../lib/policy/contact-policy';
import { basicPolicy } from '../../../../lib/policy/settings';
import { POLICY_TEMPLATES } from '../../../../lib/policy/templates';

afterEach(cleanup);

const template = POLICY_TEMPLATES.find((t) => t.id === 'brief-check-ins')!;

function show(props: Partial<Parameters<typeof PolicyForm>[0]> = {}) {
  const onSave = vi.fn(async (_policy: ContactPolicy) => undefined);
  const onCancel = vi.fn();
  render(
    <PolicyForm
      title="Add a therapist"
      owner="therapist"
      initial={draftFromTemplate(template, 'Europe/London', 'GB')}
      onSave={onSave}
      onCancel={onCancel}
      saveLabel="Add therapist"
      {...props}
    />,
  );
  return { onSave, onCancel };
}

const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Add therapist' }));

/** The problems shown with a field: the elements its aria-describedby names. */
function describedText(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('PolicyForm', () => {
  it('takes other names (aliases) separated by semicolons, keeping a comma inside a name', async () => {
    const { onSave } = show();
    type('Name', 'Dr. Maya Lee');
    type('Email addresses', 'maya@calmpractice.example');
    type('Other names (optional)', 'Maya;  Lee, Maya ;');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].therapist.aliases).toEqual(['Maya', 'Lee, Maya']);
  });

  it('starts from the template: its purposes, limits, encryption, hours and region', () => {
    show();
    expect((screen.getByRole('checkbox', { name: /Brief check-ins/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Support between sessions/ }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(field('Longest message, in words (optional)').value).toBe('200');
    expect(field('Messages in any 7 days, at most (optional)').value).toBe('2');
    expect((screen.getByRole('radio', { name: /Preferred/ }) as HTMLInputElement).checked).toBe(true);
    expect(field('Time zone').value).toBe('Europe/London');
    expect(field('Monday from').value).toBe('09:00');
    expect(field('Country for crisis lines').value).toBe('GB');
  });

  it('shows each problem next to its field and in a summary, and does not save', async () => {
    const { onSave } = show();
    type('Email addresses', 'maya at calmpractice, @calmpractice.example');
    type('Longest message, in words (optional)', '-3');
    type('Messages in any 7 days, at most (optional)', 'two');
    fireEvent.click(screen.getByRole('checkbox', { name: /They offer a secure channel/ }));
    type('Secure channel name', 'Portal');
    type('Secure channel address', 'http://portal.example.com');
    save();

    const summary = await screen.findByTestId('form-problems');
    const paths = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'therapist.name',
        'therapist.emails.0',
        'email.maxWords',
        'email.maxPerWeek',
        'email.secureChannel.url',
      ]),
    );
    expect(summary.getAttribute('role')).toBe('alert');

    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field('Name'))).toContain('must not be empty');
    expect(describedText(field('Email addresses'))).toContain('"maya at calmpractice": expected an email address');
    expect(describedText(field('Email addresses'))).not.toContain('@calmpractice.example"');
    expect(describedText(field('Longest message, in words (optional)'))).toMatch(/positive/);
    expect(describedText(field('Messages in any 7 days, at most (optional)'))).toContain('expected a number');
    expect(describedText(field('Secure channel address'))).toContain('must start with https://');
    // Fields without problems are not marked.
    expect(field('Practice (optional)').getAttribute('aria-invalid')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('updates the problems as they are fixed, and saves the policy once there are none', async () => {
    const { onSave } = show();
    save();
    expect(await screen.findByTestId('form-problems')).toBeTruthy();
    type('Name', 'Dr. Maya Lee');
    type('Email addresses', 'maya@');
    expect(describedText(field('Name'))).toBe('');
    expect(screen.getByTestId('form-problems').textContent).toContain('Email addresses');
    expect(screen.getByTestId('form-problems').textContent).not.toContain('Name:');
    type('Email addresses', 'Maya@CalmPractice.example, @calmpractice.example');
    expect(screen.queryByTestId('form-problems')).toBeNull();
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const policy = onSave.mock.calls[0]![0];
    expect(policy.therapist).toEqual({
      name: 'Dr. Maya Lee',
      emails: ['maya@calmpractice.example', '@calmpractice.example'],
    });
    expect(policy.email).toMatchObject({
      purposes: ['scheduling', 'admin', 'checkin'],
      maxWords: 200,
      maxPerWeek: 2,
      encryption: 'preferred',
    });
    expect(policy.availability?.timezone).toBe('Europe/London');
    expect(policy.emergency.region).toBe('GB');
    expect(parsePolicy(policy)).toMatchObject({ ok: true, warnings: [] });
    expect(screen.queryByTestId('form-problems')).toBeNull();
  });

  it('edits every field of an existing policy without losing any', async () => {
    const policy: ContactPolicy = {
      ...basicPolicy('Dr. Ana Ruiz', ['ana@other.example'], 'CA'),
      therapist: {
        name: 'Dr. Ana Ruiz',
        emails: ['ana@other.example'],
        practice: 'Other Practice',
        aliases: ['Ana', 'Ruiz, Ana'],
      },
      email: {
        purposes: ['scheduling', 'support'],
        maxWords: 120,
        maxPerWeek: 3,
        encryption: 'required',
        allowedCc: ['guardian@example.com'],
        secureChannel: { name: 'Portal', url: 'https://portal.other.example' },
      },
      availability: {
        timezone: 'America/Toronto',
        hours: { mon: ['09:00-12:00', '13:00-24:00'] },
        responseTime: 'in a day',
      },
      emergency: { region: 'CA', note: 'Call 9-8-8.' },
      notes: 'Hello',
    };
    const { onSave } = show({ initial: policyToDraft(policy) });
    expect(field('Monday, hours 2 until').value).toBe('00:00');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual(policy);
  });

  it('shows problems from the extra check by field (an address already listed)', async () => {
    const { onSave } = show({
      check: (p) => [
        { path: 'therapist.emails.0', message: `${p.therapist.emails[0]} is already listed for Maya Lee` },
      ],
    });
    type('Name', 'Someone');
    type('Email addresses', 'maya@calmpractice.example');
    save();
    await screen.findByTestId('form-problems');
    expect(describedText(field('Email addresses'))).toContain('is already listed for Maya Lee');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so when saving fails, and Cancel leaves without saving', async () => {
    const { onCancel } = show({
      initial: policyToDraft(basicPolicy('Maya', ['maya@calmpractice.example'])),
      onSave: vi.fn(async () => {
        throw new Error('disk full');
      }),
    });
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('Could not save: disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
