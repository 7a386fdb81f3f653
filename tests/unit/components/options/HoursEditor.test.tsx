// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoursEditor } from '../../../../components/options/HoursEditor';
import { PolicyForm } from '../../../../components/options/PolicyForm';
import type { HoursDraft } from '../../../../components/options/policy-draft';
import { emptyHours, policyToDraft } from '../../../../components/options/policy-draft';
import type { ContactPolicy } from '../../../../lib/policy/contact-policy';
import { basicPolicy } from '../../../../lib/policy/settings';

afterEach(cleanup);

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const set = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

function describedText(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function showForm() {
  const policy: ContactPolicy = {
    ...basicPolicy('Dr. Maya Lee', ['maya@calmpractice.example']),
    availability: { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] } },
  };
  const onSave = vi.fn(async (_p: ContactPolicy) => undefined);
  render(
    <PolicyForm title="Edit" owner="therapist" initial={policyToDraft(policy)} onSave={onSave} onCancel={vi.fn()} />,
  );
  return onSave;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));

describe('HoursEditor in the policy form', () => {
  it('refuses a range that ends before it starts, and says so next to it', async () => {
    const onSave = showForm();
    set('Monday from', '17:00');
    set('Monday until', '09:00');
    save();
    await screen.findByTestId('form-problems');
    expect(input('Monday from').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input('Monday until'))).toContain('17:00-09:00 ends before it starts');
    expect(screen.getByTestId('form-problems').textContent).toContain(
      'Monday, hours 1: 17:00-09:00 ends before it starts',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses overlapping ranges on a day', async () => {
    const onSave = showForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    set('Monday, hours 2 from', '12:00');
    set('Monday, hours 2 until', '18:00');
    save();
    await screen.findByTestId('form-problems');
    expect(describedText(input('Monday, hours 2 from'))).toContain('overlaps 09:00-17:00');
    expect(input('Monday, hours 1 from').getAttribute('aria-invalid')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();

    // Fixed: saved, with both ranges.
    set('Monday, hours 2 from', '17:30');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].availability?.hours.mon).toEqual(['09:00-17:00', '17:30-18:00']);
  });

  it('refuses a range left empty, and saves an end of midnight as 24:00', async () => {
    const onSave = showForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    save();
    await screen.findByTestId('form-problems');
    expect(describedText(input('Saturday, hours 2 from'))).toContain('expected a time range');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Saturday, hours 2' }));
    set('Saturday until', '00:00');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].availability?.hours.sat).toEqual(['09:00-24:00']);
  });
});

describe('HoursEditor', () => {
  function show(hours: HoursDraft, problems = [] as { path: string; message: string }[]) {
    const onHoursChange = vi.fn();
    const onTimezoneChange = vi.fn();
    render(
      <HoursEditor
        timezone="Europe/London"
        hours={hours}
        onHoursChange={onHoursChange}
        onTimezoneChange={onTimezoneChange}
        problems={problems}
      />,
    );
    return { onHoursChange, onTimezoneChange };
  }

  it('shows closed days, adds and removes ranges, and picks a time zone', () => {
    const hours = { ...emptyHours(), tue: [{ start: '09:00', end: '12:00' }] };
    const { onHoursChange, onTimezoneChange } = show(hours);
    expect(screen.getAllByText('Closed')).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    expect(onHoursChange).toHaveBeenLastCalledWith({ ...hours, mon: [{ start: '09:00', end: '17:00' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Tuesday' }));
    expect(onHoursChange).toHaveBeenLastCalledWith({ ...hours, tue: [] });
    fireEvent.change(input('Time zone'), { target: { value: 'Asia/Tokyo' } });
    expect(onTimezoneChange).toHaveBeenCalledWith('Asia/Tokyo');
  });

  it('puts each problem with its day and range', () => {
    show(
      {
        ...emptyHours(),
        wed: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
      [
        { path: 'availability.hours.wed.1', message: 'overlaps 09:00-12:00' },
        { path: 'availability.timezone', message: 'is not a time zone name' },
      ],
    );
    expect(describedText(input('Wednesday, hours 2 until'))).toBe('overlaps 09:00-12:00');
    expect(describedText(input('Wednesday, hours 1 until'))).toBe('');
    expect(describedText(input('Time zone'))).toBe('is not a time zone name');
  });
});
