import { describe, expect, it } from 'vitest';
import { billableCheck, readingMinutes } from '../../../../lib/checks/billable';
import { findingSchema } from '../../../../lib/checks/finding';
import { draft } from '../../support/builders';
import { input } from '../../support/text-check-input';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function billed(body: string, fees = { freeMinutes: 10, rate: 'USD 2.50 a minute', incrementMinutes: 5 }) {
  const i = input({}, {}, { draft: draft({ body }) });
  i.counterpart.policy!.email.fees = fees;
  return billableCheck(i);
}

describe('billable', () => {
  it('finds nothing in an ordinary draft', () => {
    expect(billableCheck(input({}))).toEqual([]);
    expect(billed("Could we move Thursday's appointment?")).toEqual([]);
  });

  it('estimates 200 words a minute: 2,000 words is not over 10 free minutes, 2,001 is', () => {
    expect(billed(words(2000))).toEqual([]);
    const findings = billed(words(2001));
    expect(findings).toHaveLength(1);
    expect(findingSchema.parse(findings[0])).toMatchObject({ id: 'billable', severity: 'info' });
  });

  it('says the estimate and the rate as written, without judging', () => {
    const [f] = billed(words(2400));
    expect(f!.message).toBe(
      "This message will take about 12 minutes to read (an estimate at 200 words a minute). Maya Lee's policy bills reading after 10 minutes: USD 2.50 a minute, in steps of 5 minutes.",
    );
  });

  it('does not count quoted reply text or the signature', () => {
    const body = `${words(100)}\n\nOn Mon, 23 Nov 2026, Maya Lee wrote:\n> ${words(3000)}`;
    expect(readingMinutes(body)).toBe(0.5);
    expect(billed(body)).toEqual([]);
  });

  it('with no free minutes, any reading is billed', () => {
    const [f] = billed(words(50), { freeMinutes: 0, rate: '£1 a minute' } as never);
    expect(f!.message).toMatch(/about 1 minute to read.*bills all between-session reading: £1 a minute\./);
  });
});
