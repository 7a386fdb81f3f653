import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** check-draft with the policy fields of 2026-12 and --work-addresses (docs/interfaces.md). */
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'check-draft-1b-'));
const file = (name: string, value: unknown) => {
  const at = path.join(dir, name);
  writeFileSync(at, typeof value === 'string' ? value : JSON.stringify(value));
  return at;
};

const POLICY = file('policy.json', {
  format: 'between-sessions.contact-policy',
  version: 1,
  updated: '2026-12-01',
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] },
  email: {
    purposes: ['scheduling', 'admin'],
    encryption: 'not-required',
    channels: { clinical: { kind: 'portal', name: 'Client portal', url: 'https://portal.calmpractice.example' } },
    requiredCc: ['alex.partner@example.net'],
    fees: { freeMinutes: 1, rate: 'USD 2.50 a minute' },
  },
  availability: {
    timezone: 'America/New_York',
    hours: { mon: ['09:00-17:00'], sat: ['09:00-17:00'] },
    notReadOn: ['sat'],
  },
  emergency: { region: 'US', practicePhone: '+1 555 0100' },
});

function checkDraft(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'check-draft', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Out = { findings: { id: string; severity: string; message: string }[] };

describe('check-draft with the 2026-12 policy fields', { timeout: 30_000 }, () => {
  it('required-cc, work-address and billable; a present partner is not another recipient', () => {
    const long = Array.from({ length: 250 }, () => 'word').join(' ');
    const drafts = file(
      'd.jsonl',
      [
        { from: 'me@bigcorp.example', to: ['maya@calmpractice.example'], body: 'Thursday?' },
        { from: 'me@gmail.example', to: ['maya@calmpractice.example'], cc: ['alex.partner@example.net'], body: long },
      ]
        .map((d) => JSON.stringify(d))
        .join('\n'),
    );
    const run = checkDraft(
      '--policy',
      POLICY,
      '--work-addresses',
      'someone@school.example,@bigcorp.example',
      '--now',
      '2026-11-23T10:00:00-05:00',
      '--drafts',
      drafts,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [first, second] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Out);
    expect(first!.findings.map((f) => `${f.id}:${f.severity}`).sort()).toEqual([
      'encryption:info',
      'required-cc:warning',
      'work-address:warning',
    ]);
    expect(second!.findings.map((f) => `${f.id}:${f.severity}`).sort()).toEqual(['billable:info', 'encryption:info']);
    expect(second!.findings.find((f) => f.id === 'billable')!.message).toMatch(/about 1 minute.*USD 2\.50 a minute/);
  });

  it('outside-hours counts a day not read as closed', () => {
    const draft = file('sat.json', {
      to: ['maya@calmpractice.example'],
      cc: ['alex.partner@example.net'],
      body: 'Thursday?',
    });
    const run = checkDraft('--policy', POLICY, '--now', '2026-11-28T10:00:00-05:00', '--draft', draft);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.findings.find((f) => f.id === 'outside-hours')!.message).toMatch(
      /does not read email on Saturdays\. Their email is read again Monday at 09:00/,
    );
  });

  it('a bad --work-addresses entry, or a policy with a clash, is bad input: exit 2, nothing on stdout', () => {
    const draft = file('ok.json', { to: ['maya@calmpractice.example'] });
    const bad = checkDraft('--policy', POLICY, '--work-addresses', 'not an address', '--draft', draft);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/--work-addresses: "not an address" is not an address or @domain/);
    const clash = file('clash.json', {
      format: 'between-sessions.contact-policy',
      version: 1,
      therapist: { name: 'Maya', emails: ['maya@calmpractice.example'] },
      email: { purposes: ['clinical'], encryption: 'required', channels: { clinical: { kind: 'session' } } },
      emergency: { region: 'US' },
    });
    const refused = checkDraft('--policy', clash, '--draft', draft);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/email\.channels\.clinical: this purpose is also listed in email\.purposes/);
  });
});
