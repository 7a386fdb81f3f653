import type { Draft } from '../../draft';
import { isAddress, parseRecipient } from '../../policy/address';
import type { HostAdapter, Recipients, SendAttempt, Shortcut } from '../adapter';
import { PageNotUnderstood } from '../adapter';
import { closestAny, editorText, firstMatch, isShown, simulateClick, inputTarget } from '../dom';
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
  /**
   * The draft an element belongs to: the widest compose root around it that still holds a single
   * message body, so a Send button rendered beside `docking_InitVisiblePart_*` rather than in it
   * still finds its draft. If OWA renames every root, and only for an element of a draft (its
   * body, a recipient well, Send), the smallest ancestor holding one body and a Send button.
   */
  const composeOf = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let node = closestAny(el, OUTLOOK.composeRoot); node; ) {
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

  /** To, Cc, Bcc in document order (docs/hosts/outlook.md, "Recipients"); a well named like Bcc in a known language is Bcc. */
  const fieldsOf = (wells: HTMLElement[]): Field[] => {
    let ccTaken = false;
    return wells.map((well, i) => {
      if (i === 0) return 'to';
      if ((OUTLOOK.bccLabels as readonly string[]).includes(labelOf(well)) || ccTaken) return 'bcc';
      ccTaken = true;
      return 'cc';
    });
  };

  /**
   * A chip as a recipient string: `Name <address>`, a bare address, or a name alone when OWA shows
   * nothing more (it often hides addresses: docs/hosts/outlook.md, "Recipients"). An address in the
   * chip's label or tooltip completes a name-only chip.
   */
  const chipValue = (chip: Element): string => {
    const shown = (chip.querySelector(OUTLOOK.chipText)?.textContent ?? chip.textContent ?? '').replace(/\s+/g, ' ').trim();
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

  const wellValues = (well: HTMLElement): string[] => {
    const chips = new Set(Array.from(well.querySelectorAll(OUTLOOK.chip)));
    const values: string[] = [];
    const seen = new Set<string>();
    const add = (value: string) => {
      const key = (parseRecipient(value).address ?? value).toLowerCase();
      if (!value || seen.has(key)) return;
      seen.add(key);
      values.push(value);
    };
    let typed = '';
    for (const node of Array.from(well.childNodes)) {
      if (node instanceof Element && chips.has(node)) add(chipValue(node));
      else typed += ` ${node.textContent ?? ''}`;
    }
    // Typed but not yet a chip: OWA resolves it on Send, so an address there is a recipient.
    for (const token of typed.split(/[\s,;]+/)) if (isAddress(token)) add(token.toLowerCase());
    return values;
  };

  const readRecipients = (compose: Element): Recipients => {
    const wells = wellsOf(compose);
    if (wells.length === 0) throw new PageNotUnderstood('no recipient field found in the Outlook compose form');
    const recipients: Recipients = { to: [], cc: [], bcc: [] };
    const fields = fieldsOf(wells);
    wells.forEach((well, i) => recipients[fields[i]!].push(...wellValues(well)));
    return recipients;
  };

  const isSendButton = (el: Element): boolean => OUTLOOK.sendButton.some((s) => el.matches(s));

  const subjectOf = (compose: Element): string => {
    const inputs = Array.from(compose.querySelectorAll<HTMLInputElement>(OUTLOOK.subject)).filter(
      (input) => !input.closest(OUTLOOK.well),
    );
    return inputs.at(-1)?.value ?? '';
  };

  const encryptionOf = (compose: Element): Draft['encryption'] =>
    Array.from(compose.querySelectorAll(OUTLOOK.protectionBar)).some(isShown) ? 'e2e' : 'tls';

  const shortcutOf = (key: KeyboardEvent): Shortcut => ({
    key: key.key,
    code: key.code,
    altKey: key.altKey,
    ctrlKey: key.ctrlKey,
    metaKey: key.metaKey,
    shiftKey: key.shiftKey,
  });

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
      return {
        ...readRecipients(compose),
        subject: subjectOf(compose),
        body: editorText(body, OUTLOOK.bodyExcluded, OUTLOOK.quoteStart),
        encryption: encryptionOf(compose),
        host: 'outlook',
      };
    },

    resend(compose, _action, shortcut) {
      if (shortcut) {
        const target = bodyOf(compose) ?? compose;
        for (const type of ['keydown', 'keyup']) {
          target.dispatchEvent(new KeyboardEvent(type, { ...shortcut, bubbles: true, cancelable: true, composed: true }));
        }
        return true;
      }
      // Any click on Send sends (React delegation: docs/hosts/outlook.md, "Send"); find the current button,
      // since OWA re-renders its toolbar.
      const button = firstMatch<HTMLElement>(compose, OUTLOOK.sendButton);
      if (!button) return false;
      simulateClick(button);
      return true;
    },

    focusBody(compose) {
      bodyOf(compose)?.focus();
    },
  };
}
