import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The command line as users run it: `npm run -s check-draft -- ...` (docs/interfaces.md, "Command line: check-draft"). */
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'check-draft-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

const POLICY = file(
  'policy.json',
  JSON.stringify({
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] },
    email: {
      purposes: ['scheduling', 'admin', 'checkin'],
      maxWords: 10,
      maxPerWeek: 1,
      encryption: 'preferred',
      allowedCc: [],
    },
    availability: { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] } },
    emergency: { region: 'US' },
  }),
);

function checkDraft(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'check-draft', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ids = (line: string) =>
  (JSON.parse(line) as { findings: { id: string; severity: string }[] }).findings.map((f) => `${f.id}:${f.severity}`);

describe('check-draft', { timeout: 30_000 }, () => {
  it('prints one JSON object of findings for --draft and exits 0', () => {
    const draft = file(
      'd.json',
      JSON.stringify({
        from: 'jordan@gmail.com',
        to: ['maya@calmpractice.example'],
        cc: ['sam@x.example'],
        body: 'one two three four five six seven eight nine ten eleven',
      }),
    );
    const run = checkDraft(
      '--policy',
      POLICY,
      '--now',
      '2026-11-23T12:00:00-05:00',
      '--sent',
      '2026-11-20T10:00:00Z',
      '--draft',
      draft,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(ids(run.stdout.trim()).sort()).toEqual([
      'encryption:warning',
      'other-recipients:warning',
      'too-frequent:warning',
      'too-long:warning',
    ]);
  });

  it('--accepted turns the preferred-encryption warning into info; outside hours is info', () => {
    const draft = file('d2.json', JSON.stringify({ to: ['maya@calmpractice.example'], body: 'Thursday?' }));
    const run = checkDraft('--policy', POLICY, '--accepted', '--now', '2026-11-24T20:00:00-05:00', '--draft', draft);
    expect(ids(run.stdout.trim())).toEqual(['encryption:info', 'outside-hours:info']);
  });

  it('--drafts gives one line per input line in order; mail to nobody listed gets no findings', () => {
    const drafts = file(
      'd.jsonl',
      `${JSON.stringify({ to: ['maya@calmpractice.example'], encryption: 'e2e' })}\n${JSON.stringify({ to: ['someone@else.example'] })}\n`,
    );
    const run = checkDraft('--policy', POLICY, '--now', '2026-11-23T12:00:00-05:00', '--drafts', drafts);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(ids(lines[0]!)).toEqual([]);
    expect(lines[1]).toBe('{"findings":[]}');
  });

  it('therapist role: drafts to --clients are checked against the user’s own policy', () => {
    const draft = file('r.json', JSON.stringify({ to: ['client@mail.example'], body: 'See you then.' }));
    const run = checkDraft(
      '--policy',
      POLICY,
      '--role',
      'therapist',
      '--clients',
      '@mail.example',
      '--now',
      '2026-11-23T12:00:00-05:00',
      '--draft',
      draft,
    );
    expect(ids(run.stdout.trim())).toEqual(['encryption:warning']);
  });

  it('bad input: exit 2, nothing on stdout, and stderr names the file, line and field', () => {
    const drafts = file(
      'bad.jsonl',
      `${JSON.stringify({ to: ['maya@calmpractice.example'] })}\n${JSON.stringify({ cc: [] })}\n`,
    );
    const run = checkDraft('--policy', POLICY, '--drafts', drafts);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${drafts}:2: to: is required`);

    const badPolicy = file(
      'bad-policy.json',
      JSON.stringify({ format: 'between-sessions.contact-policy', version: 1 }),
    );
    const refused = checkDraft('--policy', badPolicy, '--draft', file('ok.json', '{"to":["a@b.example"]}'));
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/bad-policy\.json: therapist/);

    expect(checkDraft('--policy', POLICY).code).toBe(2);
    expect(checkDraft('--policy', POLICY, '--role', 'admin', '--draft', drafts).stderr).toMatch(/--role/);
  });
});
