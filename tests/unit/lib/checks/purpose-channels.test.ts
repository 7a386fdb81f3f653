import { describe, expect, it } from 'vitest';
import { purposeCheck } from '../../../../lib/checks/purpose';
import { draft } from '../../support/builders';
import { input, span } from '../../support/text-check-input';
import type { Purpose } from '../../../../lib/policy/contact-policy';

/** `purpose` with the 2026-12 fields: a channel per purpose, and the guardians' rule. */
function detected(purposes: Purpose[], from?: string) {
  const i = input(
    { purposes: purposes.map((purpose) => ({ purpose, evidence: [span(purpose)] })) },
    {},
    { draft: draft(from ? { from } : {}) },
  );
  const email = i.counterpart.policy!.email;
  email.purposes = ['scheduling', 'admin'];
  email.channels = {
    clinical: { kind: 'portal', name: 'Client portal', url: 'https://portal.calmpractice.example' },
    support: { kind: 'phone', name: 'Practice line', phone: '+1 555 0100' },
    casual: { kind: 'session' },
  };
  email.guardians = { emails: ['parent@example.com'], purposes: ['scheduling'] };
  return purposeCheck(i);
}

describe('purpose names the channel the policy gives', () => {
  it('the portal with its address for therapy content', () => {
    expect(detected(['clinical'])[0]!.message).toMatch(
      /For therapy content, use Client portal: https:\/\/portal\.calmpractice\.example\.$/,
    );
  });

  it('the phone number for support', () => {
    expect(detected(['support'])[0]!.message).toMatch(
      /For reaching out for support, call Practice line on \+1 555 0100\.$/,
    );
  });

  it('"bring it to the session" for a session channel', () => {
    expect(detected(['casual'])[0]!.message).toMatch(/Bring social conversation to your next session\.$/);
  });

  it('each flagged purpose with its own channel, and the general advice for one without', () => {
    const message = detected(['clinical', 'support', 'checkin'])[0]!.message;
    expect(message).toMatch(/use Client portal/);
    expect(message).toMatch(/call Practice line/);
    expect(message).toMatch(/For a brief check-in: Bring it to your next session, or ask for a call\./);
  });
});

describe("a guardian's own mail", () => {
  it('is held to the guardians\u2019 purposes: admin is fine for the client, not for the parent', () => {
    expect(detected(['admin'])).toEqual([]);
    const [f] = detected(['admin'], 'Pat <Parent@Example.com>');
    expect(f).toMatchObject({ id: 'purpose', severity: 'warning' });
    expect(f!.message).toMatch(/^As a parent or guardian, you may write to Maya Lee by email only for scheduling\./);
    expect(f!.message).toMatch(/ask for a parent session/);
  });

  it('with clinical content gets `purpose`, naming the portal', () => {
    expect(detected(['clinical'], 'parent@example.com')[0]!.message).toMatch(/use Client portal/);
  });

  it('scheduling from the guardian passes', () => {
    expect(detected(['scheduling'], 'parent@example.com')).toEqual([]);
  });
});
