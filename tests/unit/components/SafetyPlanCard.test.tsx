// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { Finding } from '../../../lib/checks/finding';
import { parseSafetyPlan, type SafetyPlan } from '../../../lib/safety-plan/safety-plan';

const CRISIS: Finding = {
  id: 'crisis',
  severity: 'critical',
  message: 'What you wrote sounds like thoughts of suicide.',
  crisis: {
    region: 'US',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        description: 'Call or text',
        number: '988',
        hours: '24/7',
        contacts: [{ via: 'call', label: 'Call 988', href: 'tel:988' }],
      },
    ],
  },
};
const ENCRYPTION: Finding = { id: 'encryption', severity: 'warning', message: 'Not end-to-end encrypted.' };

function plan(): SafetyPlan {
  const result = parseSafetyPlan({
    format: 'between-sessions.safety-plan',
    version: 1,
    warningSigns: ['Not sleeping for two nights'],
    copingStrategies: ['Cold shower'],
    distractions: [{ name: 'Corner café' }],
    helpers: [{ name: 'Sam (brother)', phone: '+1 555 0199' }],
    professionals: [{ name: 'Dr. Maya Lee', phone: '+1 555 0100' }],
    reasonsForLiving: ['My daughter'],
  });
  if (!result.ok) throw new Error('bad plan');
  return result.plan;
}

afterEach(cleanup);

function show(findings: Finding[], safetyPlan?: { plan: SafetyPlan | null; problem?: string }) {
  render(<SendCheckDialog findings={findings} onSendAnyway={vi.fn()} onEdit={vi.fn()} safetyPlan={safetyPlan} />);
  return screen.getByRole('alertdialog');
}

describe('the safety plan in the crisis panel', () => {
  it('comes first in the crisis finding, before the crisis lines, with tel: links for people', () => {
    const dialog = show([ENCRYPTION, CRISIS], { plan: plan() });
    const crisis = dialog.querySelector('[data-finding-id="crisis"]')!;
    const card = crisis.querySelector('[data-testid="safety-plan"]')!;
    expect(card).not.toBeNull();
    expect(dialog.querySelectorAll('[data-testid="safety-plan"]')).toHaveLength(1);
    // Before the lines in document order.
    const lines = crisis.querySelector('.crisis-lines')!;
    expect(card.compareDocumentPosition(lines) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const links = within(card as HTMLElement)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:+15550199', 'tel:+15550100']);
    expect(card.textContent).toContain('Cold shower');
    expect(card.textContent).toContain('My daughter');
  });

  it('keeps the warning signs folded until asked, with a button that says so', () => {
    const dialog = show([CRISIS], { plan: plan() });
    const toggle = within(dialog).getByRole('button', { name: /show your warning signs \(1\)/i });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = dialog.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`) as HTMLElement;
    expect(list.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect(list.textContent).toContain('Not sleeping for two nights');
  });

  it('with no plan the panel is as before; a plan that cannot be read is said in one line', () => {
    const html = (el: HTMLElement) =>
      [...el.querySelectorAll('*')].map((e) => `${e.tagName}:${e.className}:${e.childElementCount}`).join() +
      el.textContent;
    const before = html(show([CRISIS]));
    cleanup();
    expect(html(show([CRISIS], { plan: null }))).toBe(before);
    cleanup();
    const dialog = show([CRISIS], { plan: null, problem: 'broken' });
    expect(dialog.querySelector('[data-testid="safety-plan"]')).toBeNull();
    expect(dialog.querySelector('[data-testid="safety-plan-problem"]')?.textContent).toMatch(/could not be read/);
  });

  it('is never shown without a crisis finding', () => {
    expect(show([ENCRYPTION], { plan: plan() }).querySelector('[data-testid="safety-plan"]')).toBeNull();
  });
});
