// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../../../../lib/hosts/adapter';
import { PageNotUnderstood } from '../../../../../lib/hosts/adapter';
import { createGmailAdapter } from '../../../../../lib/hosts/gmail/adapter';
import { dispatchMouse, pressFully } from '../../../../../lib/hosts/dom';
import { classifyOn as classify, key, mouse } from '../../../support/events';
import { fakeSent, loadFakePage } from '../../../support/fake-pages';

/**
 * The Gmail adapter on the DOM the e2e fake builds (tests/fixtures/gmail/fake-gmail.js, run here
 * by the same script with the same config), so unit tests and e2e tests read one markup.
 */
let adapter: HostAdapter;
const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;
const all = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));

function load(fixture: string, extra: Record<string, unknown> = {}): HTMLElement {
  loadFakePage('gmail', fixture, extra);
  adapter = createGmailAdapter(document);
  return all('div.M9').at(-1)!;
}

/** Opens the inline reply of thread-reply (it has Send & Archive and a quoted original). */
function loadReply(extra: Record<string, unknown> = {}): HTMLElement {
  load('thread-reply', extra);
  $('span.ams.bkH[role="link"]').click();
  return all('div.M9').at(-1)!;
}

const classifyOn = (el: Element, event: Event) => classify(adapter, el, event);
/** Classifies an event and swallows it, as the guard does with an attempt: the page never sees it. */
function swallowedOn(el: Element, event: Event) {
  let result: ReturnType<HostAdapter['classify']> | undefined;
  const listener = (e: Event) => {
    result = adapter.classify(e);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  window.addEventListener(event.type, listener, { capture: true, once: true });
  el.dispatchEvent(event);
  return result;
}
/** Closure buttons act on mousedown, mouseup and click on the same control. */
const press = (el: Element) => dispatchMouse(el, ['mousedown', 'mouseup', 'click']);

/** Types into a recipient field of the fake; Enter turns it into a chip unless `commit` is false. */
function type(compose: Element, field: 'to' | 'cc' | 'bcc', text: string, commit = true) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(
    `[name="${field}"] input[role="combobox"], textarea[name="${field}"]`,
    compose,
  );
  input.value = text;
  if (commit) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

const send = (compose: Element) => $('div.dC > div.aoO[role="button"]', compose);
const arrow = (compose: Element) => $('div.hG[role="button"]', compose);
const body = (compose: Element) => $('[g_editable="true"]', compose);

/**
 * happy-dom does no layout: getClientRects() returns a rectangle for every element. Model
 * "shown" by the inline display the fake sets (its padlock, its picker), as a browser would.
 */
function layoutByDisplay() {
  const hidden = (el: Element | null): boolean =>
    !!el && ((el as HTMLElement).style?.display === 'none' || hidden(el.parentElement));
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (hidden(this) ? [] : [{}]) as unknown as DOMRectList;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('gmail adapter: classify', () => {
  it('a click on Send is a decisive send from its compose', () => {
    const compose = load('compose-peoplekit');
    expect(classifyOn(send(compose), mouse('click'))).toEqual({ compose, action: 'send', decisive: true });
  });

  it('a click on the text inside Send counts too', () => {
    const compose = load('compose-peoplekit');
    const span = document.createElement('span');
    span.textContent = 'Send';
    send(compose).replaceChildren(span);
    expect(classifyOn(span, mouse('click'))).toMatchObject({ action: 'send', decisive: true });
  });

  it('mousedown and mouseup on Send are part of the attempt but not decisive', () => {
    const compose = load('compose-peoplekit');
    expect(classifyOn(send(compose), mouse('mousedown'))).toEqual({ compose, action: 'send', decisive: false });
    expect(classifyOn(send(compose), mouse('mouseup'))).toMatchObject({ decisive: false });
  });

  it('a right click on Send is not a send', () => {
    const compose = load('compose-peoplekit');
    expect(classifyOn(send(compose), mouse('click', 2))).toBeNull();
  });

  it('a click on the schedule arrow or another toolbar button is not a send', () => {
    const compose = load('compose-peoplekit');
    expect(classifyOn(arrow(compose), mouse('click'))).toBeNull();
    expect(classifyOn($('[command="Files"]', compose), mouse('click'))).toBeNull();
    expect(classifyOn($('[name=subjectbox]', compose), mouse('click'))).toBeNull();
  });

  it('a click on Send & Archive is a send-archive; Send beside it is a send', () => {
    const compose = loadReply();
    expect(classifyOn($('div.aoO.Uo[role="button"]', compose), mouse('click'))).toEqual({
      compose,
      action: 'send-archive',
      decisive: true,
    });
    // toMatchObject passes for any element in `compose`: compare the element itself.
    const attempt = classifyOn(send(compose), mouse('click'));
    expect(attempt).toMatchObject({ action: 'send' });
    expect(attempt?.compose).toBe(compose);
  });

  it('Ctrl+Enter or Cmd+Enter in the body or the subject is a decisive send', () => {
    const compose = load('compose-peoplekit');
    const line = $('div', body(compose));
    expect(classifyOn(line, key('keydown', 'Enter', { ctrlKey: true }))).toEqual({
      compose,
      action: 'send',
      decisive: true,
    });
    expect(classifyOn(line, key('keydown', 'Enter', { metaKey: true }))).toMatchObject({ decisive: true });
    expect(classifyOn($('[name=subjectbox]', compose), key('keydown', 'Enter', { ctrlKey: true }))).toMatchObject({
      action: 'send',
      decisive: true,
    });
  });

  it('Ctrl+Enter in a recipient field is a send too (anywhere in the compose); plain Enter in the body is not', () => {
    const compose = load('compose-peoplekit');
    const to = $('[name="to"] input[role="combobox"]', compose);
    const cc = $('[name="cc"] input[role="combobox"]', compose);
    expect(classifyOn(to, key('keydown', 'Enter', { ctrlKey: true }))).toEqual({
      compose,
      action: 'send',
      decisive: true,
    });
    expect(classifyOn(cc, key('keydown', 'Enter', { metaKey: true }))).toMatchObject({ decisive: true });
    expect(classifyOn(body(compose), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn(body(compose), key('keydown', 'a', { ctrlKey: true }))).toBeNull();
  });

  it('Enter or Space keydown on the focused Send button is a decisive send; keyup is not decisive', () => {
    const compose = load('compose-peoplekit');
    expect(classifyOn(send(compose), key('keydown', 'Enter'))).toEqual({ compose, action: 'send', decisive: true });
    expect(classifyOn(send(compose), key('keydown', ' '))).toMatchObject({ action: 'send', decisive: true });
    expect(classifyOn(send(compose), key('keyup', 'Enter'))).toMatchObject({ action: 'send', decisive: false });
    expect(classifyOn(send(compose), key('keydown', 'Tab'))).toBeNull();
  });

  it('ignores events outside any compose', () => {
    load('compose-peoplekit');
    expect(classifyOn($('[gh="cm"]'), mouse('click'))).toBeNull();
    expect(classifyOn(document.body, key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
  });
});

describe('gmail adapter: Schedule send', () => {
  /** Opens the compose's menu and chooses "Schedule send", as a user's hand would (full press). */
  function openScheduleDialog(compose: Element) {
    press(arrow(compose));
    const item = $('[selector="scheduledSend"]', compose);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      // The click lands after the menu closed (nothing of the page sees it then).
      expect(classifyOn($('div.J-N-Jz', item), mouse(type)), type).toBeFalsy();
    return $('[role="dialog"][aria-label="Schedule send"]');
  }

  it('choosing the menu item only opens the dialog: that is not a send, and nothing is scheduled', () => {
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'sam.friend@example.org');
    const dialog = openScheduleDialog(compose);
    expect(dialog.querySelectorAll('[role="menuitem"].Az')).toHaveLength(4);
    expect(fakeSent()).toEqual([]);
  });

  it('a preset is a schedule for the compose that opened the dialog, decisive on mouseup; so is Enter on it', () => {
    const compose = load('compose-peoplekit');
    const preset = $('[role="menuitem"].Az:not(.AM)', openScheduleDialog(compose));
    const inner = $('.Ay', preset);
    expect(classifyOn(inner, mouse('mousedown'))).toEqual({ compose, action: 'schedule', decisive: false });
    expect(classifyOn(inner, mouse('mouseup'))).toEqual({ compose, action: 'schedule', decisive: true });
    expect(classifyOn(inner, mouse('click'))).toMatchObject({ decisive: false });
    expect(classifyOn(preset, key('keydown', 'Enter'))).toMatchObject({ action: 'schedule', decisive: true });
  });

  it('"Pick date & time" and Cancel schedule nothing; the picker\'s own button is a schedule, on its click', () => {
    layoutByDisplay();
    const compose = load('compose-peoplekit');
    const dialog = openScheduleDialog(compose);
    const pick = $('[role="menuitem"].AM', dialog);
    expect(classifyOn(pick, mouse('mouseup'))).toBeNull();
    pressFully($('.Ay', pick));
    const [cancel, confirm] = Array.from(dialog.querySelectorAll('button'));
    expect(classifyOn(confirm!, mouse('mousedown'))).toEqual({ compose, action: 'schedule', decisive: false });
    expect(swallowedOn($('span', confirm!), mouse('click'))).toEqual({ compose, action: 'schedule', decisive: true });
    // Enter on the focused <button> becomes its click, which is the attempt.
    expect(classifyOn(confirm!, key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn(cancel!, mouse('click'))).toBeNull();
  });

  it("with the picker's class renamed, its last button still counts while it shows the date and time", () => {
    const compose = load('compose-peoplekit');
    const dialog = openScheduleDialog(compose);
    pressFully($('.Ay', $('[role="menuitem"].AM', dialog)));
    const [cancel, confirm] = Array.from(dialog.querySelectorAll('button'));
    confirm!.classList.remove('eV8l8d');
    expect(swallowedOn(confirm!, mouse('click'))).toMatchObject({ action: 'schedule', decisive: true });
    expect(classifyOn(cancel!, mouse('click'))).toBeNull();
  });

  it('with two composes open, the dialog belongs to the one whose item was chosen, whoever opened a menu last', () => {
    load('two-composes');
    const [second, first] = all('div.M9'); // Gmail puts new windows first: the older one is last
    press(arrow(first!)); // the first compose's menu, opened and left
    press(arrow(first!));
    let dialog = openScheduleDialog(second!);
    expect(classifyOn($('.Ay', $('[role="menuitem"].Az', dialog)), mouse('mouseup'))?.compose).toBe(second);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    dialog = openScheduleDialog(first!);
    expect(classifyOn($('.Ay', $('[role="menuitem"].Az', dialog)), mouse('mouseup'))?.compose).toBe(first);
  });

  it('re-sending presses the chosen preset again, on its innermost node with the whole pointer sequence', () => {
    load('two-composes');
    const [second, first] = all('div.M9');
    type(first!, 'to', 'first@example.org');
    type(second!, 'to', 'second@example.org');
    const dialog = openScheduleDialog(second!);
    const preset = all('[role="menuitem"].Az:not(.AM)')[1]!;
    expect(dialog.contains(preset)).toBe(true);
    const attempt = swallowedOn($('.Ay', preset), mouse('mouseup'));
    const seen: string[] = [];
    for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      dialog.addEventListener(t, (e) => seen.push(`${t} ${(e.target as Element).className}`));
    expect(adapter.resend(attempt!.compose, 'schedule')).toBe(true);
    expect(seen.every((s) => / A[yA]$/.test(s))).toBe(true);
    expect(seen.map((s) => s.split(' ')[0])).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(fakeSent()).toMatchObject([
      { action: 'schedule', to: ['second@example.org'], scheduledFor: 'Nov 17, 1:00 PM', repeat: false },
    ]);
    expect(first!.isConnected).toBe(true);
  });

  it("re-sending presses the picker's own button again", () => {
    layoutByDisplay();
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'sam.friend@example.org');
    const dialog = openScheduleDialog(compose);
    pressFully($('.Ay', $('[role="menuitem"].AM', dialog)));
    const confirm = $('button.eV8l8d', dialog);
    swallowedOn(confirm, mouse('click'));
    expect(fakeSent()).toEqual([]);
    expect(adapter.resend(compose, 'schedule')).toBe(true);
    expect(fakeSent()).toMatchObject([{ action: 'schedule', scheduledFor: 'Nov 16, 2026, 9:12 AM' }]);
  });

  it('the fake schedules nothing on a press without pointer events or on the row itself (Gmail fails silently)', () => {
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'sam.friend@example.org');
    const preset = $('[role="menuitem"].Az', openScheduleDialog(compose));
    press($('.Ay', preset));
    pressFully(preset);
    expect(fakeSent()).toEqual([]);
    pressFully($('.Ay', preset));
    expect(fakeSent()).toHaveLength(1);
  });

  it('cannot re-send once the dialog is gone, or for another compose: it says so instead of guessing', () => {
    load('two-composes');
    const [second, first] = all('div.M9');
    const dialog = openScheduleDialog(second!);
    classifyOn($('.Ay', $('[role="menuitem"].Az', dialog)), mouse('mouseup'));
    expect(adapter.resend(first!, 'schedule')).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog.isConnected).toBe(false);
    expect(adapter.resend(second!, 'schedule')).toBe(false);
    expect(fakeSent()).toEqual([]);
  });

  it('with the menu at body level (InboxSDK 2024), the item opens the dialog for the compose whose arrow opened it', () => {
    const compose = load('compose-peoplekit', { menuAtBody: true });
    press(arrow(compose));
    const item = $('body > [role="menu"] [selector="scheduledSend"]');
    expect(compose.contains(item)).toBe(false);
    pressFully($('div.J-N-Jz', item));
    const attempt = classifyOn($('.Ay', $('[role="dialog"] [role="menuitem"].Az')), mouse('mouseup'));
    expect(attempt?.compose).toBe(compose);
  });
});

describe('gmail adapter: reading', () => {
  it('reads PeopleKit chips, deduplicated, with names, and pending typed addresses', () => {
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'Maya Lee <maya@calmpractice.example>');
    type(compose, 'to', 'front@calmpractice.example');
    type(compose, 'to', 'Maya L. <MAYA@calmpractice.example>');
    type(compose, 'to', 'late@other.example, Maya@CalmPractice.example', false);
    type(compose, 'cc', 'Sam <sam@other.example>');
    expect(adapter.readRecipients(compose)).toEqual({
      to: ['Maya Lee <maya@calmpractice.example>', 'front@calmpractice.example', 'late@other.example'],
      cc: ['Sam <sam@other.example>'],
      bcc: [],
    });
  });

  it('reads classic chips (hidden inputs), deduplicated, plus typed text in the textarea', () => {
    const compose = load('compose-classic');
    type(compose, 'to', '"Maya Lee" <maya@calmpractice.example>');
    type(compose, 'to', 'bob@other.example');
    type(compose, 'to', 'Bob <BOB@other.example>');
    type(compose, 'to', 'carol@other.example, not-an-address; dan@other.example', false);
    type(compose, 'cc', 'Guardian <guardian@family.example>');
    expect(adapter.readRecipients(compose)).toEqual({
      to: ['Maya Lee <maya@calmpractice.example>', 'bob@other.example', 'carol@other.example', 'dan@other.example'],
      cc: ['Guardian <guardian@family.example>'],
      bcc: [],
    });
  });

  it('fails loudly when no recipient field is found', () => {
    const compose = load('compose-peoplekit');
    compose.querySelectorAll('[name=to]').forEach((el) => el.remove());
    expect(() => adapter.readRecipients(compose)).toThrow(PageNotUnderstood);
  });

  it('reads the draft without the signature or the hidden plain-text copy; from is trimmed', () => {
    const compose = load('compose-peoplekit', { from: ' jordan@gmail.com ' });
    type(compose, 'to', 'Maya Lee <maya@calmpractice.example>');
    const subject = $<HTMLInputElement>('[name=subjectbox]', compose);
    subject.value = 'Thursday';
    $('textarea.Ak', compose).textContent = 'hidden copy';
    const first = $('div', body(compose));
    first.replaceChildren('Could we move Thursday?');
    const blank = document.createElement('div');
    blank.append(document.createElement('br'));
    first.after(blank, Object.assign(document.createElement('div'), { textContent: 'Thanks' }));
    const draft = adapter.readDraft(compose);
    expect(draft).toMatchObject({ from: 'jordan@gmail.com', subject: 'Thursday', host: 'gmail' });
    expect(draft.body).toBe('Could we move Thursday?\n\nThanks');
    expect(draft.to).toEqual(['Maya Lee <maya@calmpractice.example>']);
    expect(draft.body).not.toContain('Jordan'); // the fake's signature
    expect(draft.body).not.toContain('hidden copy');
  });

  it('leaves the quoted original out of a reply, and falls back to the hidden subject', () => {
    const compose = loadReply();
    body(compose).prepend('Perfect, thank you!');
    $<HTMLInputElement>('[name=subjectbox]', compose).value = '';
    $<HTMLInputElement>('[name=subject]', compose).value = 'Re: hidden subject';
    const draft = adapter.readDraft(compose);
    expect(draft.body).toBe('Perfect, thank you!');
    expect(draft.subject).toBe('Re: hidden subject');
    expect(draft.to).toEqual(['Dr. Maya Lee <maya@calmpractice.example>']);
  });

  it('fails loudly when the body cannot be found', () => {
    const compose = load('compose-peoplekit');
    body(compose).remove();
    expect(() => adapter.readDraft(compose)).toThrow(PageNotUnderstood);
  });

  it('reports encryption "none" when the red padlock shows, "tls" while it is hidden', () => {
    layoutByDisplay();
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'maya@calmpractice.example');
    expect(adapter.readDraft(compose).encryption).toBe('tls');
    type(compose, 'cc', 'old@oldmail.example'); // the fake's domain without TLS
    expect(adapter.readDraft(compose).encryption).toBe('none');
  });

  it('never reads the unverified msg_encrypt flag as encrypted: the warning stays on', () => {
    layoutByDisplay();
    const compose = load('compose-peoplekit');
    $<HTMLInputElement>('[name=msg_encrypt]', compose).value = '1';
    expect(adapter.readDraft(compose).encryption).toBe('tls');
  });
});

