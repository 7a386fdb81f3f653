import { describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import german from '../../../../public/_locales/de/messages.json' with { type: 'json' };
import type { CheckInput } from '../../../../lib/checks/context';
import { billableCheck } from '../../../../lib/checks/billable';
import { crisisCheck } from '../../../../lib/checks/crisis';
import { phiCheck } from '../../../../lib/checks/phi';
import { purposeCheck } from '../../../../lib/checks/purpose';
import { PURPOSES, type Channel, type Purpose } from '../../../../lib/policy/contact-policy';
import { encryptionCheck } from '../../../../lib/checks/encryption';
import {
  findingMessageKeys,
  findingPartKeys,
  phraseKeys,
  type Finding,
  type MessageArg,
  type MessagePart,
} from '../../../../lib/checks/finding';
import { renderParts } from '../../../../lib/checks/message-parts';
import { otherRecipientsCheck } from '../../../../lib/checks/other-recipients';
import { requiredCcCheck } from '../../../../lib/checks/required-cc';
import { sensitiveSubjectCheck } from '../../../../lib/checks/sensitive-subject';
import { tooLongCheck } from '../../../../lib/checks/too-long';
import { uncheckedFinding } from '../../../../lib/checks/unchecked';
import { workAddressCheck } from '../../../../lib/checks/work-address';
import type { Draft } from '../../../../lib/draft';
import { format, type CatalogueEntry } from '../../../../lib/i18n';
import { acceptFindings } from '../../../../lib/messaging/findings';
import type { Counterpart, EncryptionPolicy } from '../../../../lib/policy/settings';
import { draft, therapist } from '../../support/builders';
import { input as textInput, risk, span } from '../../support/text-check-input';
import type { RiskKind } from '../../../../lib/analysis/types';
import { outsideHoursFindings, tooFrequentFindings } from '../../support/hours-findings';
import { RISK_KINDS } from '../../../../lib/analysis/rules';

/**
 * A finding's catalogue key gives, in English, exactly the English message its check writes (the
 * CLI's words): the two cannot drift. Every keyed variant is produced here at least once.
 */
const en = english as Record<string, CatalogueEntry>;
const de = german as Record<string, CatalogueEntry>;

const input = (d: Partial<Draft>, counterpart: Counterpart, acceptance?: { acceptedAt: string }): CheckInput => ({
  draft: draft(d),
  counterpart,
  listedEntries: counterpart.emails,
  listedNames: [counterpart.name],
  acceptance,
  now: new Date('2026-11-23T15:00:00Z'),
});

const client = therapist({ kind: 'client', name: 'Sam Reyes', emails: ['sam@client.example'] });
const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@other.example`);

function everyFinding(): Finding[] {
  const out: Finding[] = [];
  for (const counterpart of [therapist(), client, therapist({ name: '' })])
    for (const encryption of ['none', 'tls'] as const)
      for (const policy of ['required', 'preferred', 'not-required'] as EncryptionPolicy[])
        for (const acceptance of [undefined, { acceptedAt: '2026-03-14T09:30:00.000Z' }]) {
          const who = { ...counterpart, encryption: policy };
          out.push(...encryptionCheck(input({ encryption }, who, acceptance)));
        }
  for (const counterpart of [therapist(), client])
    for (const n of [1, 4, 7]) {
      const to = [...counterpart.emails, ...people(n)];
      out.push(...otherRecipientsCheck(input({ to, cc: ['Alex <alex@other.example>'] }, counterpart)));
    }
  const short = therapist();
  const limited = { ...short, policy: { ...short.policy!, email: { ...short.policy!.email, maxWords: 3 } } };
  out.push(...tooLongCheck(input({ body: 'one two three four five' }, limited)));
  out.push(...sensitiveSubjectCheck(textInput({}, { health: [{ category: 'diagnosis', evidence: span('PTSD') }] })));
  out.push(
    ...workAddressCheck(
      textInput(
        {},
        {},
        { draft: draft({ from: 'Jordan <jordan@bigcorp.example>' }), workAddresses: ['@bigcorp.example'] },
      ),
    ),
  );
  for (const partners of [['alex@home.example'], ['alex@home.example', 'jo@home.example']])
    for (const bcc of [[], ['alex@home.example']]) {
      const couples = textInput({}, {}, { draft: draft({ to: ['maya@calmpractice.example'], bcc }) });
      couples.counterpart.policy!.email.requiredCc = partners;
      out.push(...requiredCcCheck(couples));
    }
  out.push(uncheckedFinding('the text of the message could not be read'));
  out.push(...crisisFindings(), ...purposeFindings(), ...phiFindings(), ...billableFindings());
  out.push(...outsideHoursFindings(), ...tooFrequentFindings());
  out.push(...acceptFindings([{ id: 'nope' }, { id: 'crisis', severity: 'critical', message: 1 }]));
  return out;
}

const KINDS: readonly RiskKind[] = RISK_KINDS;

/** Both crisis sentences, with one kind and with all, named and not, each practice-line label. */
function crisisFindings(): Finding[] {
  const out: Finding[] = [];
  for (const level of ['current', 'lowered'] as const)
    for (const kinds of [['plan'], KINDS] as RiskKind[][])
      for (const [name, practice] of [
        ['Maya Lee', 'Calm Practice'],
        ['Maya Lee', undefined],
        ['', undefined],
      ] as const) {
        const i = textInput({ risk: kinds.map((k) => risk(level, k)) });
        i.counterpart = { ...i.counterpart, name };
        i.counterpart.policy!.emergency = { region: 'US', practicePhone: '+1 555 0100' };
        i.counterpart.policy!.therapist.practice = practice;
        out.push(...crisisCheck(i));
      }
  return out;
}

/** Every purpose flagged, with every kind of channel, for the client and for a guardian. */
function purposeFindings(): Finding[] {
  const out: Finding[] = [];
  const channels: (Channel | undefined)[] = [
    undefined,
    { kind: 'portal', name: 'Client portal', url: 'https://portal.example' },
    { kind: 'portal', url: 'https://portal.example' },
    { kind: 'phone', name: 'Practice line', phone: '+1 555 0100' },
    { kind: 'phone', phone: '+1 555 0100' },
    { kind: 'session' },
  ];
  for (const channel of channels)
    for (const from of [undefined, 'parent@example.com'])
      for (const allowed of [['scheduling', 'admin'], []] as Purpose[][])
        for (const secure of [undefined, { name: 'Portal', url: 'https://secure.example' }]) {
          const i = textInput(
            { purposes: PURPOSES.map((purpose) => ({ purpose, evidence: [span(purpose)] })) },
            {},
            { draft: draft(from ? { from } : {}) },
          );
          const email = i.counterpart.policy!.email;
          email.purposes = allowed;
          email.secureChannel = secure;
          email.channels = channel ? { clinical: channel } : {};
          email.guardians = { emails: ['parent@example.com'], purposes: allowed.slice(0, 1) };
          out.push(...purposeCheck(i));
        }
  // Only the flagged purpose with a channel: no general advice.
  const only = textInput({ purposes: [{ purpose: 'casual', evidence: [span('coffee?')] }] });
  only.counterpart.policy!.email.channels = { casual: { kind: 'session' } };
  out.push(...purposeCheck(only));
  return out;
}

function phiFindings(): Finding[] {
  const categories = ['diagnosis', 'medication', 'symptom', 'treatment', 'risk'] as const;
  return [undefined, { name: 'Portal', url: 'https://secure.example' }].flatMap((secure) => {
    const i = textInput(
      { health: categories.map((category) => ({ category, evidence: span(category) })) },
      {},
      { counterpart: client },
    );
    i.counterpart = {
      ...client,
      policy: { ...therapist().policy!, email: { ...therapist().policy!.email, secureChannel: secure } },
    };
    return phiCheck(i);
  });
}

function billableFindings(): Finding[] {
  const out: Finding[] = [];
  for (const freeMinutes of [0, 1])
    for (const incrementMinutes of [undefined, 15])
      for (const words of [150, 2000]) {
        const i = textInput({}, {}, { draft: draft({ body: 'word '.repeat(words) }) });
        i.counterpart.policy!.email.fees = { freeMinutes, rate: 'USD 2.50 a minute', incrementMinutes };
        out.push(...billableCheck(i));
      }
  return out;
}

/** The sentences of a finding, its practice line's label among them, with their English words. */
function partsOf(f: Finding): { parts: MessagePart[]; english: string }[] {
  const out = f.messageParts ? [{ parts: f.messageParts, english: f.message }] : [];
  const line = f.crisis?.practiceLine;
  if (line?.labelParts) out.push({ parts: line.labelParts, english: line.label });
  return out;
}

const lookup = (catalogue: Record<string, CatalogueEntry>) => (key: string, subs: string[]) =>
  catalogue[key] ? format(catalogue[key], subs) : key;

function phrasesIn(args: readonly MessageArg[] = []): string[] {
  return args.flatMap((a) =>
    typeof a === 'string' ? [] : 'phrase' in a ? [a.phrase] : 'list' in a ? phrasesIn(a.list) : [],
  );
}

describe('finding messages as parts', () => {
  const findings = everyFinding().flatMap(partsOf);

  it('the English catalogue’s reading of the parts is exactly the English message (and label)', () => {
    expect(findings.length).toBeGreaterThan(10);
    for (const { parts, english } of findings) expect(renderParts(parts, lookup(en), 'en-GB')).toBe(english);
  });

  it('every sentence and phrase key is produced by some finding, and German says it otherwise', () => {
    const parts = findings.flatMap((f) => f.parts);
    expect(new Set(parts.map((p) => p.key))).toEqual(new Set(findingPartKeys));
    expect(new Set(parts.flatMap((p) => phrasesIn(p.args)))).toEqual(new Set(phraseKeys));
    for (const { parts, english } of findings) {
      const words = renderParts(parts, lookup(de), 'de');
      expect(words).toBeDefined();
      expect(words).not.toBe(english);
    }
  });

  it('each part fills exactly the placeholders of its key', () => {
    for (const p of findings.flatMap((f) => f.parts)) {
      const wanted = Object.keys(en[p.key]!.placeholders ?? {}).length;
      expect(p.args ?? [], p.key).toHaveLength(wanted);
    }
  });
});

describe('finding messages from the catalogue', () => {
  const findings = everyFinding();
  const keyed = findings.filter((f) => f.messageKey);

  it('the English entry, filled with the finding’s arguments, is exactly the English message', () => {
    expect(keyed.length).toBeGreaterThan(10);
    for (const f of keyed) expect(format(en[f.messageKey!]!, f.messageArgs ?? [])).toBe(f.message);
  });

  it('every key a finding may carry is produced by some finding, and German says it otherwise', () => {
    expect(new Set(keyed.map((f) => f.messageKey))).toEqual(new Set(findingMessageKeys));
    for (const f of keyed) expect(format(de[f.messageKey!]!, f.messageArgs ?? [])).not.toBe(f.message);
  });

  it('arguments are strings and fill every placeholder of their key', () => {
    for (const f of keyed) {
      const wanted = Object.keys(en[f.messageKey!]!.placeholders ?? {}).length;
      expect(f.messageArgs ?? []).toHaveLength(wanted);
      for (const arg of f.messageArgs ?? []) expect(typeof arg).toBe('string');
    }
  });

  it('a name shown without its address keeps the English message only (its words are not in the catalogue yet)', () => {
    const [f] = otherRecipientsCheck(input({ to: ['maya@calmpractice.example', 'Alex'] }, therapist()));
    expect(f?.message).toContain('address not shown');
    expect(f?.messageKey).toBeUndefined();
  });
});
