/**
 * `npm run -s check-draft -- --policy POLICY.json [--role client|therapist] [--clients a@x,@y]
 *   [--now ISO] [--sent ISO,ISO,...] [--accepted] [--work-addresses a@x,@y]
 *   (--draft DRAFT.json | --drafts DRAFTS.jsonl)`
 *
 * The same checks the extension runs (docs/interfaces.md, "Command line: check-draft"). Every input
 * is validated before any output: bad input exits 2 with one message on stderr naming the file,
 * line and field.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeText } from '../analysis';
import { evaluateDraft } from '../checks';
import type { Draft } from '../draft';
import { draftSchema } from '../draft';
import { addressEntrySchema } from '../policy/address';
import type { ContactPolicy } from '../policy/contact-policy';
import { parsePolicyText } from '../policy/contact-policy';
import type { Settings } from '../policy/settings';
import { defaultSettings } from '../policy/settings';

class InputError extends Error {}

const PERSON_ID = 'policy';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function readPolicy(file: string): ContactPolicy {
  const result = parsePolicyText(readText(file));
  if (!result.ok) {
    const first = result.problems[0];
    throw new InputError(`${file}: ${first?.path ? `${first.path}: ` : ''}${first?.message ?? 'invalid policy'}`);
  }
  return result.policy;
}

function parseDraft(value: unknown, where: string): Draft {
  const parsed = draftSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'draft';
  const missing = issue?.code === 'invalid_type' && issue.input === undefined;
  const what = missing
    ? 'is required'
    : issue?.code === 'invalid_type'
      ? `expected ${issue.expected}`
      : (issue?.message ?? 'invalid');
  throw new InputError(`${where}: ${field}: ${what}`);
}

function readDrafts(options: { draft?: string | undefined; drafts?: string | undefined }): Draft[] {
  if (options.draft && options.drafts) throw new InputError('give --draft or --drafts, not both');
  if (options.draft) {
    const text = readText(options.draft);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${options.draft}: not JSON (${(error as Error).message})`);
    }
    return [parseDraft(value, options.draft)];
  }
  if (options.drafts) {
    const file = options.drafts;
    const lines = readText(file).split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
      }
      return parseDraft(value, `${file}:${i + 1}`);
    });
  }
  throw new InputError('give --draft DRAFT.json or --drafts DRAFTS.jsonl');
}

function parseTime(text: string, flag: string): Date {
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime())) {
    throw new InputError(`${flag}: "${text}" is not an ISO date-time such as 2026-11-23T10:00:00-05:00`);
  }
  return at;
}

function settingsFor(
  role: 'client' | 'therapist',
  policy: ContactPolicy,
  clients: string[],
  acceptedAt: Date | null,
): Settings {
  const acceptances: Settings['acceptances'] = acceptedAt
    ? { [PERSON_ID]: { acceptedAt: acceptedAt.toISOString() } }
    : {};
  if (role === 'client') {
    return { ...defaultSettings(), role, therapists: [{ id: PERSON_ID, policy, source: 'imported' }], acceptances };
  }
  return {
    ...defaultSettings(),
    role,
    ownPolicy: policy,
    clients: clients.length ? [{ id: PERSON_ID, name: '', emails: clients }] : [],
    acceptances,
  };
}

/** "a@x.example,@y.example" -> address entries; a bad one is bad input. */
function entries(list: string | undefined, flag: string): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const parsed = addressEntrySchema.safeParse(entry);
      if (!parsed.success) throw new InputError(`${flag}: "${entry}" is not an address or @domain`);
      return parsed.data;
    });
}

export function run(argv: string[], out: (line: string) => void): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        policy: { type: 'string' },
        role: { type: 'string', default: 'client' },
        clients: { type: 'string' },
        now: { type: 'string' },
        sent: { type: 'string' },
        accepted: { type: 'boolean', default: false },
        'work-addresses': { type: 'string' },
        draft: { type: 'string' },
        drafts: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  if (!values.policy) throw new InputError('give --policy POLICY.json');
  if (values.role !== 'client' && values.role !== 'therapist')
    throw new InputError(`--role: expected client or therapist, not "${values.role}"`);
  const clients = entries(values.clients, '--clients');
  const workAddresses = entries(values['work-addresses'], '--work-addresses');
  if (values.role === 'therapist' && clients.length === 0)
    throw new InputError("--clients: give the clients' addresses for --role therapist");
  const now = values.now ? parseTime(values.now, '--now') : new Date();
  const sent = (values.sent ?? '')
    .split(',')
    .filter(Boolean)
    .map((t) => parseTime(t.trim(), '--sent').toISOString());

  // Everything is read and validated before the first line of output.
  const policy = readPolicy(values.policy);
  const drafts = readDrafts(values);
  const settings = { ...settingsFor(values.role, policy, clients, values.accepted ? now : null), workAddresses };
  const userTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone; // the user's: TZ of this process
  for (const draft of drafts) {
    const findings = evaluateDraft(draft, settings, {
      now,
      userTimeZone,
      sendLog: { [PERSON_ID]: sent },
      analyze: analyzeText,
    });
    out(JSON.stringify({ findings }));
  }
}

try {
  run(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
} catch (error) {
  process.stderr.write(`check-draft: ${error instanceof InputError ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
