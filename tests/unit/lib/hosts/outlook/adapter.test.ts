// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../../../../lib/hosts/adapter';
import { PageNotUnderstood } from '../../../../../lib/hosts/adapter';
import { adapterFor } from '../../../../../lib/hosts';
import { createOutlookAdapter } from '../../../../../lib/hosts/outlook/adapter';
import { classifyOn as classify, key, mouse } from '../../../support/events';
import { fromHtml } from '../../../support/html';

const chip = (text: string, extra = '') =>
  `<span contenteditable="false" draggable="true" class="x1q" aria-label="${text}" ${extra}><span class="textContainer-191"><span class="individualText-244">${text}</span></span></span>`;

/** docs/hosts/outlook.md: a new message in the reading pane, three wells, every chip form. */
function newMessage(n = 0, wells = ['To', 'Cc', 'Bcc']): string {
  const [to, cc, bcc] = wells;
  return `
  <div data-app-section="MailReadCompose">
    <div id="docking_InitVisiblePart_${n}" class="dMm6A">
      <div role="toolbar">
        <div data-testid="ComposeSendButton"><button type="button" class="fui-Button send" aria-label="Send" title="Send (Ctrl+Enter)"><span>Send</span></button>
          <button type="button" class="more" aria-label="More send options" aria-haspopup="menu">v</button></div>
        <button type="button" class="discard" aria-label="Discard">x</button>
      </div>
      <div><button type="button">${to}</button>
        <div contenteditable="true" role="textbox" aria-label="${to}" class="well-to">${chip('Maya Lee')}${chip('sam.friend@example.org')}${chip('Ana Ruiz &lt;Ana@OtherPractice.example&gt;')}${chip('Ana Ruiz &lt;ana@otherpractice.example&gt;')} late@other.example; not-an-address</div>
        <div class="fui-Input"><button type="button">Cc</button><button type="button">Bcc</button></div>
      </div>
      ${cc ? `<div><button type="button">${cc}</button><div contenteditable="true" role="textbox" aria-label="${cc}" class="well-cc">${chip('Partner', 'title="partner@family.example"')}</div></div>` : ''}
      ${bcc ? `<div><button type="button">${bcc}</button><div contenteditable="true" role="textbox" aria-label="${bcc}" class="well-bcc">${chip('me@outlook.example')}</div></div>` : ''}
      <input type="text" autocomplete="off" maxlength="255" aria-label="Add a subject" class="subject" value="Thursday">
      <div id="editorParent_${n}"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit" class="dFCbN body"><div class="elementToProof">Could we move Thursday?</div><div><br></div><div>Thanks</div><div id="Signature">Jordan Park | 555-0100</div><div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Maya Lee &lt;maya@calmpractice.example&gt;</div><div>Original: how are you feeling?</div></div></div>
    </div>
  </div>`;
}

let adapter: HostAdapter;
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const classifyOn = (el: Element, event: Event) => classify(adapter, el, event);

