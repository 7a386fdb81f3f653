// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafetyPlanSection } from '../../../../components/options/SafetyPlanSection';
import { parseSafetyPlan, serializeSafetyPlan, type SafetyPlan } from '../../../../lib/safety-plan/safety-plan';

afterEach(cleanup);

const TODAY = new Date(2026, 11, 1);

function planOf(value: Record<string, unknown>): SafetyPlan {
  const result = parseSafetyPlan({ format: 'between-sessions.safety-plan', version: 1, ...value });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

function show(stored: { plan: SafetyPlan | null; problem?: string; unreadable?: unknown } = { plan: null }) {
  const save = vi.fn(async (_plan: SafetyPlan | null) => undefined);
  const download = vi.fn();
  render(<SafetyPlanSection stored={stored} save={save} download={download} today={TODAY} />);
  return { save, download };
}

const open = () => fireEvent.click(screen.getByRole('button', { name: 'Show my safety plan' }));

describe('SafetyPlanSection', () => {
  it('keeps the plan hidden until "Show my safety plan" is pressed', () => {
    show({ plan: planOf({ copingStrategies: ['Cold shower'] }) });
    const toggle = screen.getByRole('button', { name: 'Show my safety plan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('safety-plan-section').textContent).not.toContain('Cold shower');
    expect(screen.queryByLabelText('Import safety plan')).toBeNull();
    open();
    expect(screen.getByRole('button', { name: 'Hide my safety plan' }).getAttribute('aria-expanded')).toBe('true');
    expect((screen.getByLabelText('2. Things I can do on my own') as HTMLTextAreaElement).value).toBe('Cold shower');
  });

  it('an empty plan shows how to start', () => {
    show();
    open();
    expect(screen.getByTestId('safety-plan-empty').textContent).toMatch(/How to start/);
  });

  it('saves what is written, one entry per line, dated today, with people and their phones', async () => {
    const { save } = show();
    open();
    fireEvent.change(screen.getByLabelText('1. My warning signs'), { target: { value: 'Not sleeping\n\n  Pacing ' } });
    const helpers = screen.getByRole('group', { name: '4. People I can ask for help' });
    fireEvent.change(within(helpers).getByLabelText('Name or place 1'), { target: { value: 'Sam (brother)' } });
    fireEvent.change(within(helpers).getByLabelText('Phone 1'), { target: { value: '+1 555 0199' } });
    fireEvent.change(screen.getByLabelText('What matters most to me'), { target: { value: 'My daughter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save safety plan' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toMatchObject({
      updated: '2026-12-01',
      warningSigns: ['Not sleeping', 'Pacing'],
      helpers: [{ name: 'Sam (brother)', phone: '+1 555 0199' }],
      distractions: [],
      reasonsForLiving: ['My daughter'],
    });
    expect(await screen.findByText('Safety plan saved.')).toBeTruthy();
  });

  it('shows problems under the part they belong to and saves nothing', async () => {
    const { save } = show();
    open();
    const pros = screen.getByRole('group', { name: '5. Professionals I can call' });
    fireEvent.change(within(pros).getByLabelText('Name or place 1'), { target: { value: 'Dr. Lee' } });
    fireEvent.change(within(pros).getByLabelText('Phone 1'), { target: { value: 'ring me' } });
    fireEvent.change(screen.getByLabelText('2. Things I can do on my own'), { target: { value: 'x'.repeat(301) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save safety plan' }));
    expect(await screen.findByTestId('safety-plan-form-problems')).toBeTruthy();
    expect(within(pros).getByText(/Phone: expected a phone number/)).toBeTruthy();
    const coping = screen.getByLabelText('2. Things I can do on my own');
    expect(coping.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(coping.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toMatch(
      /at most 300/,
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('imports a file named "Import safety plan"; a refused file lists problems by path and changes nothing', async () => {
    const { save } = show();
    open();
    const input = screen.getByLabelText('Import safety plan') as HTMLInputElement;
    expect(input.type).toBe('file');
    const broken = JSON.stringify({ format: 'between-sessions.safety-plan', version: 1, helpers: [{ phone: 'x' }] });
    fireEvent.change(input, { target: { files: [new File([broken], 'plan.json')] } });
    const problems = await screen.findByTestId('safety-plan-problems');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-path')),
    ).toEqual(['helpers.0.name', 'helpers.0.phone']);
    const newer = JSON.stringify({ format: 'between-sessions.safety-plan', version: 2 });
    fireEvent.change(input, { target: { files: [new File([newer], 'new.json')] } });
    await waitFor(() => expect(screen.getByTestId('safety-plan-problems').textContent).toMatch(/newer version/));
    expect(save).not.toHaveBeenCalled();

    const good = serializeSafetyPlan(planOf({ reasonsForLiving: ['My daughter'] }));
    fireEvent.change(screen.getByLabelText('Or paste the text of a safety plan file'), { target: { value: good } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted plan' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('asks before an import replaces the plan kept here', async () => {
    const { save } = show({ plan: planOf({ copingStrategies: ['Cold shower'] }) });
    open();
    const other = serializeSafetyPlan(planOf({ copingStrategies: ['Music'] }));
    fireEvent.change(screen.getByLabelText('Or paste the text of a safety plan file'), { target: { value: other } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my current plan' }));
    expect(save).not.toHaveBeenCalled();
  });

  it('says when the plan was last updated, and after three months suggests going over it with the therapist', () => {
    show({ plan: planOf({ updated: '2026-10-01', copingStrategies: ['Walk'] }) });
    open();
    expect(screen.getByTestId('safety-plan-updated').textContent).toMatch(/Last updated/);
    expect(screen.queryByTestId('safety-plan-review')).toBeNull();
    cleanup();
    show({ plan: planOf({ updated: '2026-08-31', copingStrategies: ['Walk'] }) });
    open();
    expect(screen.getByTestId('safety-plan-review').textContent).toMatch(/therapist/);
  });

  it('exports the plan as its file', () => {
    const plan = planOf({ copingStrategies: ['Walk'] });
    const { download } = show({ plan });
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Export safety plan' }));
    expect(download).toHaveBeenCalledWith('safety-plan-2026-12-01.json', serializeSafetyPlan(plan));
  });

  it('a stored plan that cannot be read: a plain message, export as stored, and reset', async () => {
    const { save, download } = show({
      plan: null,
      problem: 'Your stored safety plan could not be read',
      unreadable: 7,
    });
    open();
    const alert = screen.getByTestId('safety-plan-storage-alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Export what was stored' }));
    expect(download).toHaveBeenCalledWith('safety-plan-as-stored-2026-12-01.json', '7\n');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reset safety plan' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(null));
  });
});
