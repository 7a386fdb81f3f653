import type { Draft } from '../../draft';
import { isAddress, parseRecipient } from '../../policy/address';
import type { ComposeDiagnosis, HostAdapter, Recipients, SendAttempt, Shortcut } from '../adapter';
import { PageNotUnderstood } from '../adapter';
import { closestAny, editorText, firstMatch, registryCounts, simulateClick, inputTarget } from '../dom';
import { OUTLOOK } from './selectors';

const ANY_ROOT = OUTLOOK.composeRoot.join(', ');
const ANY_BODY = OUTLOOK.body.join(', ');
const ANY_SEND = OUTLOOK.sendButton.join(', ');
/**
 * What separates an address from the other text around it (a chip's label or tooltip). The text
 * is split on it and each piece checked, never searched with one pattern: a correspondent chooses
 * their own display name, and a search for "x@y.z" anywhere backtracks cubically on `a@a@a@...`.
 */
const ADDRESS_IN_TEXT = /[\s<>"'(),;:]+/;
/** No address is longer (RFC 5321: 64 + 1 + 255). */
const MAX_ADDRESS = 320;

/** The first address in a piece of text, without a sentence's trailing dots. */
function addressIn(text: string): string | undefined {
  for (const piece of text.split(ADDRESS_IN_TEXT)) {
    let end = piece.length;
    while (end > 0 && piece[end - 1] === '.') end--;
    const candidate = piece.slice(0, end);
    if (candidate.length <= MAX_ADDRESS && isAddress(candidate)) return candidate;
  }
  return undefined;
}

type Field = keyof Recipients;

export function createOutlookAdapter(doc: Document): HostAdapter {
  /** The draft whose "More send options" was pressed last: the schedule picker belongs to it. */
  let scheduleOpener: WeakRef<Element> | null = null;

  /**
   * The draft an element belongs to: the widest compose root around it that still holds a single
   * message body, so a Send button rendered beside `docking_InitVisiblePart_*` rather than in it
   * still finds its draft. If OWA renames every root, and only for an element of a draft (its
   * body, a recipient well, Send), the smallest ancestor holding one body and a Send button.
   */
  const composeOf = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let node = closestAny(el, OUTLOOK.composeRoot); node;) {
      if (node.querySelectorAll(ANY_BODY).length > 1) break;
      found = node;
      node = node.parentElement?.closest(ANY_ROOT) ?? null;
    }
    if (found) return found;
    if (!el.closest(`${ANY_BODY}, ${ANY_SEND}, ${OUTLOOK.well}`)) return null;
    for (let node: Element | null = el; node && node !== doc.body; node = node.parentElement) {
      const bodies = node.querySelectorAll(ANY_BODY).length + (node.matches(ANY_BODY) ? 1 : 0);
      if (bodies > 1) return null;
      if (bodies === 1 && node.querySelector(ANY_SEND)) return node;
    }
    return null;
  };

  const bodyOf = (compose: Element): HTMLElement | null => firstMatch<HTMLElement>(compose, OUTLOOK.body);

  const wellsOf = (compose: Element): HTMLElement[] => {
    const body = bodyOf(compose);
    return Array.from(compose.querySelectorAll<HTMLElement>(OUTLOOK.well)).filter(
      (well) => !(body && body.contains(well)) && !well.parentElement?.closest('[contenteditable="true"]'),
    );
  };

  const labelOf = (el: Element): string => {
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled
      ? labelled
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    return (el.getAttribute('aria-label') ?? byId).trim().toLowerCase();
  };

  /** The field of the `[role=group]` row a well sits in (id suffix `_TO`, `_CC`, `_BCC`), if any. */
  const rowFieldOf = (well: HTMLElement): Field | null => {
    for (const field of ['to', 'cc', 'bcc'] as const) if (well.closest(OUTLOOK.row[field])) return field;
    return null;
  };

  /**
   * Which field each well is: by its row's id suffix when every well has one (language-independent,
   * docs/real-markup.md); otherwise To, Cc, Bcc in document order, a well named like Bcc in a known language being Bcc.
   */
  const fieldsOf = (wells: HTMLElement[]): Field[] => {
    const byRow = wells.map(rowFieldOf);
    if (byRow.every((f) => f !== null)) return byRow as Field[];
    let ccTaken = false;
    return wells.map((well, i) => {
      if (i === 0) return 'to';
      if ((OUTLOOK.bccLabels as readonly string[]).includes(labelOf(well)) || ccTaken) return 'bcc';
      ccTaken = true;
      return 'cc';
    });
  };

  /**
   * A chip as a recipient string: `Name <address>`, a bare address, or a name alone when OWA
   * shows nothing more (it often hides addresses: docs/hosts/outlook.md, "Recipients"). An address in the chip's label or
   * tooltip (a resolved chip's `aria-label` is its address, probe 2026-10) completes a name.
   */
  const chipValue = (chip: Element): string => {
    const shown = (chip.querySelector(OUTLOOK.chipText)?.textContent ?? chip.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const parsed = parseRecipient(shown);
    if (parsed.address) return parsed.name ? `${parsed.name} <${parsed.address}>` : parsed.address;
    const hints = [chip, ...Array.from(chip.querySelectorAll('[aria-label], [title]'))].flatMap((e) => [
      e.getAttribute('aria-label') ?? '',
      e.getAttribute('title') ?? '',
    ]);
    const address = hints.map(addressIn).find((a) => a !== undefined);
    if (address) return parsed.name ? `${parsed.name} <${address.toLowerCase()}>` : address.toLowerCase();
    return parsed.name ?? '';
  };

  /** Chips at any depth in a well, outermost only (a chip's own parts are not chips). */
  const chipsIn = (well: HTMLElement): Element[] =>
    Array.from(well.querySelectorAll(OUTLOOK.chip)).filter((chip) => {
      for (let node = chip.parentElement; node && node !== well; node = node.parentElement) {
        if (node.matches(OUTLOOK.chip)) return false;
      }
      return true;
    });

  /** The text of a well outside its chips, a chip counting as a separator. */
  const typedText = (node: Node, chips: Set<Element>): string => {
    let text = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child instanceof Element)
        text += chips.has(child) || child.localName === 'br' ? ' ; ' : typedText(child, chips);
    }
    return text;
  };

  /** Recipients in typed text: `Name <address>` and bare addresses, split at `,` and `;`. */
  const typedValues = (text: string): string[] => {
    const values: string[] = [];
    for (const part of text.replace(/\u00a0/g, ' ').split(/[,;]/)) {
      const trimmed = part.trim();
      const parsed = parseRecipient(trimmed);
      if (parsed.address && /<[^<>]+>$/.test(trimmed) && isAddress(parsed.address)) {
        values.push(parsed.name ? `${parsed.name} <${parsed.address}>` : parsed.address);
        continue;
      }
      for (const token of trimmed.split(/\s+/)) if (isAddress(token)) values.push(token.toLowerCase());
    }
    return values;
  };

  const distinct = (values: string[]): string[] => {
    const seen = new Set<string>();
    return values.filter((value) => {
      const key = (parseRecipient(value).address ?? value).toLowerCase();
      if (!value || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const wellValues = (well: HTMLElement): string[] => {
    const chips = chipsIn(well);
    // Typed but not yet a chip: OWA resolves it on Send, so an address there is a recipient.
    return distinct([...chips.map(chipValue), ...typedValues(typedText(well, new Set(chips)))]);
  };

  const outsideEditor = (compose: Element, el: Element): boolean => {
    const body = bodyOf(compose);
    return !(body && body.contains(el)) && !el.closest('[contenteditable="true"]') && !el.closest(OUTLOOK.toolbar);
  };

  /**
   * The `Name <address>` spans of a collapsed reply header (docs/real-markup.md), as To recipients. Only inside
   * the draft's own `docking_InitVisiblePart_` root: a wider root may hold the message being
   * replied to, whose header names other people.
   */
  const collapsedValues = (compose: Element): string[] => {
    const draftRoot = OUTLOOK.composeRoot[0];
    const scope = compose.matches(draftRoot) ? compose : (compose.querySelector(draftRoot) ?? compose);
    const values: string[] = [];
    for (const span of scope.querySelectorAll(OUTLOOK.collapsedRecipient)) {
      if (span.children.length > 0 || !outsideEditor(compose, span)) continue;
      const text = (span.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/[;,]$/, '').trim();
      const parsed = parseRecipient(text);
      if (parsed.address && isAddress(parsed.address) && (text.includes('<') || isAddress(text))) {
        values.push(parsed.name ? `${parsed.name} <${parsed.address}>` : parsed.address);
      }
    }
    return distinct(values);
  };

  /** Headers already offered a `focusin`: once each, so a header that never opens is not poked forever. */
  const triedHeaders = new WeakSet<Element>();

  /** Briskine's way to open a collapsed header: `focusin` on it (a synthetic click does nothing). */
  const expandHeader = (compose: Element): void => {
    for (const header of Array.from(compose.querySelectorAll(OUTLOOK.collapsedHeader))) {
      if (!outsideEditor(compose, header) || triedHeaders.has(header)) continue;
      triedHeaders.add(header);
      header.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
  };

  const fromWells = (wells: HTMLElement[]): Recipients => {
    const recipients: Recipients = { to: [], cc: [], bcc: [] };
    const fields = fieldsOf(wells);
    wells.forEach((well, i) => recipients[fields[i]!].push(...wellValues(well)));
    return recipients;
  };

  const readRecipients = (compose: Element): Recipients => {
    const wells = wellsOf(compose);
    if (wells.length > 0) return fromWells(wells);
    // A reply in the reading pane: read the collapsed header; expand it only when that fails.
    const collapsed = collapsedValues(compose);
    if (collapsed.length > 0) return { to: collapsed, cc: [], bcc: [] };
    expandHeader(compose);
    const expanded = wellsOf(compose);
    if (expanded.length > 0) return fromWells(expanded);
    throw new PageNotUnderstood(
      'no recipient field found in the Outlook compose form, and its header could not be read',
    );
  };

  const isSendButton = (el: Element): boolean => OUTLOOK.sendButton.some((s) => el.matches(s));

  const subjectOf = (compose: Element): string => {
    const inputs = Array.from(compose.querySelectorAll<HTMLInputElement>(OUTLOOK.subject)).filter(
      (input) => !input.closest(OUTLOOK.well),
    );
    return inputs.at(-1)?.value ?? '';
  };

  // OWA's Encrypt / Do Not Forward marker is hypothetical (selectors.ts `protectionBar`): a guessed
  // marker must never switch the encryption check off, so every Outlook draft reads as `tls` until
  // the marker is verified against a tenant with Purview Message Encryption.
  const encryptionOf = (): Draft['encryption'] => 'tls';

  const shortcutOf = (key: KeyboardEvent): Shortcut => ({
    key: key.key,
    code: key.code,
    altKey: key.altKey,
    ctrlKey: key.ctrlKey,
    metaKey: key.metaKey,
    shiftKey: key.shiftKey,
  });

  /**
   * The user's own address, so a copy to oneself is not "another recipient". Its source is
   * unverified (selectors.ts), so it may only ever remove that one name: anything odd (several
   * matches, text that is not one address, a match inside a compose or an editor, where pasted
   * markup could carry the id) reads as unknown, and every recipient stays in the warning.
   */
  const ownAddress = (): string | undefined => {
    const found = doc.querySelectorAll(OUTLOOK.ownAddress);
    if (found.length !== 1) return undefined;
    const el = found[0]!;
    // Microsoft's header, never the mail: not in a compose, an editor or the main (reading) area.
    if (closestAny(el, OUTLOOK.composeRoot) || el.closest('[contenteditable], [role="main"]')) return undefined;
    const text = (el.textContent ?? '').trim();
    return isAddress(text) ? text : undefined;
  };

  return {
    host: 'outlook',
    composeOf,

    classify(event: Event): SendAttempt | null {
      const input = inputTarget(event);
      if (!input) return null;
      const { el } = input;

      if (input.mouse) {
        // React acts on the click, whatever made it: a mouse, or Enter/Space on the focused
        // <button> (the browser turns those into a click), so keys on the button are not watched.
        const button = el.closest('button, [role="button"]');
        if (button?.matches(OUTLOOK.moreSendOptions)) {
          const opener = composeOf(button);
          if (opener) scheduleOpener = new WeakRef(opener);
          return null;
        }
        if (button?.matches(OUTLOOK.schedulePickerSend)) {
          const opener = scheduleOpener?.deref();
          return opener?.isConnected ? { compose: opener, action: 'schedule', decisive: event.type === 'click' } : null;
        }
        const compose = button && isSendButton(button) ? composeOf(button) : null;
        return compose ? { compose, action: 'send', decisive: event.type === 'click' } : null;
      }

      const key = event as KeyboardEvent;
      const down = event.type === 'keydown';
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey) {
        // Ctrl+Enter sends from anywhere in the compose form (docs/hosts/outlook.md, "Send").
        const compose = composeOf(el);
        return compose ? { compose, action: 'send', decisive: down } : null;
      }
      if ((key.key === 's' || key.key === 'S') && key.altKey && !key.ctrlKey && !key.metaKey) {
        // Alt+S sends only with the Outlook shortcut set switched on (docs/hosts/outlook.md,
        // "Send"): replayed rather than pressing Send, so where it is not a send it still sends
        // nothing.
        const compose = composeOf(el);
        return compose ? { compose, action: 'send', decisive: down, shortcut: shortcutOf(key) } : null;
      }
      return null;
    },

    composeKey(compose) {
      const id = compose.id || compose.querySelector('[id^="docking_InitVisiblePart_"], [id^="editorParent_"]')?.id;
      return id ? `id:${id}` : null;
    },

    findCompose(key) {
      const el = key.startsWith('id:') ? doc.getElementById(key.slice(3)) : null;
      return el ? composeOf(el) : null;
    },

    readRecipients,

    readDraft(compose): Draft {
      const body = bodyOf(compose);
      if (!body) throw new PageNotUnderstood('no message body found in the Outlook compose form');
      const from = ownAddress();
      return {
        ...readRecipients(compose),
        ...(from ? { from } : {}),
        subject: subjectOf(compose),
        body: editorText(body, OUTLOOK.bodyExcluded, OUTLOOK.quoteStart),
        encryption: encryptionOf(),
        host: 'outlook',
      };
    },

    resend(compose, action, shortcut) {
      if (shortcut) {
        const target = bodyOf(compose) ?? compose;
        for (const type of ['keydown', 'keyup']) {
          target.dispatchEvent(
            new KeyboardEvent(type, { ...shortcut, bubbles: true, cancelable: true, composed: true }),
          );
        }
        return true;
      }
      // Any click on Send sends (React delegation: docs/hosts/outlook.md, "Send"); find the current button,
      // since OWA re-renders its toolbar. A schedule is sent by the picker's own Send.
      const button =
        action === 'schedule'
          ? doc.querySelector<HTMLElement>(OUTLOOK.schedulePickerSend)
          : firstMatch<HTMLElement>(compose, OUTLOOK.sendButton);
      if (!button) return false;
      simulateClick(button);
      return true;
    },

    focusBody(compose) {
      bodyOf(compose)?.focus();
    },

    // The compose root is the whole form, its command bar included (docs/hosts/outlook.md).
    composeWindowOf: (compose) => compose,

    // In an Outlook compose the Send button, the toolbar, the wells and the subject all come before
    // the body (as the fixtures in tests/fixtures/outlook copy it): from the body's top to the
    // compose's bottom none of the host's controls is in the way.
    badgeRoom(compose) {
      const top = bodyOf(compose)?.getBoundingClientRect().top;
      const box = compose.getBoundingClientRect();
      return top === undefined ? null : new DOMRect(box.left, top, box.width, box.bottom - top);
    },

    diagnose() {
      const composes = new Set<Element>();
      for (const el of doc.querySelectorAll(`${ANY_ROOT}, ${ANY_BODY}`)) {
        const compose = composeOf(el);
        if (compose) composes.add(compose);
      }
      const found: ComposeDiagnosis[] = [...composes].map((compose) => {
        let recipients = true;
        try {
          readRecipients(compose);
        } catch {
          recipients = false;
        }
        const subject = subjectOf(compose) !== '' || compose.querySelector(OUTLOOK.subject) !== null;
        const body = bodyOf(compose) !== null;
        const send = firstMatch(compose, OUTLOOK.sendButton) !== null;
        const problems = [
          ...(recipients ? [] : ['recipients: no To/Cc/Bcc row or well, and no readable collapsed header']),
          ...(body ? [] : ['body: no message editor']),
          ...(send ? [] : ['send: no Send button in the compose send container']),
        ];
        return { compose, recipients, subject, body, send, problems };
      });
      return { composes: found, registry: registryCounts(doc, OUTLOOK, ['bccLabels']) };
    },
  };
}
