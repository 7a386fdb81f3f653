/** Small DOM helpers shared by host adapters. They know no host. */

export function firstMatch<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector as string);
    if (found) return found;
  }
  return null;
}

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The element an event is about (a text node's parent for odd targets). */
export function targetElement(event: Event): Element | null {
  const target = event.composedPath()[0] ?? event.target;
  if (target instanceof Element) return target;
  if (target instanceof Node) return target.parentElement;
  return null;
}

const MOUSE_EVENTS = new Set(['mousedown', 'mouseup', 'click']);
const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup']);

/**
 * What a send classifier looks at first: the element a mouse event of the primary button or a
 * key event is about, and which of the two it is. Null for every other event.
 */
export function inputTarget(event: Event): { el: Element; mouse: boolean } | null {
  const mouse = MOUSE_EVENTS.has(event.type);
  if (!mouse && !KEY_EVENTS.has(event.type)) return null;
  if (mouse && (event as MouseEvent).button !== 0) return null;
  const el = targetElement(event);
  return el ? { el, mouse } : null;
}

export function isShown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/**
 * The text of an editor as the user reads it: line breaks for blocks and <br>, without the parts
 * matching `excluded` (quoted reply, signature), and nothing from the first element matching
 * `stopAt` on (Outlook puts the quoted original after a marker, not inside one). Works on live or
 * detached nodes (no layout).
 */
export function editorText(root: Element, excluded: string, stopAt?: string): string {
  const parts: string[] = [];
  let stopped = false;
  const newline = () => {
    if (parts.length > 0 && !parts[parts.length - 1]!.endsWith('\n')) parts.push('\n');
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (stopped) return;
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.textContent ?? '');
      } else if (child instanceof Element) {
        if (stopAt && child.matches(stopAt)) {
          stopped = true;
          return;
        }
        if (child.matches(excluded)) continue;
        const tag = child.localName;
        if (tag === 'br') {
          parts.push('\n');
        } else if (tag === 'script' || tag === 'style' || tag === 'template') {
          continue;
        } else if (BLOCKS.has(tag)) {
          newline();
          walk(child);
          newline();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  return (
    parts
      .join('')
      .replace(/\u00a0/g, ' ')
      .split('\n')
      // trimEnd, not /\s+$/: that pattern retries from every space of a long run (quadratic).
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function mouse(el: Element, type: string): MouseEvent {
  const box = el.getBoundingClientRect();
  return new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: el.ownerDocument.defaultView,
    button: 0,
    buttons: type === 'mousedown' ? 1 : 0,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
  });
}

/**
 * The whole sequence a pointing device makes, pointer events included, at the element's centre.
 * Gmail's schedule-send item and the presets of its "Schedule send" dialog act only on that,
 * dispatched on their innermost node; anything less "fails silently" (probe 2026-05,
 * docs/real-markup.md).
 */
export function pressFully(el: Element): void {
  const sequence = [
    'pointerover',
    'pointerenter',
    'mouseover',
    'mouseenter',
    'pointerdown',
    'mousedown',
    'pointerup',
    'mouseup',
    'click',
  ];
  for (const type of sequence) {
    const bubbles = !type.endsWith('enter'); // enter events do not bubble
    if (!type.startsWith('pointer')) {
      const m = mouse(el, type);
      el.dispatchEvent(bubbles ? m : new MouseEvent(type, { ...mouseInit(m), bubbles: false }));
      continue;
    }
    const m = mouse(el, type);
    const init = {
      bubbles,
      cancelable: true,
      composed: true,
      view: m.view,
      button: 0,
      clientX: m.clientX,
      clientY: m.clientY,
    };
    el.dispatchEvent(
      typeof PointerEvent === 'function'
        ? new PointerEvent(type, {
            ...init,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            buttons: type === 'pointerdown' ? 1 : 0,
          })
        : new MouseEvent(type, init),
    );
  }
}

function mouseInit(m: MouseEvent): MouseEventInit {
  const { cancelable, composed, view, button, buttons, clientX, clientY } = m;
  return { cancelable, composed, view, button, buttons, clientX, clientY };
}

/** Dispatches mouse events of the given types on an element, in order, as a user's hand would. */
export function dispatchMouse(el: Element, types: readonly string[]): void {
  for (const type of types) el.dispatchEvent(mouse(el, type));
}

/**
 * A full click as a user makes it, for hosts that act only after mousedown and mouseup (Gmail's
 * Closure buttons: a bare `el.click()` sends nothing, gmail.js #237; InboxSDK `simulateClick`).
 * Hosts that act on any click (Outlook's React) take it just as well.
 */
export function simulateClick(el: Element): void {
  dispatchMouse(el, ['mouseover', 'mousedown', 'mouseup', 'click']);
}

/**
 * Every selector of a host registry, flattened to `name` → selector (a list's entries as
 * `name[i]`, a selector function taken for the To field), skipping entries that are not selectors.
 */
export function registryEntries(registry: object, skip: readonly string[] = [], prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(registry)) {
    const name = prefix + key;
    if (skip.includes(name)) continue;
    if (typeof value === 'string') out.push([name, value]);
    else if (Array.isArray(value))
      value.forEach((s: unknown, i) => typeof s === 'string' && out.push([`${name}[${i}]`, s]));
    else if (typeof value === 'function')
      out.push([`${name}(to)`, String((value as (field: string) => unknown)('to'))]);
    else if (value && typeof value === 'object') out.push(...registryEntries(value, skip, `${name}.`));
  }
  return out;
}

/** How many elements each registry entry matches in the document (-1 for a selector it rejects). */
export function registryCounts(doc: Document, registry: object, skip: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, selector] of registryEntries(registry, skip)) {
    try {
      counts[name] = doc.querySelectorAll(selector).length;
    } catch {
      counts[name] = -1;
    }
  }
  return counts;
}
