/**
 * What the mail page's content script and the extension's check frame (entrypoints/check-frame/)
 * say to each other over their private MessageChannel. The port reaches the frame once, posted to
 * the extension's origin only; the page never holds either end, so nothing it posts is ever read
 * as an answer. Both ends read every message by hand: no schema library in the page.
 */
import type { SuppressChoice } from '../guard/send-guard';
import { SUPPRESSIBLE } from '../policy/suppressions';

/** The frame's path in the build (listed alone in web_accessible_resources). */
export const CHECK_FRAME_PATH = '/check-frame.html';

/** The one window message: it carries the port, and is posted to the frame's origin only. */
export const PORT_HELLO = 'between-sessions:check-frame-port';

export type ToFrame =
  /** Show the dialog with these findings (the frame validates them itself). */
  | { type: 'show'; seq: number; findings: unknown[]; extras?: FrameExtras }
  | { type: 'hide'; seq: number }
  /** A notice after sending (crisis lines): what it says stays out of the page. */
  | { type: 'notice'; seq: number; finding: unknown }
  /**
   * The compose badge (a frame made with `layout: 'badge'`): whose policy applies, by id only (the
   * frame reads the policy from extension storage itself), and the draft's `info` findings.
   */
  | { type: 'badge'; seq: number; counterpartId: string; findings: unknown[] };

export type FromFrame =
  /** The frame's script runs and holds the port. */
  | { type: 'ready' }
  /** The dialog (or notice) `seq` is on screen, focus in it. */
  | { type: 'shown'; seq: number }
  /** It could not be shown (findings that did not parse, a render error). */
  | { type: 'failed'; seq: number }
  | {
      type: 'answer';
      seq: number;
      action: 'send-anyway' | 'edit' | 'save-note';
      acceptPlainEmailFor?: string;
      suppress?: SuppressChoice[];
    }
  /** The notice `seq` was dismissed (or timed out). */
  | { type: 'notice-closed'; seq: number }
  /** The badge's size in CSS pixels (collapsed to an icon, or open), for its host element. */
  | { type: 'badge-size'; seq: number; width: number; height: number };

/** What the dialog shows beside the findings: the secure channel of the policy that applies. */
export interface FrameExtras {
  secureChannel?: { name: string; url: string };
}

const ACTIONS = ['send-anyway', 'edit', 'save-note'] as const;

/** "Not again for this one" choices, read by hand: anything odd drops the whole answer. */
function readSuppress(raw: unknown): SuppressChoice[] | null {
  if (!Array.isArray(raw) || raw.length > 20) return null;
  const out: SuppressChoice[] = [];
  for (const item of raw as unknown[]) {
    if (!item || typeof item !== 'object') return null;
    const { personId, check, days } = item as Record<string, unknown>;
    if (typeof personId !== 'string' || personId.length === 0 || personId.length > 100) return null;
    if (!(SUPPRESSIBLE as readonly unknown[]).includes(check) || (days !== 7 && days !== null)) return null;
    out.push({ personId, check: check as SuppressChoice['check'], days });
  }
  return out;
}

function readExtras(raw: unknown): FrameExtras | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const channel = (raw as { secureChannel?: unknown }).secureChannel;
  if (!channel || typeof channel !== 'object') return {};
  const { name, url } = channel as { name?: unknown; url?: unknown };
  return typeof name === 'string' && name.length <= 200 && typeof url === 'string' && url.startsWith('https://')
    ? { secureChannel: { name, url } }
    : {};
}

const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function readFromFrame(data: unknown): FromFrame | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'shown':
    case 'failed':
    case 'notice-closed':
      return isSeq(m.seq) ? { type: m.type, seq: m.seq } : null;
    case 'badge-size': {
      const size = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 16 && v <= 640;
      if (!isSeq(m.seq) || !size(m.width) || !size(m.height)) return null;
      return { type: 'badge-size', seq: m.seq, width: Math.ceil(m.width), height: Math.ceil(m.height) };
    }
    case 'answer': {
      if (!isSeq(m.seq) || !(ACTIONS as readonly unknown[]).includes(m.action)) return null;
      const accept = m.acceptPlainEmailFor;
      if (accept !== undefined && (typeof accept !== 'string' || accept.length === 0 || accept.length > 100))
        return null;
      const suppress = m.suppress === undefined ? undefined : readSuppress(m.suppress);
      if (suppress === null) return null;
      return {
        type: 'answer',
        seq: m.seq,
        action: m.action as (typeof ACTIONS)[number],
        ...(accept ? { acceptPlainEmailFor: accept } : {}),
        ...(suppress?.length ? { suppress } : {}),
      };
    }
    default:
      return null;
  }
}

export function readToFrame(data: unknown): ToFrame | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (!isSeq(m.seq)) return null;
  if (m.type === 'show' && Array.isArray(m.findings)) {
    const extras = readExtras(m.extras);
    return { type: 'show', seq: m.seq, findings: m.findings, ...(extras ? { extras } : {}) };
  }
  if (m.type === 'hide') return { type: 'hide', seq: m.seq };
  if (m.type === 'notice') return { type: 'notice', seq: m.seq, finding: m.finding };
  if (
    m.type === 'badge' &&
    typeof m.counterpartId === 'string' &&
    m.counterpartId.length > 0 &&
    m.counterpartId.length <= 100 &&
    Array.isArray(m.findings) &&
    m.findings.length <= 100
  )
    return { type: 'badge', seq: m.seq, counterpartId: m.counterpartId, findings: m.findings };
  return null;
}
