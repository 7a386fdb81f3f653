// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockTime, runText, weekdayName } from '../../../components/badge-format';
import { ComposeBadge } from '../../../components/ComposeBadge';
import type { Finding } from '../../../lib/checks/finding';
import type { BadgeView } from '../../../lib/policy/badge-view';

afterEach(cleanup);

const VIEW: BadgeView = {
  kind: 'therapist',
  name: 'Maya Lee',
  hasPolicy: true,
  purposes: ['scheduling', 'checkin'],
  hours: [
    { from: 'mon', to: 'fri', ranges: ['09:00-17:00'] },
    { from: 'sat', to: 'sat', ranges: ['10:00-12:00', '14:00-16:30'] },
  ],
  timeZone: 'America/New_York',
  responseTime: 'Within two working days',
  secureChannel: { name: 'Client portal', url: 'https://portal.example/' },
};
const BILLABLE: Finding = { id: 'billable', severity: 'info', message: 'About 2 minutes to read.' };

describe('badge-format', () => {
  it('names days and times through Intl in the given locale', () => {
    expect(weekdayName('mon', 'en')).toBe('Monday');
    expect(weekdayName('sun', 'de')).toBe('Sonntag');
    expect(clockTime('09:00', 'en-US')).toBe('9:00 AM');
    expect(clockTime('17:30', 'de')).toBe('17:30');
    expect(runText({ from: 'mon', to: 'fri', ranges: ['09:00-17:00'] }, 'en-US')).toEqual({
      days: 'Monday – Friday',
      times: '9:00 AM – 5:00 PM',
    });
    expect(runText({ from: 'sat', to: 'sat', ranges: ['10:00-12:00', '14:00-16:30'] }, 'fr').days).toBe('samedi');
  });
});

describe('ComposeBadge', () => {
  it('shows whose policy applies, what email is for, the hours, the reply time, the channel and the info findings', () => {
    render(
      <ComposeBadge view={VIEW} findings={[BILLABLE]} collapsed={false} onToggle={() => undefined} locale="en-US" />,
    );
    const badge = screen.getByTestId('compose-badge');
    expect(badge.getAttribute('data-collapsed')).toBe('false');
    expect(screen.getByRole('heading').textContent).toBe("Maya Lee's email policy");
    expect(badge.querySelector('[data-badge="purposes"]')!.textContent).toBe('scheduling, brief check-ins');
    const hours = badge.querySelector('[data-badge="hours"]')!.textContent!;
    expect(hours).toContain('Monday – Friday: 9:00 AM – 5:00 PM');
    expect(hours).toContain('Saturday: 10:00 AM – 12:00 PM, 2:00 PM – 4:30 PM');
    expect(hours).toContain('Times in America/New_York');
    expect(badge.querySelector('[data-badge="reply"]')!.textContent).toBe('Within two working days');
    const link = screen.getByRole('link', { name: /Client portal/ });
    expect(link.getAttribute('href')).toBe('https://portal.example/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(badge.querySelector('[data-finding-id="billable"]')!.textContent).toContain('About 2 minutes to read.');
  });

  it('says so when the policy gives no hours or reply time, and lists no findings when there are none', () => {
    const bare: BadgeView = { ...VIEW, hours: null, purposes: [] };
    delete bare.responseTime;
    delete bare.secureChannel;
    delete bare.timeZone;
    render(<ComposeBadge view={bare} findings={[]} collapsed={false} onToggle={() => undefined} />);
    const badge = screen.getByTestId('compose-badge');
    expect(badge.querySelector('[data-badge="hours"]')!.textContent).toBe('no hours given');
    expect(badge.querySelector('[data-badge="reply"]')!.textContent).toBe('no reply time given');
    expect(badge.querySelector('[data-badge="purposes"]')!.textContent).toBe("what the policy's notes say");
    expect(screen.queryByRole('link')).toBeNull();
    expect(badge.querySelector('[data-finding-id]')).toBeNull();
  });

  it('therapist role: the user’s own policy, named for the client', () => {
    render(
      <ComposeBadge
        view={{ ...VIEW, kind: 'client', name: 'Jo' }}
        findings={[]}
        collapsed={false}
        onToggle={() => undefined}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Your policy applies (to Jo)');
  });

  it('collapses to an icon button named for the person; the button toggles', () => {
    const onToggle = vi.fn();
    const { rerender } = render(
      <ComposeBadge view={VIEW} findings={[BILLABLE]} collapsed={false} onToggle={onToggle} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the policy to an icon' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<ComposeBadge view={VIEW} findings={[BILLABLE]} collapsed onToggle={onToggle} />);
    const icon = screen.getByRole('button', { name: "Show Maya Lee's policy" });
    expect(icon.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading')).toBeNull();
    fireEvent.click(icon);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('a policy that could not be read says so', () => {
    render(<ComposeBadge view={null} findings={[]} collapsed={false} onToggle={() => undefined} />);
    expect(screen.getByRole('heading').textContent).toBe('The policy for this message could not be read');
  });
});