beforeEach(() => {
  document.body.replaceChildren(
    fromHtml(`<div id="app"><div role="main"><div id="ReadingPaneContainerId">${newMessage()}</div></div></div>`),
  );
  adapter = createOutlookAdapter(document);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('outlook adapter: hosts', () => {
  it('serves all four Outlook on the web hosts, and nothing that merely looks like one', () => {
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(adapterFor(host, document)?.host).toBe('outlook');
    }
    expect(adapterFor('outlook.office.com.evil.example', document)).toBeNull();
    expect(adapterFor('mail.google.com', document)?.host).toBe('gmail');
  });
});

describe('outlook adapter: classify', () => {
  it('any click on Send, or on the text inside it, is a decisive send from its draft', () => {
    expect(classifyOn($('.send'), mouse('click'))).toEqual({
      compose: $('[data-app-section="MailReadCompose"]'),
      action: 'send',
      decisive: true,
    });
    expect(classifyOn($('.send span'), mouse('click'))).toMatchObject({ action: 'send', decisive: true });
    expect(classifyOn($('.send'), mouse('mousedown'))).toMatchObject({ decisive: false });
  });

  it('a right click on Send, the send-options arrow, Discard or a field is not a send', () => {
    expect(classifyOn($('.send'), mouse('click', 2))).toBeNull();
    expect(classifyOn($('.more'), mouse('click'))).toBeNull();
    expect(classifyOn($('.discard'), mouse('click'))).toBeNull();
    expect(classifyOn($('.subject'), mouse('click'))).toBeNull();
  });

  it('Enter or Space on the Send button is left to become the click that sends', () => {
    expect(classifyOn($('.send'), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn($('.send'), key('keyup', ' '))).toBeNull();
  });

  it('Ctrl+Enter or Cmd+Enter anywhere in the draft is a send, decisive on keydown', () => {
    for (const where of ['.body div', '.subject', '.well-to', '.well-cc']) {
      expect(classifyOn($(where), key('keydown', 'Enter', { ctrlKey: true }))).toMatchObject({
        action: 'send',
        decisive: true,
      });
    }
    expect(classifyOn($('.body'), key('keydown', 'Enter', { metaKey: true }))).toMatchObject({ decisive: true });
    expect(classifyOn($('.body'), key('keyup', 'Enter', { ctrlKey: true }))).toMatchObject({ decisive: false });
    expect(classifyOn($('.body'), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn($('.body'), key('keydown', 'Enter', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('Alt+S in the draft is a send that carries the shortcut, to be replayed', () => {
    const attempt = classifyOn($('.body'), key('keydown', 's', { altKey: true, code: 'KeyS' }));
    expect(attempt).toMatchObject({
      action: 'send',
      decisive: true,
      shortcut: { key: 's', code: 'KeyS', altKey: true, ctrlKey: false },
    });
    // AltGr+S (Ctrl+Alt) types a letter on Polish keyboards; Option+S on a Mac types ß.
    expect(classifyOn($('.body'), key('keydown', 's', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(classifyOn($('.body'), key('keydown', 'ß', { altKey: true, code: 'KeyS' }))).toBeNull();
  });

  it('ignores events outside any draft', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    expect(classifyOn(outside, mouse('click'))).toBeNull();
    expect(classifyOn(document.body, key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
  });

  it('finds the draft by structure when every compose id and section is renamed', () => {
    for (const el of document.querySelectorAll('[data-app-section], [id^="docking_"]')) {
      el.removeAttribute('data-app-section');
      el.removeAttribute('id');
    }
    const attempt = classifyOn($('.send'), mouse('click'));
    expect(attempt?.compose.contains($('.body'))).toBe(true);
    expect(attempt?.compose.contains($('#ReadingPaneContainerId'))).toBe(false);
    // Outside the draft (the search box) nothing is a send, though the page holds one draft.
    const search = document.createElement('input');
    $('#app').prepend(search);
    expect(classifyOn(search, key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
    expect(classifyOn($('#ReadingPaneContainerId'), key('keydown', 's', { altKey: true }))).toBeNull();
  });

  it('with two drafts open, each event belongs to its own', () => {
    $('#ReadingPaneContainerId').append(fromHtml(newMessage(1)));
    const [first, second] = Array.from(document.querySelectorAll('.send'));
    const a = classifyOn(first!, mouse('click'))!.compose;
    const b = classifyOn(second!, mouse('click'))!.compose;
    expect(a).not.toBe(b);
    expect(a.contains(first!)).toBe(true);
    expect(b.contains(second!)).toBe(true);
  });
});

describe('outlook adapter: reading', () => {
  const compose = () => $('[data-app-section="MailReadCompose"]');

  it('reads chips in all three forms, the address behind a name when the chip gives one, and typed addresses', () => {
    expect(adapter.readRecipients(compose())).toEqual({
      to: ['Maya Lee', 'sam.friend@example.org', 'Ana Ruiz <ana@otherpractice.example>', 'late@other.example'],
      cc: ['Partner <partner@family.example>'],
      bcc: ['me@outlook.example'],
    });
  });

  it('tells Bcc from Cc by its name when only Bcc is shown, in any of several languages', () => {
    document.body.replaceChildren(fromHtml(newMessage(0, ['À', 'Cci'])));
    expect(adapter.readRecipients(compose())).toMatchObject({ cc: [], bcc: ['Partner <partner@family.example>'] });
    document.body.replaceChildren(fromHtml(newMessage(0, ['An', 'Kopie'])));
    expect(adapter.readRecipients(compose())).toMatchObject({ cc: ['Partner <partner@family.example>'], bcc: [] });
  });

  it('reads the subject and the body without the signature and the quoted original', () => {
    expect(adapter.readDraft(compose())).toEqual({
      to: expect.any(Array),
      cc: expect.any(Array),
      bcc: expect.any(Array),
      subject: 'Thursday',
      body: 'Could we move Thursday?\n\nThanks',
      encryption: 'tls',
      host: 'outlook',
    });
  });

  it('a rule the user drew in their own text does not cut the body short', () => {
    $('.body').replaceChildren(fromHtml('<div>Before the line</div><hr tabindex="-1"><div>After the line</div>'));
    expect(adapter.readDraft(compose()).body).toBe('Before the line\nAfter the line');
  });

  it('a reply without a subject field reads an empty subject', () => {
    $('.subject').remove();
    expect(adapter.readDraft(compose()).subject).toBe('');
  });

  it('never reads the hypothetical protection bar as encrypted: the warning stays on', () => {
    const bar = document.createElement('div');
    bar.setAttribute('data-testid', 'ProtectionInfoBar');
    bar.textContent = 'Encrypt: This message is encrypted.';
    $('[id^="docking_"]').append(bar);
    vi.spyOn(bar, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    expect(adapter.readDraft(compose()).encryption).toBe('tls');
  });

  it('says the page is not understood when the wells or the body are missing', () => {
    for (const well of document.querySelectorAll('[contenteditable="true"]:not([aria-multiline])')) well.remove();
    expect(() => adapter.readRecipients(compose())).toThrow(PageNotUnderstood);
    document.body.replaceChildren(fromHtml(newMessage()));
    $('.body').remove();
    expect(() => adapter.readDraft(compose())).toThrow(PageNotUnderstood);
  });

  it('finds the same draft after a re-render by its id', () => {
    const key = adapter.composeKey(compose());
    expect(key).toBe('id:docking_InitVisiblePart_0');
    const old = compose();
    old.replaceWith(fromHtml(newMessage()));
    expect(adapter.findCompose(key!)).toBe(compose());
    expect(adapter.findCompose(key!)).not.toBe(old);
    expect(adapter.findCompose('id:nothing')).toBeNull();
  });
});

describe('outlook adapter: resend and focus', () => {
  const compose = () => $('[data-app-section="MailReadCompose"]');

  it('clicks the current Send button', () => {
    const clicks: EventTarget[] = [];
    document.addEventListener('click', (e) => clicks.push(e.target!));
    expect(adapter.resend(compose(), 'send')).toBe(true);
    expect(clicks).toEqual([$('.send')]);
  });

  it('replays a shortcut on the body instead of clicking Send', () => {
    const seen: string[] = [];
    document.addEventListener('click', () => seen.push('click'));
    document.addEventListener('keydown', (e) =>
      seen.push(`keydown ${e.altKey ? 'Alt+' : ''}${e.key} in ${(e.target as Element).className}`),
    );
    const shortcut = { key: 's', code: 'KeyS', altKey: true, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(adapter.resend(compose(), 'send', shortcut)).toBe(true);
    expect(seen).toEqual(['keydown Alt+s in dFCbN body']);
  });

  it('reports a Send button that is gone', () => {
    $('[data-testid="ComposeSendButton"]').remove();
    expect(adapter.resend(compose(), 'send')).toBe(false);
  });

  it('puts focus back in the body', () => {
    adapter.focusBody(compose());
    expect(document.activeElement).toBe($('.body'));
  });
});
