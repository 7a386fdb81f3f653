import { stripQuotedAndSignature } from '../analysis/quoted';
import type { Analysis } from '../analysis/types';
import { evaluateDraft } from '../checks';
import { withExcerpts } from '../checks/excerpt';
import { applySuppressions } from '../checks/suppress';
import type { SuppressibleId } from '../policy/suppressions';
import { uncheckedFinding } from '../checks/unchecked';
import { listedRecipients } from '../policy/listed';
import type { Counterpart, Settings } from '../policy/settings';
import type { Draft } from '../draft';
import type { Finding } from '../checks/finding';
import { ManagedSettingsPending } from './errors';
import { clampFinding } from './findings';
import type { AckResponse, EvaluateResponse, ListedViewResponse } from './protocol';
import type { ListedView } from '../policy/listed-view';
import { requestSchema } from './requests';

export interface HandlerDeps {
  /** Rejects with ManagedSettingsPending while enterprise settings are still unread. */
  loadSettings(): Promise<Settings>;
  acceptPlainEmail(counterpartId: string, at: Date): Promise<void>;
  readSendLog(): Promise<Record<string, readonly string[]>>;
  recordSend(ids: readonly string[], at: Date): Promise<void>;
  /** Keeps a note for the next session (subject, body, the therapist's name; never recipients). */
  saveNote(note: { therapist: string; subject: string; body: string }, at: Date): Promise<void>;
  suppressCheck(entry: { personId: string; check: SuppressibleId; days: number | null }, at: Date): Promise<void>;
  now(): Date;
  userTimeZone(): string | undefined;
  /** Who is listed, for the mail page (it carries no settings schema of its own). */
  listedView?(managedWaitMs: number | undefined): Promise<ListedView>;
  /** Reads what a text says; the background's has a per-paragraph cache. */
  analyze?: (text: string) => Analysis;
  /** A finding's `messageParts` in the user's language (the background's catalogue), if it can. */
  localize?: (parts: NonNullable<Finding['messageParts']>) => string | undefined;
}

/** The background's answer to one message from a mail page. Never throws. */
export async function handleRequest(
  raw: unknown,
  deps: HandlerDeps,
): Promise<EvaluateResponse | AckResponse | ListedViewResponse> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'evaluate-draft': {
        const [settings, sendLog] = await Promise.all([deps.loadSettings(), deps.readSendLog()]);
        // The page asks only when it sees someone listed: finding nobody here is a disagreement
        // (settings changed in between, or read differently), never a silent "nothing to say".
        const listed = listedRecipients(request.draft, settings);
        const counterpart = listed[0];
        if (!counterpart) {
          return {
            ok: true,
            findings: [uncheckedFinding('its settings and this page did not agree on who the message is to')],
          };
        }
        return { ok: true, findings: checkedFindings(request.draft, settings, sendLog, counterpart, deps) };
      }
      case 'accept-plain-email':
        await deps.acceptPlainEmail(request.counterpartId, deps.now());
        return { ok: true };
      case 'analyze-draft': {
        // Warms the analysis cache while the user types; only for drafts to someone listed. The
        // checks run on the cached analysis, and the `info` findings go back for the compose
        // badge (the warnings wait for Send and the dialog).
        const [settings, sendLog] = await Promise.all([deps.loadSettings(), deps.readSendLog()]);
        const counterpart = listedRecipients(request.draft, settings)[0];
        if (!counterpart) return { ok: true, findings: [] };
        const findings = checkedFindings(request.draft, settings, sendLog, counterpart, deps);
        return { ok: true, findings: findings.filter((f) => f.severity === 'info') };
      }
      case 'record-send': {
        // Times only, for the therapists on the message; never anything of its content.
        const settings = await deps.loadSettings();
        const therapists = listedRecipients(request.recipients, settings).filter((p) => p.kind === 'therapist');
        await deps.recordSend(
          therapists.map((t) => t.id),
          deps.now(),
        );
        return { ok: true };
      }
      case 'listed-view': {
        if (!deps.listedView) return { ok: false, error: 'not available here' };
        return { ok: true, view: await deps.listedView(request.managedWaitMs) };
      }
      case 'save-note': {
        // Only the therapist's name goes with the note: nobody else on the message is kept.
        const settings = await deps.loadSettings();
        const person = listedRecipients(request.draft, settings)[0];
        if (!person) throw new Error('nobody listed is on this message');
        const name = person.name || person.emails[0] || 'your therapist';
        const body = stripQuotedAndSignature(request.draft.body);
        await deps.saveNote({ therapist: name, subject: request.draft.subject, body }, deps.now());
        return { ok: true };
      }
      case 'suppress-check': {
        await deps.suppressCheck({ personId: request.personId, check: request.check, days: request.days }, deps.now());
        return { ok: true };
      }
    }
  } catch (error) {
    // A send checked without what the organisation deployed could miss its therapists' rules.
    if (error instanceof ManagedSettingsPending && request.type === 'evaluate-draft') {
      return {
        ok: true,
        findings: [uncheckedFinding('the settings your organisation deployed were not read in time')],
      };
    }
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What the checks find, with excerpts, and warnings the user silenced for this person lowered. */
function checkedFindings(
  draft: Draft,
  settings: Settings,
  sendLog: Record<string, readonly string[]>,
  counterpart: Counterpart,
  deps: HandlerDeps,
): Finding[] {
  const userTimeZone = deps.userTimeZone();
  const now = deps.now();
  const checked = evaluateDraft(draft, settings, {
    now,
    sendLog,
    ...(userTimeZone ? { userTimeZone } : {}),
    ...(deps.analyze ? { analyze: deps.analyze } : {}),
  });
  // What the dialog adds to the findings the command line prints: excerpts, and warnings
  // the user silenced for this person lowered to information.
  const texts = { subject: draft.subject, body: stripQuotedAndSignature(draft.body) };
  const findings = applySuppressions(withExcerpts(checked, texts), counterpart, settings.suppressions, now);
  return findings.slice(0, 100).map((finding) => clampFinding(localized(finding, deps.localize)));
}

/** The parts' words in the user's language, for the page's fallback dialog; never a throw. */
function localized(finding: Finding, localize: HandlerDeps['localize']): Finding {
  if (!finding.messageParts || !localize) return finding;
  try {
    const text = localize(finding.messageParts);
    return text ? { ...finding, messageText: text } : finding;
  } catch {
    return finding;
  }
}
