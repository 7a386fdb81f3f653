// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockTime, runText, weekdayName } from '../../../components/badge-format';
import { ComposeBadge } from '../../../components/ComposeBadge';
import type { Finding } from '../../../lib/checks/finding';
import { badgeView, type BadgeView } from '../../../lib/policy/badge-view';

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

describe('the badge in the user’s time (issue 14, item 3)', () => {
  // Wednesday 2 December 2026, 23:30 UTC: 18:30 in New York (after the hours), 00:30 Thursday in Berlin.
  const NOW = Date.parse('2026-12-02T23:30:00Z');
  const counterpart = (availability: object) =>
    ({
      kind: 'therapist',
      id: 't',
      name: 'Maya Lee',
      emails: ['maya@calm.example'],
      policy: {
        therapist: { name: 'Maya Lee', emails: ['maya@calm.example'] },
        email: { purposes: ['scheduling'], encryption: 'preferred', allowedCc: [] },
        availability,
      },
    }) as unknown as Parameters<typeof badgeView>[0];
  const ny = {
    timezone: 'America/New_York',
    hours: {
      mon: ['09:00-17:00'],
      tue: ['09:00-17:00'],
      wed: ['09:00-17:00'],
      thu: ['09:00-17:00'],
      fri: ['09:00-17:00'],
      sat: ['20:00-23:00'],
    },
    responseTime: 'Within two working days',
  };

  it('says the hours in the user’s zone too, days moved where the date differs, and when email is read next', () => {
    const view = badgeView(counterpart(ny), { now: NOW, userTimeZone: 'Europe/Berlin' });
    expect(view.userTimeZone).toBe('Europe/Berlin');
    expect(view.nextRead).toBe(Date.parse('2026-12-03T14:00:00Z'));
    render(<ComposeBadge view={view} findings={[]} collapsed={false} onToggle={() => undefined} locale="en-US" />);
    const badge = screen.getByTestId('compose-badge');
    const yours = badge.querySelector('[data-badge="hours-yours"]')!.textContent!;
    expect(yours).toContain('In your time (Europe/Berlin):');
    expect(yours).toContain('Monday – Friday: 3:00 PM – 11:00 PM');
    // Saturday 20:00–23:00 in New York is Sunday 2:00–5:00 in Berlin.
    expect(yours).toContain('Sunday: 2:00 AM – 5:00 AM');
    expect(badge.querySelector('[data-badge="next-read"]')!.textContent).toBe(
      'Thursday, December 3 at 9:00 AM their time (Thursday, December 3 at 3:00 PM your time)',
    );
    // The reply time stays as the therapist wrote it.
    expect(badge.querySelector('[data-badge="reply"]')!.textContent).toBe('Within two working days');
  });

  it('in the same zone: no second list, the next time once; within the hours it says now', () => {
    const same = badgeView(counterpart(ny), { now: NOW, userTimeZone: 'America/New_York' });
    expect(same.userTimeZone).toBeUndefined();
    render(<ComposeBadge view={same} findings={[]} collapsed={false} onToggle={() => undefined} locale="de" />);
    expect(screen.getByTestId('compose-badge').querySelector('[data-badge="hours-yours"]')).toBeNull();
    expect(screen.getByTestId('compose-badge').querySelector('[data-badge="next-read"]')!.textContent).toBe(
      'Donnerstag, 3. Dezember um 9:00',
    );
    cleanup();
    const open = badgeView(counterpart(ny), { now: Date.parse('2026-12-02T15:00:00Z'), userTimeZone: 'Europe/Berlin' });
    render(<ComposeBadge view={open} findings={[]} collapsed={false} onToggle={() => undefined} locale="en-US" />);
    expect(screen.getByTestId('compose-badge').querySelector('[data-badge="next-read"]')!.textContent).toBe(
      'now: within the hours above',
    );
  });
});
