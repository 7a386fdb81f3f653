// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModalLayers, OpenLayer } from '../../../../lib/ui/modal-layer';
import { createModalLayers, focusIn } from '../../../../lib/ui/modal-layer';
import { fromHtml } from '../../support/html';

let controller: AbortController;
let layers: ModalLayers;
let pageKeys: string[];
let pageClicks: number;
const onPageKey = (e: Event) => pageKeys.push(`${e.type}:${(e as KeyboardEvent).key}`);
const onPageClick = () => void pageClicks++;

const key = (k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, key: k, ...init });

function openWithButtons(onEscape = vi.fn()): {
  layer: OpenLayer;
  buttons: HTMLButtonElement[];
  onEscape: typeof onEscape;
} {
  const layer = layers.open({ css: '.x{}', onEscape, label: 'Check before sending' });
  const buttons = ['edit', 'send-anyway', 'third'].map((name) => {
    const b = document.createElement('button');
    b.dataset.action = name;
    b.textContent = name;
    return b;
  });
  layer.container.append(...buttons);
  return { layer, buttons, onEscape };
}

const shadowActive = () => document.querySelector('between-sessions-layer')?.shadowRoot?.activeElement ?? null;

beforeEach(() => {
  document.body.replaceChildren(
    fromHtml('<textarea id="page-input"></textarea><button id="page-button">page</button>'),
  );
  pageKeys = [];
  pageClicks = 0;
  controller = new AbortController();
  // Open only so the test can look inside; the page gets a closed root (tested below).
  layers = createModalLayers(window, controller.signal, { shadow: 'open' });
  document.addEventListener('keydown', onPageKey);
  window.addEventListener('keydown', onPageKey); // bubble phase on window: also a page listener
  document.addEventListener('click', onPageClick);
});

afterEach(() => {
  controller.abort();
  document.removeEventListener('keydown', onPageKey);
  window.removeEventListener('keydown', onPageKey);
  document.removeEventListener('click', onPageClick);
  document.body.replaceChildren();
});

describe('modal layer', () => {
  it('on the page, the shadow root is closed: a page script cannot reach inside', () => {
    const closed = createModalLayers(window, controller.signal).open({
      css: '.x{}',
      onEscape: () => undefined,
      label: 'Check before sending',
    });
    const host = document.querySelector('between-sessions-layer')!;
    expect(host.shadowRoot).toBeNull();
    expect(closed.container.isConnected).toBe(true);
    closed.close();
  });

  it('renders into a shadow root attached to the page', () => {
    const { layer } = openWithButtons();
    const host = document.querySelector('between-sessions-layer')!;
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot!.contains(layer.container)).toBe(true);
    expect(host.getAttribute('aria-label')).toBe('Check before sending');
  });

  it('keeps keys away from page listeners while open', () => {
    openWithButtons();
    document.dispatchEvent(key('c'));
    document.getElementById('page-input')!.dispatchEvent(key('Enter', { ctrlKey: true }));
    expect(pageKeys).toEqual([]);
  });

  it('keeps key presses inside the dialog away from the page too, without cancelling them', () => {
    const { buttons } = openWithButtons();
    const event = key('Enter');
    buttons[0]!.dispatchEvent(event);
    expect(pageKeys).toEqual([]);
    expect(event.defaultPrevented).toBe(false); // Enter on a focused button must still press it
  });

  it('keeps clicks inside the dialog away from the page', () => {
    const { buttons } = openWithButtons();
    const clicked = vi.fn();
    buttons[1]!.addEventListener('click', clicked);
    buttons[1]!.click();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(pageClicks).toBe(0);
  });

  it('calls onEscape for Escape', () => {
    const { onEscape } = openWithButtons();
    const event = key('Escape');
    document.dispatchEvent(event);
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it("cycles Tab and Shift+Tab among the layer's buttons", () => {
    const { layer, buttons } = openWithButtons();
    focusIn(layer.container, '[data-action="edit"]');
    expect(shadowActive()).toBe(buttons[0]);
    document.dispatchEvent(key('Tab'));
    expect(shadowActive()).toBe(buttons[1]);
    document.dispatchEvent(key('Tab'));
    expect(shadowActive()).toBe(buttons[2]);
    document.dispatchEvent(key('Tab'));
    expect(shadowActive()).toBe(buttons[0]);
    document.dispatchEvent(key('Tab', { shiftKey: true }));
    expect(shadowActive()).toBe(buttons[2]);
  });

  it('isOwn is true for events inside the layer and false for page events', () => {
    const { buttons } = openWithButtons();
    const results: boolean[] = [];
    const listener = (e: Event) => results.push(layers.isOwn(e));
    window.addEventListener('click', listener, { capture: true });
    buttons[0]!.click();
    document.getElementById('page-button')!.click();
    window.removeEventListener('click', listener, { capture: true });
    expect(results).toEqual([true, false]);
  });

  it('gives keys back to the page after close', () => {
    const { layer, onEscape } = openWithButtons();
    layer.close();
    expect(document.querySelector('between-sessions-layer')).toBeNull();
    document.dispatchEvent(key('c'));
    document.dispatchEvent(key('Escape'));
    expect(pageKeys).toEqual(['keydown:c', 'keydown:c', 'keydown:Escape', 'keydown:Escape']);
    expect(onEscape).not.toHaveBeenCalled();
  });

  it('a second open replaces the first, and the first close() then leaves the second alone', () => {
    const first = openWithButtons();
    const second = openWithButtons();
    expect(document.querySelectorAll('between-sessions-layer')).toHaveLength(1);
    first.layer.close();
    expect(document.querySelectorAll('between-sessions-layer')).toHaveLength(1);
    document.dispatchEvent(key('Escape'));
    expect(second.onEscape).toHaveBeenCalledTimes(1);
    expect(first.onEscape).not.toHaveBeenCalled();
  });

  it('removes the layer and stops holding keys when its signal is aborted', () => {
    openWithButtons();
    controller.abort();
    expect(document.querySelector('between-sessions-layer')).toBeNull();
    document.dispatchEvent(key('c'));
    expect(pageKeys).toEqual(['keydown:c', 'keydown:c']);
  });

  it('an overlay the page removed holds nothing: keys reach the page, isOpen is false', () => {
    const { layer } = openWithButtons();
    document.querySelector('between-sessions-layer')!.remove();
    expect(layer.isOpen()).toBe(false);
    document.dispatchEvent(key('c'));
    expect(pageKeys).toEqual(['keydown:c', 'keydown:c']);
  });

  it('a held Enter (auto-repeat) never presses a button of the dialog', () => {
    const { buttons } = openWithButtons();
    const repeat = key('Enter', { repeat: true });
    buttons[1]!.dispatchEvent(repeat);
    expect(repeat.defaultPrevented).toBe(true);
    const fresh = key('Enter');
    buttons[1]!.dispatchEvent(fresh);
    expect(fresh.defaultPrevented).toBe(false);
  });
});
