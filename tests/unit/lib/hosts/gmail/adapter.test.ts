// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../../../../lib/hosts/adapter';
import { PageNotUnderstood } from '../../../../../lib/hosts/adapter';
import { createGmailAdapter } from '../../../../../lib/hosts/gmail/adapter';
import { classifyOn as classify, key, mouse } from '../../../support/events';
import { fromHtml } from '../../../support/html';

/** docs/hosts/gmail.md: PeopleKit recipients (late 2021 onward). */
function peoplekitCompose(id = 'c1'): string {
  return `
  <div class="M9" id="${id}">
    <div class="aoI" role="region">
      <table class="aoP aoC"><tbody><tr><td class="I5"><form class="bAs">
        <input type="hidden" name="composeid" value="${id}-compose">
        <input type="hidden" name="draft" value="#msg-a:r-${id}">
        <input type="hidden" name="from" value=" jordan@gmail.com ">
        <input type="hidden" name="subject" value="Re: Thursday">
        <input type="hidden" name="msg_encrypt" value="0">
        <div class="fX"><table class="GS"><tbody>
          <tr class="bzf"><td><div class="anm" name="to">
            <div role="listbox">
              <div role="option" class="afV" data-hovercard-id="maya@calmpractice.example" data-name="Maya Lee"></div>
              <div role="option" class="afV" data-hovercard-id="front@calmpractice.example" data-name="front@calmpractice.example"></div>
              <div role="option" class="afV" data-hovercard-id="MAYA@calmpractice.example" data-name="Maya L."></div>
            </div>
            <input role="combobox" aria-autocomplete="list" peoplekit-id="p1" class="to-input" value="">
          </div><span class="bcV Sz" role="button"></span></td></tr>
          <tr class="bzf"><td><div class="anm" name="cc">
            <div role="listbox"><div role="option" data-hovercard-id="sam@other.example" data-name="Sam"></div></div>
            <input role="combobox" aria-autocomplete="list" peoplekit-id="p2" class="cc-input" value="">
          </div></td></tr>
          <tr class="bzf"><td><div class="anm" name="bcc">
            <div role="listbox"></div>
            <input role="combobox" aria-autocomplete="list" peoplekit-id="p3" value="">
          </div></td></tr>
        </tbody></table></div>
        <div class="aoD az6"><input name="subjectbox" class="aoT" value="Thursday"></div>
      </form></td></tr></tbody></table>
      <table class="iN"><tbody><tr><td class="Ap">
        <textarea class="Ak" aria-label="Message Body" form="nosend">hidden copy</textarea>
        <div class="Am Al editable" contenteditable="true" role="textbox" g_editable="true" aria-label="Message Body"><div>Could we move Thursday?</div><div><br></div><div>Thanks</div><div class="gmail_signature">-- Jordan</div><div class="gmail_quote">On Mon, Maya wrote:<blockquote>See you</blockquote></div></div>
      </td></tr></tbody></table>
      <table class="IZ" role="group"><tbody><tr class="btC"><td class="gU Up"><div class="dC"><div class="group">
        <div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3 send" tabindex="1">Send</div>
        <div role="button" class="T-I J-J5-Ji hG T-I-atl L3 arrow" aria-haspopup="true" aria-expanded="false"></div>
      </div></div></td><td class="a8X"><div role="button" class="wG J-Z-I attach" command="Files"></div></td></tr></tbody></table>
    </div>
  </div>`;
}

/** docs/hosts/gmail.md, classic recipients: div.vR chips with hidden inputs, textarea per row. */
function classicCompose(): string {
  return `
  <div class="M9" id="classic">
    <form>
      <input type="hidden" name="composeid" value="classic-compose">
      <table class="GS"><tbody>
        <tr class="bzf"><td>
          <div class="vR"><span class="vN" email="maya@calmpractice.example">Maya Lee</span><input type="hidden" name="to" value="&quot;Maya Lee&quot; <maya@calmpractice.example>"></div>
          <div class="vR"><input type="hidden" name="to" value="bob@other.example"></div>
          <div class="vR"><input type="hidden" name="to" value="Bob <BOB@other.example>"></div>
          <textarea class="vO" name="to" role="combobox">carol@other.example, not-an-address; dan@other.example</textarea>
        </td></tr>
        <tr class="bzf"><td>
          <div class="vR"><input type="hidden" name="cc" value="Guardian <guardian@family.example>"></div>
          <textarea class="vO" name="cc" role="combobox"></textarea>
        </td></tr>
      </tbody></table>
      <input name="subjectbox" value="">
      <input type="hidden" name="subject" value="Re: hidden subject">
    </form>
    <div contenteditable="true" role="textbox" g_editable="true">Hello</div>
    <table class="IZ"><tbody><tr><td class="Up"><div class="btA"><div class="dC">
      <div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3 send">Send</div>
      <div role="button" class="T-I J-J5-Ji hG T-I-atl L3 arrow" aria-haspopup="true"></div>
      <div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3 Uo send-archive">Send &amp; Archive</div>
    </div></div></td></tr></tbody></table>
  </div>`;
}

