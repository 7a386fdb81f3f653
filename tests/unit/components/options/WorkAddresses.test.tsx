// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkAddresses } from '../../../../components/options/WorkAddresses';

afterEach(cleanup);

describe('WorkAddresses', () => {
  it('saves the addresses and @domains typed, lower-cased', async () => {
    const save = vi.fn(async (_a: string[]) => undefined);
    render(<WorkAddresses addresses={[]} save={save} />);
    fireEvent.change(screen.getByLabelText('Work or school addresses'), {
      target: { value: 'Jordan@BigCorp.example, @school.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save work addresses' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(['jordan@bigcorp.example', '@school.example']));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('a bad entry is named under the field and nothing is saved', () => {
    const save = vi.fn(async (_a: string[]) => undefined);
    render(<WorkAddresses addresses={['me@work.example']} save={save} />);
    const field = screen.getByLabelText('Work or school addresses') as HTMLInputElement;
    expect(field.value).toBe('me@work.example');
    fireEvent.change(field, { target: { value: 'me@work.example, my office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save work addresses' }));
    expect(screen.getByText(/"my office": expected an email address/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });
});