describe('gmail adapter: compose keys', () => {
  it('finds the same draft again after Gmail replaces the compose element', () => {
    const compose = load('compose-peoplekit');
    const id = $<HTMLInputElement>('[name=composeid]', compose).value;
    const composeKey = adapter.composeKey(compose);
    expect(composeKey).toBe(`composeid:${id}`);
    const clone = compose.cloneNode(true) as HTMLElement;
    compose.replaceWith(clone);
    expect(adapter.findCompose(composeKey!)).toBe(clone);
  });

  it('falls back to the draft id, and finds nothing for an unknown key', () => {
    const compose = load('compose-peoplekit');
    const draftId = $<HTMLInputElement>('[name=draft]', compose).value;
    $('[name=composeid]', compose).remove();
    const composeKey = adapter.composeKey(compose);
    expect(composeKey).toBe(`draft:${draftId}`);
    expect(adapter.findCompose(composeKey!)).toBe(compose);
    expect(adapter.findCompose('composeid:nope')).toBeNull();
  });
});

describe('gmail adapter: resend', () => {
  it('presses the current Send button with mousedown, mouseup and click: the fake sends once', () => {
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'sam.friend@example.org');
    expect(adapter.resend(compose, 'send')).toBe(true);
    expect(fakeSent()).toMatchObject([{ action: 'send', to: ['sam.friend@example.org'], repeat: false }]);
    expect($('[role="menu"]')).toBeNull(); // the schedule arrow was not pressed
  });

  it('presses the Send button Gmail re-rendered, not the old one', () => {
    const compose = load('compose-peoplekit');
    type(compose, 'to', 'sam.friend@example.org');
    const old = send(compose);
    compose.dispatchEvent(new CustomEvent('fake-gmail:rerender'));
    expect(old.isConnected).toBe(false);
    const seenOld: string[] = [];
    old.addEventListener('click', () => seenOld.push('click'));
    expect(adapter.resend(compose, 'send')).toBe(true);
    expect(seenOld).toEqual([]);
    expect(fakeSent()).toHaveLength(1);
  });

  it('presses Send & Archive for a send-archive', () => {
    const compose = loadReply();
    expect(adapter.resend(compose, 'send-archive')).toBe(true);
    expect(fakeSent()).toMatchObject([{ action: 'send-archive' }]);
  });

  it('returns false when there is no Send button', () => {
    const compose = loadReply();
    $('div.dC', compose).remove();
    expect(adapter.resend(compose, 'send')).toBe(false);
    expect(adapter.resend(compose, 'send-archive')).toBe(false);
    expect(fakeSent()).toEqual([]);
  });

  it('focusBody focuses the message body', () => {
    const compose = load('compose-peoplekit');
    adapter.focusBody(compose);
    expect(document.activeElement).toBe(body(compose));
  });
});

describe('the window a compose is drawn in (what the badge stays clear of)', () => {
  it('a docked compose: its dialog, title bar and its minimise and close buttons included', () => {
    const compose = load('compose-peoplekit');
    const win = adapter.composeWindowOf(compose);
    expect(win.getAttribute('role')).toBe('dialog');
    expect(win.contains(compose)).toBe(true);
    expect(win.querySelector('button.Hl, button.Ha')).not.toBeNull();
  });

  it('an inline reply has no window of its own: the compose is it', () => {
    const compose = loadReply();
    expect(adapter.composeWindowOf(compose)).toBe(compose);
  });
});
