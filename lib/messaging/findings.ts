import type { CrisisLineView, Evidence, Finding, MessageArg, MessagePart } from '../checks/finding';
import { CRISIS_LINE_KEY, findingSchema } from '../checks/finding';
import { GENERAL_GUIDANCE } from '../crisis/line-words';

/**
 * For a crisis finding whose lines did not survive: general guidance. From lib/crisis/line-words.ts,
 * which holds no line data (lines.json would bring the crisis-line data into the mail page's script).
 */
const FALLBACK_GUIDANCE = GENERAL_GUIDANCE;

const lineKey = (key: unknown): key is string => typeof key === 'string' && CRISIS_LINE_KEY.test(key);

/**
 * Findings cross the message boundary under the caps of `findingSchema`. The background clamps
 * what its checks wrote (a long secure-channel URL, a client address used as a name, long
 * recipient strings) so one long value never turns the whole answer into "could not check"; the
 * page then takes findings one by one, and a `crisis` finding is never dropped.
 */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function clampEvidence(e: Evidence): Evidence {
  const out: Evidence = { ...e, text: cut(e.text, 1000) };
  if (e.before !== undefined) out.before = cut(e.before, 200);
  if (e.after !== undefined) out.after = cut(e.after, 200);
  return out;
}

function clampLine(line: CrisisLineView): CrisisLineView {
  const { descriptionKey, hoursKey, ...rest } = line;
  return {
    ...rest,
    // A key the catalogue does not have is left out: the English words show instead.
    ...(lineKey(descriptionKey) ? { descriptionKey } : {}),
    ...(lineKey(hoursKey) ? { hoursKey } : {}),
    name: cut(line.name, 100),
    description: cut(line.description, 300),
    number: cut(line.number, 40),
    hours: cut(line.hours, 100),
    // A link cut short would call or open the wrong thing: a contact too long is left out.
    contacts: line.contacts
      .filter((c) => c.href.length <= 200 && c.via.length <= 10)
      .map((c) => ({ ...c, label: cut(c.label, 80) }))
      .slice(0, 10),
  };
}

function clampArg(arg: MessageArg): MessageArg {
  if (typeof arg === 'string') return cut(arg, 1000);
  if ('list' in arg) return { ...arg, list: arg.list.slice(0, 20).map((a) => clampArg(a) as typeof a) };
  return arg;
}

/** Sentences and arguments within their caps; a string argument is cut like the message itself. */
function clampParts(parts: readonly MessagePart[]): MessagePart[] {
  return parts.slice(0, 12).map((p) => (p.args ? { ...p, args: p.args.slice(0, 9).map(clampArg) } : p));
}

/** A finding within the message schema's caps (the background, before answering). */
export function clampFinding(finding: Finding): Finding {
  const out: Finding = { ...finding, message: cut(finding.message, 2000) };
  if (finding.messageText !== undefined) out.messageText = cut(finding.messageText, 2000);
  if (finding.messageArgs) out.messageArgs = finding.messageArgs.slice(0, 9).map((a) => cut(a, 1000));
  if (finding.messageParts) out.messageParts = clampParts(finding.messageParts);
  if (finding.evidence) out.evidence = finding.evidence.slice(0, 200).map(clampEvidence);
  if (finding.recipients) out.recipients = finding.recipients.slice(0, 1000).map((r) => cut(r, 1000));
  if (finding.acceptFor) {
    const { counterpartId, name } = finding.acceptFor;
    // An id too long to be stored cannot be accepted; the warning itself stays.
    if (counterpartId.length <= 100) out.acceptFor = { counterpartId, name: cut(name, 100) };
    else delete out.acceptFor;
  }
  if (finding.suppressFor) {
    const { personId, name } = finding.suppressFor;
    // As for acceptFor: an id too long to be stored cannot be silenced; the warning stays.
    if (personId.length <= 100) out.suppressFor = { personId, name: cut(name, 100) };
    else delete out.suppressFor;
  }
  if (finding.crisis) {
    const { region, lines, fallback, therapistNote, practiceLine } = finding.crisis;
    out.crisis = {
      region: region !== null && region.length <= 2 ? region : null,
      lines: lines.slice(0, 20).map(clampLine),
      ...(fallback !== undefined ? { fallback: cut(fallback, 500) } : {}),
      ...(therapistNote !== undefined ? { therapistNote: cut(therapistNote, 500) } : {}),
      // A number cut short would call the wrong line: one too long is left out.
      ...(practiceLine && practiceLine.number.length <= 40 && practiceLine.href.length <= 60
        ? {
            practiceLine: {
              ...practiceLine,
              label: cut(practiceLine.label, 200),
              ...(practiceLine.labelParts ? { labelParts: clampParts(practiceLine.labelParts) } : {}),
            },
          }
        : {}),
    };
  }
  return out;
}

