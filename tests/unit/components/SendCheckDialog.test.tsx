// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendCheckDialog } from '../../../components/SendCheckDialog';
import type { Finding } from '../../../lib/checks/finding';

const ENCRYPTION: Finding = {
  id: 'encryption',
  severity: 'warning',
  message: 'This message is not end-to-end encrypted.',
  acceptFor: { counterpartId: 't-maya', name: 'Maya Lee' },
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

  it('groups findings by severity, crisis first whatever its severity', () => {
    const info: Finding = { id: 'outside-hours', severity: 'info', message: 'Outside hours.' };
    const crisis: Finding = { id: 'crisis', severity: 'info', message: 'Lines.' };
    const { dialog } = show([info, OTHERS, crisis]);
    const order = Array.from(dialog.querySelectorAll('[data-finding-id]')).map((el) =>
      el.getAttribute('data-finding-id'),
    );
    expect(order).toEqual(['crisis', 'other-recipients', 'outside-hours']);
    expect(dialog.querySelector('[data-severity="warning"] [data-finding-id="other-recipients"]')).not.toBeNull();
    expect(dialog.querySelector('[data-severity="info"] [data-finding-id="outside-hours"]')).not.toBeNull();
  });

  it('highlights the words that triggered a finding in a short excerpt', () => {
    const purpose: Finding = {
      id: 'purpose',
      severity: 'warning',
      message: 'Clinical.',
      evidence: [{ field: 'body', text: 'medication', start: 10, end: 20, before: 'about my ', after: ' and sleep' }],
    };
    const { dialog } = show([purpose]);
    expect(dialog.querySelector('mark')!.textContent).toBe('medication');
    expect(dialog.querySelector('q')!.textContent).toBe('…about my medication and sleep…');
  });

  it('"Save for next session" calls its callback and nothing else', () => {
    const onSaveNote = vi.fn();
    const onSendAnyway = vi.fn();
    const onEdit = vi.fn();
    render(<SendCheckDialog findings={[OTHERS]} onSendAnyway={onSendAnyway} onEdit={onEdit} onSaveNote={onSaveNote} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save for next session' }));
    expect(onSaveNote).toHaveBeenCalledTimes(1);
    expect(onSendAnyway).not.toHaveBeenCalled();
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('links to the secure channel in a new tab when the policy has one', () => {
    render(
      <SendCheckDialog
        findings={[OTHERS]}
        onSendAnyway={vi.fn()}
        onEdit={vi.fn()}
        secureChannel={{ name: 'Client portal', url: 'https://portal.calmpractice.example' }}
      />,
    );
    const link = document.querySelector<HTMLAnchorElement>('[data-action="secure-channel"]')!;
    expect(link.href).toBe('https://portal.calmpractice.example/');
    expect(link.target).toBe('_blank');
    expect(link.textContent).toContain('Open Client portal');
  });

  it('passes "not again" choices for silenceable warnings only, with their days', () => {
    const tooLong: Finding = {
      id: 'too-long',
      severity: 'warning',
      message: 'Long.',
      suppressFor: { personId: 't-maya', name: 'Maya Lee' },
    };
    const { dialog, button, onSendAnyway } = show([tooLong, OTHERS]);
    const selects = dialog.querySelectorAll<HTMLSelectElement>('[data-testid="suppress-choice"]');
    expect(selects).toHaveLength(1);
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({});
    fireEvent.change(selects[0]!, { target: { value: '7' } });
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({ suppress: [{ personId: 't-maya', check: 'too-long', days: 7 }] });
    fireEvent.change(selects[0]!, { target: { value: 'forever' } });
    fireEvent.click(button('send-anyway'));
    expect(onSendAnyway).toHaveBeenLastCalledWith({
      suppress: [{ personId: 't-maya', check: 'too-long', days: null }],
    });
  });
});
