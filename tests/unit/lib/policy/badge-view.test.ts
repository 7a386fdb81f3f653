import { describe, expect, it } from 'vitest';
import { badgeView, hoursRuns } from '../../../../lib/policy/badge-view';
import { therapist } from '../../support/builders';

describe('hoursRuns', () => {
  it('groups consecutive days with the same hours and leaves closed days out', () => {
    const nine = ['09:00-17:00'];
    expect(hoursRuns({ mon: nine, tue: nine, wed: nine, thu: ['09:00-12:00'], fri: nine, sun: [] })).toEqual([
      { from: 'mon', to: 'wed', ranges: nine },
      { from: 'thu', to: 'thu', ranges: ['09:00-12:00'] },
      { from: 'fri', to: 'fri', ranges: nine },
    ]);
  });

  it('a day the therapist does not read email is closed whatever its hours; it splits a run', () => {
    const nine = ['09:00-17:00'];
    expect(hoursRuns({ mon: nine, tue: nine, wed: nine }, ['tue'])).toEqual([
      { from: 'mon', to: 'mon', ranges: nine },
      { from: 'wed', to: 'wed', ranges: nine },
    ]);
  });

  it('days with the same hours apart from each other are separate runs', () => {
    const nine = ['09:00-17:00'];
    expect(hoursRuns({ mon: nine, wed: nine }).map((r) => [r.from, r.to])).toEqual([
      ['mon', 'mon'],
      ['wed', 'wed'],
    ]);
  });
});

describe('badgeView', () => {
  it("shows a therapist's purposes, hours, reply time and secure channel", () => {
    const maya = therapist();
    maya.policy!.email.secureChannel = { name: 'Client portal', url: 'https://portal.example/' };
    maya.policy!.availability = {
      timezone: 'America/New_York',
      hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] },
      responseTime: 'Within two working days',
    };
    expect(badgeView(maya)).toEqual({
      kind: 'therapist',
      name: 'Maya Lee',
      hasPolicy: true,
      purposes: ['scheduling', 'admin', 'checkin'],
      hours: [{ from: 'mon', to: 'tue', ranges: ['09:00-17:00'] }],
      timeZone: 'America/New_York',
      responseTime: 'Within two working days',
      secureChannel: { name: 'Client portal', url: 'https://portal.example/' },
    });
  });

  it('no availability: no hours (null), no reply time', () => {
    const view = badgeView(therapist());
    expect(view.hours).toBeNull();
    expect(view.responseTime).toBeUndefined();
    expect(view.secureChannel).toBeUndefined();
  });

  it("therapist role: the user's own policy for a client, never the user's secure channel offered back", () => {
    const own = therapist().policy!;
    own.email.secureChannel = { name: 'My portal', url: 'https://mine.example/' };
    const client = { ...therapist({ kind: 'client', id: 'c-jo', name: 'Jo' }), policy: own };
    expect(badgeView(client)).toMatchObject({ kind: 'client', name: 'Jo', hasPolicy: true });
    expect(badgeView(client).secureChannel).toBeUndefined();
    const bare = { ...client, policy: undefined };
    expect(badgeView(bare)).toMatchObject({ hasPolicy: false, purposes: [], hours: null });
  });
});
