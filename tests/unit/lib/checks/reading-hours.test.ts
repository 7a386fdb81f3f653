import { describe, expect, it } from 'vitest';
import { nextReading, type Availability } from '../../../../lib/checks/reading-hours';

const weekdays = {
  mon: ['09:00-17:00'],
  tue: ['09:00-17:00'],
  wed: ['09:00-17:00'],
  thu: ['09:00-17:00'],
  fri: ['09:00-12:00', '14:00-16:00'],
};
const ny: Availability = { timezone: 'America/New_York', hours: weekdays };
// 2026-12-02 is a Wednesday; New York is at UTC-5 in December.
const at = (iso: string) => new Date(iso);

describe('nextReading: when email is read next, from now', () => {
  it('is now within the hours, in the policy’s zone', () => {
    expect(nextReading(ny, at('2026-12-02T15:00:00Z'))).toBe('now'); // 10:00 in New York
  });

  it('is the next range’s start after the hours: tomorrow 9:00 their time', () => {
    expect(nextReading(ny, at('2026-12-02T23:30:00Z'))).toBe(Date.parse('2026-12-03T14:00:00Z'));
  });

  it('a gap in a day: Friday 14:00 after the morning range', () => {
    expect(nextReading(ny, at('2026-12-04T18:00:00Z'))).toBe(Date.parse('2026-12-04T19:00:00Z'));
  });

  it('skips the weekend, days not read and closed dates', () => {
    expect(nextReading(ny, at('2026-12-05T15:00:00Z'))).toBe(Date.parse('2026-12-07T14:00:00Z'));
    const closedMonday = { ...ny, notReadOn: ['mon' as const], closedDates: ['2026-12-08'] };
    expect(nextReading(closedMonday, at('2026-12-05T15:00:00Z'))).toBe(Date.parse('2026-12-09T14:00:00Z'));
  });

  it('within the hours of a day not read, or a closed date, is not now', () => {
    const wednesdayOff = { ...ny, notReadOn: ['wed' as const] };
    expect(nextReading(wednesdayOff, at('2026-12-02T15:00:00Z'))).toBe(Date.parse('2026-12-03T14:00:00Z'));
    const closed = { ...ny, closedDates: ['2026-12-02'] };
    expect(nextReading(closed, at('2026-12-02T15:00:00Z'))).toBe(Date.parse('2026-12-03T14:00:00Z'));
  });

  it('a day inside an absence is not a reading day, even within its hours', () => {
    const away = { ...ny, away: { from: '2026-12-01', until: '2026-12-03' } };
    expect(nextReading(away, at('2026-12-02T15:00:00Z'))).toBe(Date.parse('2026-12-04T14:00:00Z'));
  });

  it('never, with no hours listed; undefined for a zone it does not know', () => {
    expect(nextReading({ timezone: 'America/New_York', hours: {} }, at('2026-12-02T15:00:00Z'))).toBe('never');
    expect(nextReading({ timezone: 'Mars/Olympus', hours: weekdays }, at('2026-12-02T15:00:00Z'))).toBeUndefined();
  });
});
