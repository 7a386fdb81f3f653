// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CrisisLines } from '../../../components/CrisisLines';
import { crisisCheck } from '../../../lib/checks/crisis';
import { findingSchema } from '../../../lib/checks/finding';
import { clampFinding } from '../../../lib/messaging/findings';
import { crisisNoticeText } from '../../../lib/ui/crisis-notice';
import { input, risk } from '../support/text-check-input';

afterEach(cleanup);

/** `emergency.practicePhone`: the practice's own urgent line, after the national crisis lines. */
function crisisWithPracticeLine() {
  const i = input({ risk: [risk('current')] });
  i.counterpart.policy!.emergency = { region: 'US', practicePhone: '+1 (555) 010-0' };
  i.counterpart.policy!.therapist.practice = 'Calm Practice';
  const [f] = crisisCheck(i);
  return f!;
}

describe('the practice line', () => {
  it('travels in the crisis finding with a tel: link, and survives the message caps', () => {
    const f = crisisWithPracticeLine();
    expect(findingSchema.parse(f).crisis!.practiceLine).toEqual({
      label: 'Calm Practice: urgent line',
      labelParts: [{ key: 'finding_msg_crisis_practice_line', args: ['Calm Practice'] }],
      number: '+1 (555) 010-0',
      href: 'tel:+15550100',
    });
    expect(clampFinding(f).crisis!.practiceLine).toEqual(f.crisis!.practiceLine);
  });

  it('is shown after the national lines', () => {
    const { container } = render(<CrisisLines crisis={crisisWithPracticeLine().crisis!} />);
    const line = screen.getByTestId('practice-line');
    expect(within(line).getByRole('link', { name: 'Call +1 (555) 010-0' }).getAttribute('href')).toBe('tel:+15550100');
    const national = container.querySelector('ul')!;
    // DOCUMENT_POSITION_FOLLOWING: the practice line comes after the list of national lines.
    expect(national.compareDocumentPosition(line) & 4).toBe(4);
  });

  it('is absent when the policy gives none', () => {
    const [f] = crisisCheck(input({ risk: [risk('current')] }));
    expect(f!.crisis!.practiceLine).toBeUndefined();
  });

  it('is in the notice after sending, after the national lines', () => {
    expect(crisisNoticeText(crisisWithPracticeLine())).toMatch(/988.*Calm Practice: urgent line \+1 \(555\) 010-0\.$/);
  });
});
