/**
 * What the mail page's content script and the extension's check frame (entrypoints/check-frame/)
 * say to each other over their private MessageChannel. The port reaches the frame once, posted to
 * the extension's origin only; the page never holds either end, so nothing it posts is ever read
 * as an answer. Both ends read every message by hand: no schema library in the page.
 */

/** The frame's path in the build (listed alone in web_accessible_resources). */
export const CHECK_FRAME_PATH = '/check-frame.html';

/** The one window message: it carries the port, and is posted to the frame's origin only. */
export const PORT_HELLO = 'between-sessions:check-frame-port';

export type ToFrame =
  /** Show the dialog with these findings (the frame validates them itself). */
  | { type: 'show'; seq: number; findings: unknown[] }
  | { type: 'hide'; seq: number }
  /** A notice after sending (crisis lines): what it says stays out of the page. */
  | { type: 'notice'; seq: number; finding: unknown };

export type FromFrame =
  /** The frame's script runs and holds the port. */
  | { type: 'ready' }
  /** The dialog (or notice) `seq` is on screen, focus in it. */
  | { type: 'shown'; seq: number }
  /** It could not be shown (findings that did not parse, a render error). */
  | { type: 'failed'; seq: number }
  | { type: 'answer'; seq: number; action: 'send-anyway' | 'edit'; acceptPlainEmailFor?: string }
  /** The notice `seq` was dismissed (or timed out). */
  | { type: 'notice-closed'; seq: number };

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
    case 'answer': {
      if (!isSeq(m.seq) || (m.action !== 'send-anyway' && m.action !== 'edit')) return null;
      const accept = m.acceptPlainEmailFor;
      if (accept !== undefined && (typeof accept !== 'string' || accept.length === 0 || accept.length > 100))
        return null;
      return { type: 'answer', seq: m.seq, action: m.action, ...(accept ? { acceptPlainEmailFor: accept } : {}) };
    }
    default:
      return null;
  }
}

export function readToFrame(data: unknown): ToFrame | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (!isSeq(m.seq)) return null;
  if (m.type === 'show' && Array.isArray(m.findings)) return { type: 'show', seq: m.seq, findings: m.findings };
  if (m.type === 'hide') return { type: 'hide', seq: m.seq };
  if (m.type === 'notice') return { type: 'notice', seq: m.seq, finding: m.finding };
  return null;
}
