import type { Draft } from '../draft';

/** The ways a message leaves a compose window. */
export type SendAction = 'send' | 'send-archive' | 'schedule';

/**
 * One event that is part of a send attempt. `decisive` marks the event the host acts on (the
 * click, the Enter keydown, the schedule menu's mouseup); the others (mousedown, keyup, ...) are
 * only swallowed so the host never sees half of a sequence.
 */
export interface SendAttempt {
  compose: Element;
  action: SendAction;
  decisive: boolean;
  /**
   * A keyboard shortcut the host acts on only when the user switched it on (Outlook's Alt+S).
   * Sending again replays it instead of pressing Send, so where it is no send it sends nothing.
   */
  shortcut?: Shortcut;
}

export type Shortcut = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

export interface Recipients {
  to: string[];
  cc: string[];
  bcc: string[];
}

/** Raised when a compose window is found but its parts cannot be read. */
export class PageNotUnderstood extends Error {
  override name = 'PageNotUnderstood';
}

/** What the self-check found of one open compose (never any of its content). */
export interface ComposeDiagnosis {
  compose: Element;
  recipients: boolean;
  /** A subject field; replies in the reading pane (Outlook) and inline replies may have none. */
  subject: boolean;
  body: boolean;
  send: boolean;
  /** Fixed wording for each part not found: never text from the page. */
  problems: string[];
}

export interface HostDiagnosis {
  composes: ComposeDiagnosis[];
  /** Each registry entry and how many elements it matches on the page now. */
  registry: Record<string, number>;
}

/**
 * All knowledge of one webmail's DOM. Everything above this interface (guard, dialog, checks)
 * is host-agnostic. Selectors live in the adapter's own `selectors.ts` registry.
 */
export interface HostAdapter {
  readonly host: 'gmail' | 'outlook';
  /** The compose window an element belongs to, if any. */
  composeOf(el: Element): Element | null;
  /** Is this event part of a send attempt, and from which compose window? */
  classify(event: Event): SendAttempt | null;
  /** A key that finds the same draft again after the host re-renders the window. */
  composeKey(compose: Element): string | null;
  findCompose(key: string): Element | null;
  readRecipients(compose: Element): Recipients;
  readDraft(compose: Element): Draft;
  /**
   * Sends again with the event sequence the host acts on (replaying `shortcut` when given).
   * False when the control is gone.
   */
  resend(compose: Element, action: SendAction, shortcut?: Shortcut): boolean;
  focusBody(compose: Element): void;
  /**
   * The whole window the compose is drawn in, its title bar and its buttons included: what the
   * compose badge must stay clear of. The compose itself where the host draws none around it.
   */
  composeWindowOf(compose: Element): Element;
  /**
   * The part of the compose the badge may sit in (lib/ui/compose-badge.ts): below the recipients,
   * the subject and the Send button. Absent: the badge goes outside the compose.
   */
  badgeRoom?(compose: Element): DOMRect | null;
  /** For the popup's self-check: the open composes and which of their parts were found. */
  diagnose?(): HostDiagnosis;
}
