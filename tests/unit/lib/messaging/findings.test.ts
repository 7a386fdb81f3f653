import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from '../../../../lib/analysis';
import type { Analysis } from '../../../../lib/analysis/types';
import { findingSchema, type Finding } from '../../../../lib/checks/finding';
import { acceptFindings, clampFinding } from '../../../../lib/messaging/findings';
import { handleRequest } from '../../../../lib/messaging/handler';
import { evaluateResponseSchema } from '../../../../lib/messaging/requests';
import { contactPolicySchema } from '../../../../lib/policy/contact-policy';
import { settingsSchema, type Settings } from '../../../../lib/policy/settings';

/**
 * The longest valid policies, settings and drafts, through the background's handler with the
 * real analysis on: every answer fits the message schema, so the page never turns it all into
 * "could not check" (and loses the crisis lines) because one check wrote a long value.
 */
const cache = new Map<string, Analysis>();
const analyze = (text: string) => analyzeParagraphs(text, cache);

const label = (n: number, c: string) => c.repeat(n);
/** A valid address of about `length` characters (local part up to 64, labels up to 63). */
const longAddress = (i: number) =>
  `${label(60, 'm')}${i}@${label(60, 'a')}.${label(60, 'b')}.${label(60, 'c')}.${label(60, 'd')}.example`;

function longestPolicy(email: string) {
  return contactPolicySchema.parse({
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist: {
      name: `Dr. ${'N'.repeat(96)}`,
      emails: [email, ...Array.from({ length: 49 }, (_, i) => longAddress(i))],
      practice: 'P'.repeat(200),
    },
    email: {
      purposes: [],
      maxWords: 1,
      maxPerWeek: 1,
      encryption: 'required',
      allowedCc: Array.from({ length: 50 }, (_, i) => longAddress(100 + i)),
      secureChannel: { name: 'S'.repeat(100), url: `https://portal.example/${'p'.repeat(1970)}` },
    },
    availability: { timezone: 'Pacific/Kiritimati', hours: { mon: ['00:00-00:01'] }, responseTime: 'R'.repeat(200) },
    emergency: { region: 'US', note: 'E'.repeat(500) },
    notes: 'O'.repeat(1000),
  });
}

const BODY_PARTS = [
  'I want to kill myself tonight and I have the pills ready.',
  'Could we move Thursday? My medication for depression is not working and I had a panic attack.',
  `${'word '.repeat(300)}`,
  'https://'.concat('x'.repeat(3000), '.example'),
  'z'.repeat(20000),
];

describe('findings fit the message schema', () => {
  it('the longest valid inputs give an answer the page accepts whole, crisis included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<'client' | 'therapist'>('client', 'therapist'),
        fc.subarray(BODY_PARTS, { minLength: 1 }),
        fc.integer({ min: 1, max: 1000 }),
        async (role, parts, recipientCount) => {
          const email = longAddress(999);
          const settings: Settings = settingsSchema.parse({
            role,
            therapists: [{ id: 'i'.repeat(100), policy: longestPolicy(email), source: 'imported' }],
            clients: [{ id: 'c'.repeat(100), name: email.slice(0, 100), emails: [email] }],
            acceptances: {},
          });
          const draft = {
            to: [email],
            cc: Array.from({ length: Math.min(recipientCount, 999) }, (_, i) =>
              `${'Someone '.repeat(60)}<${longAddress(2000 + i)}>`.slice(0, 1000),
            ),
            bcc: [],
            subject: `Suicide plan and diagnosis ${'s'.repeat(9000)}`,
            body: parts.join('\n\n'),
            encryption: 'none' as const,
            host: 'gmail',
          };
          const answer = await handleRequest(
            { type: 'evaluate-draft', draft },
            {
              loadSettings: async () => settings,
              acceptPlainEmail: async () => undefined,
              readSendLog: async () => ({ ['i'.repeat(100)]: [new Date('2026-12-01T09:00:00Z').toISOString()] }),
              recordSend: async () => undefined,
              saveNote: async () => undefined,
              suppressCheck: async () => undefined,
              now: () => new Date('2026-12-01T10:00:00Z'),
              userTimeZone: () => 'America/New_York',
              analyze,
            },
          );
          const parsed = evaluateResponseSchema.safeParse(answer);
          expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
          if (!answer.ok || !('findings' in answer)) throw new Error(`no findings: ${JSON.stringify(answer)}`);
          expect(answer.findings.length).toBeGreaterThan(0);
          if (role === 'client' && parts.includes(BODY_PARTS[0]!))
            expect(answer.findings.map((f) => f.id)).toContain('crisis');
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('clampFinding cuts every capped string and list, and leaves out links it cannot cut', () => {
    const huge: Finding = {
      id: 'crisis',
      severity: 'critical',
      message: 'm'.repeat(5000),
      evidence: Array.from({ length: 300 }, () => ({
        field: 'body' as const,
        text: 't'.repeat(3000),
        start: 0,
        end: 1,
      })),
      recipients: Array.from({ length: 1200 }, () => 'r'.repeat(2000)),
      acceptFor: { counterpartId: 'x', name: 'n'.repeat(500) },
      crisis: {
        region: 'USA',
        lines: Array.from({ length: 30 }, () => ({
          name: 'n'.repeat(300),
          description: 'd'.repeat(900),
          number: '1'.repeat(90),
          hours: 'h'.repeat(300),
          contacts: [
            { via: 'call', label: 'l'.repeat(300), href: 'tel:988' },
            { via: 'web', label: 'chat', href: `https://${'w'.repeat(400)}.example` },
          ],
        })),
        fallback: 'f'.repeat(900),
        therapistNote: 'o'.repeat(900),
      },
    };
    const clamped = clampFinding(huge);
    expect(findingSchema.safeParse(clamped).success).toBe(true);
    expect(clamped.crisis!.lines[0]!.contacts.map((c) => c.href)).toEqual(['tel:988']);
  });
});

describe('a finding’s catalogue key on the page', () => {
  const base = { id: 'encryption', severity: 'warning', message: 'Not end-to-end encrypted.' } as const;

  it('keeps a known key and its string arguments', () => {
    const raw = { ...base, messageKey: 'finding_msg_encryption_not_required', messageArgs: ['Maya Lee'] };
    expect(acceptFindings([raw])).toEqual([raw]);
  });

  it.each([
    ['a key that is not a finding message', { messageKey: 'dialog_send_anyway' }],
    ['a key the catalogue lacks', { messageKey: 'finding_msg_nope' }],
    ['an argument that is not a string', { messageKey: 'finding_msg_unchecked', messageArgs: [3] }],
    [
      'more arguments than placeholders can take',
      { messageKey: 'finding_msg_unchecked', messageArgs: Array(10).fill('x') },
    ],
    ['an argument too long', { messageKey: 'finding_msg_unchecked', messageArgs: ['x'.repeat(1001)] }],
  ])('drops %s, keeping the finding with its English message', (_, extra) => {
    expect(acceptFindings([{ ...base, ...extra }])).toEqual([base]);
  });

  it('the background clamps arguments to what the page accepts', () => {
    const long: Finding = { ...base, messageKey: 'finding_msg_unchecked', messageArgs: ['x'.repeat(5000)] };
    expect(findingSchema.safeParse(clampFinding(long)).success).toBe(true);
  });
});
