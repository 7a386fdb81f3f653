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
  /**
   * The compose whose schedule arrow or "Schedule send" item was pressed last: the "Schedule send"
   * dialog sits outside every compose and belongs to it.
   */
  let scheduleOpener: WeakRef<Element> | null = null;
  /** The preset or picker button last pressed in that dialog: sending again presses it again. */
  let scheduleChoice: WeakRef<Element> | null = null;

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

  /** The compose a schedule item belongs to: the one holding it, else the one whose arrow opened it. */
  const scheduleComposeOf = (item: Element): Element | null => closestAny(item, GMAIL.composeRoot) ?? scheduleCompose();

  const scheduleCompose = (): Element | null => {
    for (const arrow of doc.querySelectorAll(GMAIL.scheduleArrow.join(', '))) {
      if (arrow.getAttribute('aria-expanded') === 'true') return composeOf(arrow);
    }
    const opener = scheduleOpener?.deref();
    return opener?.isConnected ? opener : null;
  };

  /** Every compose on the page, once each (`div.M9` holds the `[data-compose-id]` region). */
  const composeRoots = (): Element[] => [
    ...new Set(
      Array.from(doc.querySelectorAll(GMAIL.composeRoot.join(', ')), (el) => closestAny(el, GMAIL.composeRoot)!),
    ),
  ];

  /** The "Schedule send" dialog around `el`: a `[role=dialog]` that is not itself a compose window. */
  const scheduleDialogOf = (el: Element): Element | null => {
    const dialog = el.closest('[role="dialog"]');
    return dialog && !dialog.querySelector(GMAIL.composeRoot.join(', ')) ? dialog : null;
  };

  /**
   * The control in the "Schedule send" dialog that schedules the mail (a preset, or the picker's
   * own button), if `el` is in one. "Pick date & time" and Cancel schedule nothing.
   */
  const scheduleControlOf = (el: Element): { control: Element; kind: 'preset' | 'picker' } | null => {
    const dialog = scheduleDialogOf(el);
    if (!dialog) return null;
    const preset = el.closest('[role="menuitem"]');
    if (preset && dialog.contains(preset) && GMAIL.schedulePreset.some((s) => preset.matches(s)))
      return { control: preset, kind: 'preset' };
    const button = el.closest('button');
    if (!button || !dialog.contains(button)) return null;
    if (button.matches(GMAIL.schedulePickerSend[0]!)) return { control: button, kind: 'picker' };
    // Class renamed: the last button while the picker shows its two inputs (date, time).
    const fallback = button.matches(GMAIL.schedulePickerSend[1]!) && dialog.querySelectorAll('input').length === 2;
    return fallback ? { control: button, kind: 'picker' } : null;
  };

  /** The compose a "Schedule send" dialog belongs to: the one holding it, else the one that opened it. */
  const scheduleDialogCompose = (dialog: Element): Element | null => {
    const holder = closestAny(dialog, GMAIL.composeRoot);
    if (holder) return holder;
    const opener = scheduleOpener?.deref();
    if (opener?.isConnected) return opener;
    // Opened before the extension was watching: only a page with one compose says whose it is.
    const roots = composeRoots();
    return roots.length === 1 ? roots[0]! : null;
  };

  /**
   * Where a synthetic press must land: the node the user's pointer would hit at the control's
   * centre when that is inside it, else its innermost first descendant (probes 2026-05: Gmail's
   * delegated handler hit-tests, and a press on the wrapper "fails silently").
   */
  const innermost = (control: Element): Element => {
    const box = control.getBoundingClientRect();
    const hit =
      typeof doc.elementFromPoint === 'function'
        ? doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        : null;
    if (hit && control.contains(hit)) return hit;
    let node = control;
    while (node.firstElementChild) node = node.firstElementChild;
    return node;
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
    composeWindowOf: (compose) => compose.parentElement?.closest(GMAIL.composeWindow) ?? compose,

    classify(event: Event): SendAttempt | null {
      const input = inputTarget(event);
      if (!input) return null;
      const { el } = input;

      // Choosing "Schedule send" only opens the dialog: remember whose it is, let Gmail open it.
      const item = el.closest(GMAIL.scheduleItem);
      if (item) {
        const opener = scheduleComposeOf(item);
        if (opener) scheduleOpener = new WeakRef(opener);
        return null;
      }
      const scheduling = scheduleControlOf(el);
      if (scheduling) {
        const dialog = scheduleDialogOf(scheduling.control)!;
        const compose = scheduleDialogCompose(dialog);
        if (!compose) return null;
        const { control, kind } = scheduling;
        let decisive: boolean;
        if (input.mouse) {
          // A preset acts on the press (like the menu item), the picker's button on its click.
          decisive = event.type === (kind === 'preset' ? 'mouseup' : 'click');
        } else {
          const key = event as KeyboardEvent;
          // Enter or Space on a focused <button> become its click; a preset row acts on the key.
          if (kind === 'picker' || (key.key !== 'Enter' && key.key !== ' ')) return null;
          decisive = event.type === 'keydown';
        }
        scheduleChoice = new WeakRef(control);
        return { compose, action: 'schedule', decisive };
      }

      if (input.mouse) {
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
        // The preset or picker button that was chosen, still on screen, in this compose's dialog.
        const control = scheduleChoice?.deref();
        const dialog = control?.isConnected && isShown(control) ? scheduleDialogOf(control) : null;
        if (!control || !dialog || scheduleDialogCompose(dialog) !== compose) return false;
        pressFully(innermost(control));
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
