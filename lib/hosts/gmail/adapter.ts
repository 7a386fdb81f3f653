import type { Draft } from '../../draft';
import type { ComposeDiagnosis, HostAdapter, Recipients, SendAction, SendAttempt } from '../adapter';
import { PageNotUnderstood } from '../adapter';
import {
  closestAny,
  editorText,
  firstMatch,
  isShown,
  pressFully,
  registryCounts,
  simulateClick,
  inputTarget,
} from '../dom';
import type { RecipientField } from './selectors';
import { GMAIL } from './selectors';

export function createGmailAdapter(doc: Document): HostAdapter {
  /** The compose whose schedule arrow was pressed last: the menu itself sits outside it. */
  let scheduleOpener: WeakRef<Element> | null = null;

  const composeOf = (el: Element): Element | null => {
    const root = closestAny(el, GMAIL.composeRoot);
    if (root) return root;
    // Renamed classes: climb to the smallest ancestor that holds a subject and a body.
    for (
      let node = el.parentElement;
      node && node !== doc.body && node !== doc.documentElement;
      node = node.parentElement
    ) {
      if (node.querySelector(GMAIL.composeMarker) && firstMatch(node, GMAIL.body)) return node;
    }
    return null;
  };

  const controlIn = (compose: Element, selectors: readonly string[]): HTMLElement | null =>
    firstMatch<HTMLElement>(compose, selectors);

  const isScheduleArrow = (el: Element | null): boolean => !!el && GMAIL.scheduleArrow.some((s) => el.matches(s));

  /**
   * Gmail's own Send: by its place or classes, else (classes renamed) the button right before the
   * schedule chevron. Another extension's button is never Send, whatever it looks like.
   */
  const isSend = (button: Element): boolean =>
    !button.matches(GMAIL.foreignButton) &&
    !button.matches('[aria-haspopup="true"]') &&
    (GMAIL.sendButton.some((s) => button.matches(s)) || isScheduleArrow(button.nextElementSibling));

  const sendButtonIn = (compose: Element): HTMLElement | null => {
    for (const button of compose.querySelectorAll<HTMLElement>('[role="button"]')) {
      if (isSend(button) && !GMAIL.sendArchiveButton.some((s) => button.matches(s))) return button;
    }
    return null;
  };

  const sendActionOf = (el: Element, compose: Element): SendAction | null => {
    const button = el.closest('[role="button"]');
    if (!button || !compose.contains(button) || button.matches(GMAIL.foreignButton)) return null;
    if (GMAIL.sendArchiveButton.some((s) => button.matches(s))) return 'send-archive';
    if (isSend(button)) return 'send';
    if (GMAIL.scheduleArrow.some((s) => button.matches(s))) scheduleOpener = new WeakRef(compose);
    return null;
  };

  /** This compose's schedule item: its own, else one at body level (never another compose's). */
  const scheduleItemFor = (compose: Element): Element | null =>
    compose.querySelector(GMAIL.scheduleItem) ??
    Array.from(doc.querySelectorAll(GMAIL.scheduleItem)).find((item) => !closestAny(item, GMAIL.composeRoot)) ??
    null;

  /** The compose a schedule item belongs to: the one holding it, else the one whose arrow opened it. */
  const scheduleComposeOf = (item: Element): Element | null => closestAny(item, GMAIL.composeRoot) ?? scheduleCompose();

  const scheduleCompose = (): Element | null => {
    for (const arrow of doc.querySelectorAll(GMAIL.scheduleArrow.join(', '))) {
      if (arrow.getAttribute('aria-expanded') === 'true') return composeOf(arrow);
    }
    const opener = scheduleOpener?.deref();
    return opener?.isConnected ? opener : null;
  };

  const fieldValues = (compose: Element, field: RecipientField): string[] | null => {
    const rows = compose.querySelectorAll(GMAIL.field(field));
    if (rows.length === 0) return null;
    const seen = new Map<string, string>();
    const add = (address: string, name: string) => {
      const key = address.trim().toLowerCase();
      if (!key || seen.has(key)) return;
      const label = name.trim();
      seen.set(key, label && label.toLowerCase() !== key ? `${label} <${address.trim()}>` : address.trim());
    };
    for (const row of rows) {
      for (const chip of row.querySelectorAll(GMAIL.peoplekitChip)) {
        add(chip.getAttribute('data-hovercard-id') ?? '', chip.getAttribute('data-name') ?? '');
      }
    }
    for (const input of compose.querySelectorAll<HTMLInputElement>(GMAIL.classicChipInput(field))) {
      const value = input.value.trim();
      const angled = /<([^<>]+)>\s*$/.exec(value);
      if (angled) add(angled[1] ?? '', value.slice(0, angled.index).replace(/"/g, ''));
      else add(value, '');
    }
    const values = [...seen.values()];
    // Typed but not confirmed: Gmail still sends to it (gmail.js #719).
    for (const input of compose.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(GMAIL.pendingInput(field))) {
      for (const token of input.value.split(/[,;]/)) {
        const text = token.trim();
        if (text.includes('@') && !seen.has(text.toLowerCase())) values.push(text);
      }
    }
    return values;
  };

  const readRecipients = (compose: Element): Recipients => {
    const to = fieldValues(compose, 'to');
    if (to === null) throw new PageNotUnderstood('no recipient field found in the Gmail compose window');
    return { to, cc: fieldValues(compose, 'cc') ?? [], bcc: fieldValues(compose, 'bcc') ?? [] };
  };

  // The red padlock only ever adds a warning, so it may be trusted as captured. `encryptedFlag` is
  // a guess nobody has verified (selectors.ts): a guessed marker must never switch the encryption
  // check off, so until it is verified against a real CSE or S/MIME compose it is not read.
  const encryptionOf = (compose: Element): Draft['encryption'] =>
    Array.from(compose.querySelectorAll(GMAIL.noTlsIndicator)).some(isShown) ? 'none' : 'tls';

  return {
    host: 'gmail',
    composeOf,

    classify(event: Event): SendAttempt | null {
      const input = inputTarget(event);
      if (!input) return null;
      const { el } = input;

      if (input.mouse) {
        const item = el.closest(GMAIL.scheduleItem);
        if (item) {
          const compose = scheduleComposeOf(item);
          return compose ? { compose, action: 'schedule', decisive: event.type === 'mouseup' } : null;
        }
        const compose = composeOf(el);
        const action = compose && sendActionOf(el, compose);
        return compose && action ? { compose, action, decisive: event.type === 'click' } : null;
      }

      const key = event as KeyboardEvent;
      const down = event.type === 'keydown';
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
        // Ctrl/Cmd+Enter sends from anywhere in the compose, recipient fields included
        // (InboxSDK, probes 2026-05; docs/hosts/gmail.md).
        const compose = composeOf(el);
        return down && compose ? { compose, action: 'send', decisive: true } : null;
      }
      if (key.key !== 'Enter' && key.key !== ' ') return null;
      const item = el.closest(GMAIL.scheduleItem);
      if (item) {
        const compose = scheduleComposeOf(item);
        return compose ? { compose, action: 'schedule', decisive: down && key.key === 'Enter' } : null;
      }
      const compose = composeOf(el);
      const action = compose && sendActionOf(el, compose);
      return compose && action ? { compose, action, decisive: down } : null;
    },

    composeKey(compose) {
      const id = compose.querySelector<HTMLInputElement>(GMAIL.composeId)?.value;
      const draft = compose.querySelector<HTMLInputElement>(GMAIL.draftId)?.value;
      return id ? `composeid:${id}` : draft ? `draft:${draft}` : null;
    },

    findCompose(key) {
      const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const selector = kind === 'composeid' ? GMAIL.composeId : GMAIL.draftId;
      for (const input of doc.querySelectorAll<HTMLInputElement>(selector)) {
        if (input.value === value) return composeOf(input);
      }
      return null;
    },

    readRecipients,

    readDraft(compose): Draft {
      const body = firstMatch(compose, GMAIL.body);
      if (!body) throw new PageNotUnderstood('no message body found in the Gmail compose window');
      const visibleSubject = compose.querySelector<HTMLInputElement>(GMAIL.subject)?.value ?? '';
      const hiddenSubject = compose.querySelector<HTMLInputElement>(GMAIL.hiddenSubject)?.value ?? '';
      const from = compose.querySelector<HTMLInputElement>(GMAIL.from)?.value.trim();
      return {
        ...readRecipients(compose),
        ...(from ? { from } : {}),
        subject: visibleSubject || hiddenSubject,
        body: editorText(body, GMAIL.bodyExcluded),
        encryption: encryptionOf(compose),
        host: 'gmail',
      };
    },

    resend(compose, action) {
      if (action === 'schedule') {
        let item = scheduleItemFor(compose);
        if (!item || !isShown(item)) {
          const arrow = controlIn(compose, GMAIL.scheduleArrow);
          if (!arrow) return false;
          simulateClick(arrow);
          item = scheduleItemFor(compose);
        }
        if (!item) return false;
        pressFully(item.querySelector(GMAIL.scheduleItemInner) ?? item);
        return true;
      }
      const button = action === 'send' ? sendButtonIn(compose) : controlIn(compose, GMAIL.sendArchiveButton);
      if (!button) return false;
      simulateClick(button);
      return true;
    },

    focusBody(compose) {
      firstMatch<HTMLElement>(compose, GMAIL.body)?.focus();
    },

    diagnose() {
      // Anything that looks like a compose: a known root, or (classes renamed) a subject or
      // compose id input inside something that also holds a body.
      const composes = new Set<Element>();
      for (const el of doc.querySelectorAll(`${GMAIL.composeRoot.join(', ')}, ${GMAIL.composeMarker}`)) {
        const compose = composeOf(el);
        if (compose) composes.add(compose);
      }
      const found: ComposeDiagnosis[] = [...composes].map((compose) => {
        const recipients = fieldValues(compose, 'to') !== null;
        const subject = compose.querySelector(GMAIL.subject) !== null;
        const body = firstMatch(compose, GMAIL.body) !== null;
        const send = sendButtonIn(compose) !== null;
        const problems = [
          ...(recipients ? [] : ['recipients: no To field']),
          ...(body ? [] : ['body: no message editor']),
          ...(send ? [] : ['send: no Send button beside the schedule-send arrow']),
        ];
        return { compose, recipients, subject, body, send, problems };
      });
      return { composes: found, registry: registryCounts(doc, GMAIL) };
    },
  };
}
