// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { Finding } from '../../../lib/checks/finding';

const ENCRYPTION: Finding = {
  id: 'encryption',
  severity: 'warning',
  message: 'This message is not end-to-end encrypted.',
  acceptFor: { therapistId: 't-maya', name: 'Maya Lee' },
};
const OTHERS: Finding = {
  id: 'other-recipients',
  severity: 'warning',
  message: 'Besides Maya Lee, this message goes to sam@other.example (Cc).',
  recipients: ['sam@other.example (Cc)'],
};
const UNCHECKED: Finding = {
  id: 'unchecked',
  severity: 'warning',
  message: 'Between Sessions could not check this message.',
};

afterEach(cleanup);

function show(findings: Finding[]) {
  const onSendAnyway = vi.fn();
  const onEdit = vi.fn();
  const view = render(<SendCheckDialog findings={findings} onSendAnyway={onSendAnyway} onEdit={onEdit} />);
  const dialog = screen.getByRole('alertdialog');
  const button = (action: string) => dialog.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  return { view, dialog, onSendAnyway, onEdit, button };
}

describe('SendCheckDialog', () => {
  it('is an alertdialog with the contract test id and an accessible name', () => {
    const { dialog } = show([OTHERS]);
    expect(dialog.getAttribute('data-testid')).toBe('send-check-dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect(document.getElementById(labelledBy)?.textContent).toBe('Before you send');
  });

  it('shows one element per finding, with its id and message', () => {
    const { dialog } = show([ENCRYPTION, OTHERS]);
    const items = Array.from(dialog.querySelectorAll('[data-finding-id]'));
    expect(items.map((el) => el.getAttribute('data-finding-id'))).toEqual(['encryption', 'other-recipients']);
    expect(items[1]!.textContent).toContain('sam@other.example');
    expect(dialog.textContent).toContain('2 things');
  });

  it('shows the words that triggered a finding', () => {
    const crisis: Finding = {
      id: 'crisis',
      severity: 'critical',
      message: 'Help is there right now.',
      evidence: [{ field: 'body', text: 'I want to die', start: 0, end: 13 }],
    };
    const { dialog } = show([crisis]);
    expect(
      within(dialog.querySelector<HTMLElement>('[data-finding-id="crisis"]')!).getByText(/I want to die/),
    ).toBeTruthy();
    expect(dialog.textContent).toContain('One thing');
  });

  it('"Send anyway" and "Edit" call their callbacks once', () => {
    const { button, onSendAnyway, onEdit } = show([OTHERS]);
    expect(button('send-anyway').textContent).toBe('Send anyway');
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
    expect(onSendAnyway).toHaveBeenCalledWith({});
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.click(button('edit'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
  });

  it('offers no acceptance checkbox without a finding that allows it', () => {
    const { dialog } = show([OTHERS, UNCHECKED]);
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
  });

  it('offers the acceptance checkbox only in the encryption finding', () => {
    const { dialog } = show([OTHERS, ENCRYPTION]);
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.closest('[data-finding-id]')!.getAttribute('data-finding-id')).toBe('encryption');
    expect((boxes[0] as HTMLInputElement).checked).toBe(false);
    expect(boxes[0]!.closest('label')!.textContent).toContain('Maya Lee');
  });

  it('passes the acceptance only when the box is ticked', () => {
    const { dialog, button, onSendAnyway } = show([ENCRYPTION]);
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({});

    const box = within(dialog).getByRole('checkbox');
    fireEvent.click(box);
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({ acceptPlainEmailFor: 't-maya' });

    fireEvent.click(box);
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({});
  });
});