let adapter: HostAdapter;
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const classifyOn = (el: Element, event: Event) => classify(adapter, el, event);

beforeEach(() => {
  document.body.replaceChildren(fromHtml(peoplekitCompose() + classicCompose()));
  adapter = createGmailAdapter(document);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('gmail adapter: classify', () => {
  it('a click on Send is a decisive send from its compose', () => {
    expect(classifyOn($('#c1 .send'), mouse('click'))).toEqual({ compose: $('#c1'), action: 'send', decisive: true });
  });

  it('a click on the text inside Send counts too', () => {
    const span = document.createElement('span');
    span.textContent = 'Send';
    $('#c1 .send').replaceChildren(span);
    expect(classifyOn(span, mouse('click'))).toMatchObject({ action: 'send', decisive: true });
  });

  it('mousedown and mouseup on Send are part of the attempt but not decisive', () => {
    expect(classifyOn($('#c1 .send'), mouse('mousedown'))).toEqual({
      compose: $('#c1'),
      action: 'send',
      decisive: false,
    });
    expect(classifyOn($('#c1 .send'), mouse('mouseup'))).toMatchObject({ decisive: false });
  });

  it('a right click on Send is not a send', () => {
    expect(classifyOn($('#c1 .send'), mouse('click', 2))).toBeNull();
  });

  it('a click on the schedule arrow or another toolbar button is not a send', () => {
    expect(classifyOn($('#c1 .arrow'), mouse('click'))).toBeNull();
    expect(classifyOn($('#c1 .attach'), mouse('click'))).toBeNull();
    expect(classifyOn($('#c1 [name=subjectbox]'), mouse('click'))).toBeNull();
  });

  it('a click on Send & Archive is a send-archive', () => {
    expect(classifyOn($('#classic .send-archive'), mouse('click'))).toEqual({
      compose: $('#classic'),
      action: 'send-archive',
      decisive: true,
    });
    // toMatchObject passes for any element in `compose`: compare the element itself.
    const send = classifyOn($('#classic .send'), mouse('click'));
    expect(send).toMatchObject({ action: 'send' });
    expect(send?.compose).toBe($('#classic'));
  });

  it('Ctrl+Enter or Cmd+Enter in the body or the subject is a decisive send', () => {
    const body = $('#c1 [g_editable=true] div');
    expect(classifyOn(body, key('keydown', 'Enter', { ctrlKey: true }))).toEqual({
      compose: $('#c1'),
      action: 'send',
      decisive: true,
    });
    expect(classifyOn(body, key('keydown', 'Enter', { metaKey: true }))).toMatchObject({
      action: 'send',
      decisive: true,
    });
    expect(classifyOn($('#c1 [name=subjectbox]'), key('keydown', 'Enter', { ctrlKey: true }))).toMatchObject({
      action: 'send',
      decisive: true,
    });
  });

  it('Ctrl+Enter in a recipient field is a send too (anywhere in the compose); plain Enter in the body is not', () => {
    expect(classifyOn($('#c1 .to-input'), key('keydown', 'Enter', { ctrlKey: true }))).toEqual({
      compose: $('#c1'),
      action: 'send',
      decisive: true,
    });
    expect(classifyOn($('#c1 .cc-input'), key('keydown', 'Enter', { metaKey: true }))).toMatchObject({
      action: 'send',
      decisive: true,
    });
    expect(classifyOn($('#c1 [g_editable=true]'), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn($('#c1 [g_editable=true]'), key('keydown', 'a', { ctrlKey: true }))).toBeNull();
  });

  it('Enter or Space keydown on the focused Send button is a decisive send; keyup is not decisive', () => {
    expect(classifyOn($('#c1 .send'), key('keydown', 'Enter'))).toEqual({
      compose: $('#c1'),
      action: 'send',
      decisive: true,
    });
    expect(classifyOn($('#c1 .send'), key('keydown', ' '))).toMatchObject({ action: 'send', decisive: true });
    expect(classifyOn($('#c1 .send'), key('keyup', 'Enter'))).toMatchObject({ action: 'send', decisive: false });
    expect(classifyOn($('#c1 .send'), key('keydown', 'Tab'))).toBeNull();
  });

  it('the schedule-send menu item (outside the compose) acts for the compose whose arrow opened it, on mouseup', () => {
    expect(classifyOn($('#c1 .arrow'), mouse('click'))).toBeNull();
    const item = document.createElement('div');
    item.setAttribute('selector', 'scheduledSend');
    item.setAttribute('role', 'menuitem');
    document.body.append(item);
    expect(classifyOn(item, mouse('mousedown'))).toEqual({ compose: $('#c1'), action: 'schedule', decisive: false });
    expect(classifyOn(item, mouse('mouseup'))).toEqual({ compose: $('#c1'), action: 'schedule', decisive: true });
    expect(classifyOn(item, mouse('click'))).toMatchObject({ decisive: false });
    expect(classifyOn(item, key('keydown', 'Enter'))).toMatchObject({ action: 'schedule', decisive: true });
  });

  it('ignores events outside any compose', () => {
    const outside = document.createElement('div');
    outside.setAttribute('role', 'button');
    document.body.append(outside);
    expect(classifyOn(outside, mouse('click'))).toBeNull();
    expect(classifyOn(document.body, key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
  });
});

describe('gmail adapter: reading', () => {
  it('reads PeopleKit chips, deduplicated, with names, and pending typed addresses', () => {
    $<HTMLInputElement>('#c1 .to-input').value = 'late@other.example, Maya@CalmPractice.example';
    expect(adapter.readRecipients($('#c1'))).toEqual({
      to: ['Maya Lee <maya@calmpractice.example>', 'front@calmpractice.example', 'late@other.example'],
      cc: ['Sam <sam@other.example>'],
      bcc: [],
    });
  });

  it('reads classic chips (hidden inputs), deduplicated, plus typed text in the textarea', () => {
    expect(adapter.readRecipients($('#classic'))).toEqual({
      to: ['Maya Lee <maya@calmpractice.example>', 'bob@other.example', 'carol@other.example', 'dan@other.example'],
      cc: ['Guardian <guardian@family.example>'],
      bcc: [],
    });
  });

  it('fails loudly when no recipient field is found', () => {
    const compose = $('#c1');
    compose.querySelectorAll('[name=to]').forEach((el) => el.remove());
    expect(() => adapter.readRecipients(compose)).toThrow(PageNotUnderstood);
  });

  it('reads the draft without quoted text or signature', () => {
    const draft = adapter.readDraft($('#c1'));
    expect(draft).toMatchObject({
      from: 'jordan@gmail.com',
      subject: 'Thursday',
      body: 'Could we move Thursday?\n\nThanks',
      host: 'gmail',
    });
    expect(draft.to).toContain('Maya Lee <maya@calmpractice.example>');
    expect(draft.body).not.toContain('Jordan');
    expect(draft.body).not.toContain('See you');
    expect(draft.body).not.toContain('hidden copy');
  });

  it('falls back to the hidden subject when the visible one is empty', () => {
    expect(adapter.readDraft($('#classic')).subject).toBe('Re: hidden subject');
  });

  it('fails loudly when the body cannot be found', () => {
    $('#c1 [g_editable=true]').remove();
    expect(() => adapter.readDraft($('#c1'))).toThrow(PageNotUnderstood);
  });

  // happy-dom does no layout: getClientRects() always returns one rectangle, so every element
  // counts as shown. The hidden padlock is modelled by stubbing getClientRects.
  it('reports encryption "none" when the red padlock is shown', () => {
    expect(adapter.readDraft($('#c1')).encryption).toBe('none');
  });

  it('reports "tls" when the red padlock is absent or hidden', () => {
    expect(adapter.readDraft($('#classic')).encryption).toBe('tls');
    const padlock = $('#c1 span.bcV.Sz');
    vi.spyOn(padlock, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
    expect(adapter.readDraft($('#c1')).encryption).toBe('tls');
  });

  it('never reads the unverified msg_encrypt flag as encrypted: the warning stays on', () => {
    $('#c1 span.bcV.Sz').remove();
    $<HTMLInputElement>('#c1 [name=msg_encrypt]').value = '1';
    expect(adapter.readDraft($('#c1')).encryption).toBe('tls');
  });
});

describe('gmail adapter: compose keys', () => {
  it('finds the same draft again after Gmail replaces the compose element', () => {
    const key = adapter.composeKey($('#c1'));
    expect(key).toBe('composeid:c1-compose');
    const clone = $('#c1').cloneNode(true) as HTMLElement;
    $('#c1').replaceWith(clone);
    expect(adapter.findCompose(key!)).toBe(clone);
  });

  it('falls back to the draft id, and finds nothing for an unknown key', () => {
    $('#c1 [name=composeid]').remove();
    const key = adapter.composeKey($('#c1'));
    expect(key).toBe('draft:#msg-a:r-c1');
    expect(adapter.findCompose(key!)).toBe($('#c1'));
    expect(adapter.findCompose('composeid:nope')).toBeNull();
  });
});

describe('gmail adapter: resend', () => {
  const record = (el: Element) => {
    const seen: string[] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) el.addEventListener(type, (e) => seen.push(e.type));
    return seen;
  };

  it('presses the current Send button with mousedown, mouseup and click', () => {
    const seen = record($('#c1 .send'));
    const arrow = record($('#c1 .arrow'));
    expect(adapter.resend($('#c1'), 'send')).toBe(true);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(arrow).toEqual([]);
  });

  it('presses the Send button Gmail re-rendered, not the old one', () => {
    const old = $('#c1 .send');
    const fresh = old.cloneNode(true) as HTMLElement;
    old.replaceWith(fresh);
    const seenOld = record(old);
    const seenFresh = record(fresh);
    expect(adapter.resend($('#c1'), 'send')).toBe(true);
    expect(seenFresh).toEqual(['mousedown', 'mouseup', 'click']);
    expect(seenOld).toEqual([]);
  });

  it('presses Send & Archive for a send-archive', () => {
    const archive = record($('#classic .send-archive'));
    const send = record($('#classic .send'));
    expect(adapter.resend($('#classic'), 'send-archive')).toBe(true);
    expect(archive).toEqual(['mousedown', 'mouseup', 'click']);
    expect(send).toEqual([]);
  });

  it('presses the schedule-send item with the whole press sequence, opening the menu first if needed', () => {
    const item = document.createElement('div');
    item.setAttribute('selector', 'scheduledSend');
    const arrow = record($('#c1 .arrow'));
    $('#c1 .arrow').addEventListener('click', () => document.body.append(item));
    const seen = record(item);
    expect(adapter.resend($('#c1'), 'schedule')).toBe(true);
    expect(arrow).toEqual(['mousedown', 'mouseup', 'click']);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('with a schedule menu inside each compose, each compose uses its own, on its innermost node with pointer events', () => {
    document.body.append(fromHtml(peoplekitCompose('c2')));
    const menu = (id: string) =>
      fromHtml(
        `<div role="menu"><div class="J-N yr" role="menuitem" selector="scheduledSend"><div class="J-N-Jz item-${id}">Schedule send</div></div></div>`,
      );
    $('#c1').append(menu('c1'));
    $('#c2').append(menu('c2'));
    for (const id of ['c1', 'c2'])
      vi.spyOn($(`.item-${id}`), 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    // The second compose's item acts for the second compose, whoever opened a menu last.
    classifyOn($('#c1 .arrow'), mouse('click'));
    const attempt = classifyOn($('.item-c2'), mouse('mouseup'));
    expect(attempt).toMatchObject({ action: 'schedule', decisive: true });
    expect(attempt?.compose).toBe($('#c2'));
    const seen: { type: string; on: string; x: number }[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      document.addEventListener(type, (e) =>
        seen.push({ type, on: (e.target as Element).className, x: (e as MouseEvent).clientX }),
      );
    }
    expect(adapter.resend($('#c2'), 'schedule')).toBe(true);
    expect(seen.map((s) => `${s.type} ${s.on}`)).toEqual(
      ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'].map((t) => `${t} J-N-Jz item-c2`),
    );
    expect(seen.every((s) => Number.isFinite(s.x))).toBe(true);
  });

  it('returns false when there is no Send button', () => {
    $('#c1 .send').remove();
    expect(adapter.resend($('#c1'), 'send')).toBe(false);
    expect(adapter.resend($('#c1'), 'send-archive')).toBe(false);
  });

  it('focusBody focuses the message body', () => {
    adapter.focusBody($('#c1'));
    expect(document.activeElement).toBe($('#c1 [g_editable=true]'));
  });
});