const CRISIS_MESSAGE =
  'What you wrote may be about harm. You deserve help now, not after an email is read: please call a crisis line. You can still send your message.';

/** A crisis finding that did not pass the schema, kept with what can be kept. */
function salvageCrisis(raw: Record<string, unknown>): Finding {
  const whole = findingSchema.safeParse({
    ...withoutCatalogueWords(raw),
    evidence: undefined,
    recipients: undefined,
    acceptFor: undefined,
    suppressFor: undefined,
  });
  if (whole.success) return whole.data;
  const severity = raw.severity === 'info' ? 'info' : 'critical';
  const crisis = findingSchema.safeParse({
    id: 'crisis',
    severity,
    ...CRISIS_WORDS,
    crisis: withoutCatalogueWords(raw).crisis,
  });
  if (crisis.success) return crisis.data;
  return {
    id: 'crisis',
    severity,
    ...CRISIS_WORDS,
    crisis: { region: null, lines: [], fallback: FALLBACK_GUIDANCE },
  };
}

const CRISIS_WORDS = { message: CRISIS_MESSAGE, messageKey: 'finding_msg_crisis_general' } as const;

const PARTLY_CHECKED: Finding = {
  id: 'unchecked',
  severity: 'warning',
  message:
    'Between Sessions could not show part of its check. It has not been sent yet: send it anyway, or look it over.',
  messageKey: 'finding_msg_partly_checked',
};

/**
 * A finding without its words from the catalogue (`messageKey`, `messageArgs`, `messageParts`,
 * the practice line's `labelParts`): its English `message` and label stay.
 */
function withoutCatalogueWords(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...raw,
    messageKey: undefined,
    messageArgs: undefined,
    messageParts: undefined,
  };
  const crisis = raw.crisis as { practiceLine?: unknown } | null | undefined;
  if (crisis && typeof crisis === 'object' && crisis.practiceLine && typeof crisis.practiceLine === 'object')
    out.crisis = { ...crisis, practiceLine: { ...crisis.practiceLine, labelParts: undefined } };
  return out;
}

/**
 * A finding whose catalogue words are not ours (an older or newer background, or a page's
 * meddling: an unknown key, a list too long or nested too deep) is kept with its English message
 * only: the words stay, the keys go.
 */
function parseFinding(item: unknown) {
  const parsed = findingSchema.safeParse(item);
  if (parsed.success || !item || typeof item !== 'object') return parsed;
  return findingSchema.safeParse(withoutCatalogueWords(item as Record<string, unknown>));
}

/** The page's reading of the background's findings: each on its own, crisis always kept. */
export function acceptFindings(raw: readonly unknown[]): Finding[] {
  const kept: Finding[] = [];
  let lost = false;
  for (const item of raw) {
    const parsed = parseFinding(item);
    if (parsed.success) kept.push(parsed.data);
    else if (item && typeof item === 'object' && (item as { id?: unknown }).id === 'crisis')
      kept.push(salvageCrisis(item as Record<string, unknown>));
    else lost = true;
  }
  if (lost) kept.push(PARTLY_CHECKED);
  return kept;
}
