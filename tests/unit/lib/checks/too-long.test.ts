import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../../lib/checks/context';
import { findingSchema } from '../../../../lib/checks/finding';
import { tooLongCheck } from '../../../../lib/checks/too-long';
import type { Counterpart } from '../../../../lib/policy/settings';
import { draft, therapist } from '../../support/builders';

function withMaxWords(maxWords: number | undefined, overrides: Partial<Counterpart> = {}): Counterpart {
  const t = therapist(overrides);
  return { ...t, policy: { ...t.policy!, email: { ...t.policy!.email, maxWords } } };
}

function run(body: string, maxWords: number | null = 5, overrides: Partial<Counterpart> = {}) {
  const t = withMaxWords(maxWords ?? undefined, overrides);
  const input: CheckInput = {
    draft: draft({ body, subject: 'a subject of many words that are not counted' }),
    counterpart: t,
    listedEntries: t.emails,
    listedNames: [t.name],
    acceptance: undefined,
    now: new Date('2026-11-23T15:00:00Z'),
  };
  const findings = tooLongCheck(input);
  for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
  return findings;
}

describe('too-long check', () => {
  it('finds nothing without a limit', () => {
    expect(run('word '.repeat(5000), null)).toEqual([]);
  });

  it('finds nothing at the limit', () => {
    expect(run('one two three four five')).toEqual([]);
    expect(run('one two three four five 🙏 — !!')).toEqual([]);
  });

  it('warns above the limit, with the count, the limit and what to do instead', () => {
    const findings = run('one two three four five six');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'too-long', severity: 'warning' });
    expect(findings[0]!.message).toBe(
      'This message is 6 words, and Maya Lee asks for emails of at most 5 words. ' +
        'Keep it to what they need to know now, and bring the rest to your next session or ask for a call.',
    );
  });

  it('marks where the limit is passed, as offsets into the body', () => {
    const body = '> quoted line\nOne two three\nfour five six seven\neight';
    const [finding] = run(body);
    const [evidence] = finding!.evidence!;
    expect(evidence).toEqual({
      field: 'body',
      text: 'six seven',
      start: body.indexOf('six'),
      end: body.indexOf('six') + 9,
    });
    expect(body.slice(evidence!.start, evidence!.end)).toBe(evidence!.text);
  });

  it('does not count quoted reply text or the signature', () => {
    const body =
      'One two three four five\n\n-- \nJordan Smith, Senior Analyst\n\n' +
      'On Mon, Nov 23, 2026 at 10:00 AM Maya Lee <maya@calmpractice.example> wrote:\n> a long quoted message here';
    expect(run(body)).toEqual([]);
    expect(run('One two three\n> four five six seven\nfour five')).toEqual([]);
    expect(run('One two three four five\nVon: Maya\nGesendet: heute\nBetreff: x\nsechs sieben')).toEqual([]);
  });

  it('counts hyphenated words and addresses once, and emoji not at all', () => {
    expect(run('well-being https://portal.example/a-b-c 😀 😀 😀 one two three')).toEqual([]);
    expect(run('well-being https://portal.example/a-b-c 😀 one two three four')).toHaveLength(1);
  });

  it("does not hold a therapist's reply to the clients' limit", () => {
    expect(run('one two three four five six', 5, { kind: 'client', name: 'Jordan' })).toEqual([]);
  });
});
