// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../../../../lib/hosts/adapter';
import { PageNotUnderstood } from '../../../../../lib/hosts/adapter';
import { adapterFor } from '../../../../../lib/hosts';
import { createOutlookAdapter } from '../../../../../lib/hosts/outlook/adapter';
import { classifyOn as classify, key, mouse } from '../../../support/events';
import { fakeSent, loadFakePage } from '../../../support/fake-pages';

/**
 * The Outlook adapter on the DOM the e2e fake builds (tests/fixtures/outlook/fake-outlook.js, run
 * here by the same script): its 2024-25 markup (`name-only`: chips with no address attribute,
 * wells without row ids) with a reopened draft holding every chip form. The 2026 markup is read
 * in real-markup.test.ts.
 */
const DRAFT = {
  to: [
    'Maya Lee',
    'sam.friend@example.org',
    'Ana Ruiz <Ana@OtherPractice.example>',
    'Ana Ruiz <ana@otherpractice.example>',
  ],
  subject: 'Thursday',
  body: 'Could we move Thursday?\n\nThanks',
};

let adapter: HostAdapter;
const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;
const all = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));
const classifyOn = (el: Element, event: Event) => classify(adapter, el, event);

/** The fake's buttons and fields, by what they are (the fake's own hooks, not the adapter's). */
const send = () => $('[data-testid="ComposeSendButton"] button:not([aria-haspopup])');
const more = () => $('[data-testid="ComposeSendButton"] button[aria-haspopup]');
const discard = () => all('[role="toolbar"] button').find((b) => b.getAttribute('aria-label') === 'Discard')!;
const subject = () => $<HTMLInputElement>('input[type="text"][autocomplete="off"]');
const body = () => $('[contenteditable="true"][aria-multiline="true"]');
const wells = () => all('[contenteditable="true"]:not([aria-multiline])');
const compose = () => $('[data-app-section="MailReadCompose"]');

function load(config: Record<string, unknown> = {}, drafts = [DRAFT]): void {
  loadFakePage('outlook', 'name-only', { openAtLoad: 0, drafts, ...config });
  adapter = createOutlookAdapter(document);
}

/** Shows the Cc or Bcc well with the fake's toggle. */
const showRow = (which: 'Cc' | 'Bcc') =>
  all('.fui-Input button')
    .find((b) => b.textContent === which)!
    .click();
/** Types into a well; Enter makes a chip of what the fake can resolve. */
function type(well: Element, text: string, commit = true) {
  well.append(text);
  if (commit) well.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

beforeEach(() => load());
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
    expect(classifyOn(send(), mouse('click'))).toEqual({ compose: compose(), action: 'send', decisive: true });
    const span = document.createElement('span');
    span.textContent = 'Send';
    send().replaceChildren(span);
    expect(classifyOn(span, mouse('click'))).toMatchObject({ action: 'send', decisive: true });
    expect(classifyOn(send(), mouse('mousedown'))).toMatchObject({ decisive: false });
  });

  it('a right click on Send, the send-options arrow, Discard or a field is not a send', () => {
    expect(classifyOn(send(), mouse('click', 2))).toBeNull();
    expect(classifyOn(more(), mouse('click'))).toBeNull();
    expect(classifyOn(discard(), mouse('click'))).toBeNull();
    expect(classifyOn(subject(), mouse('click'))).toBeNull();
  });

  it('Enter or Space on the Send button is left to become the click that sends', () => {
    expect(classifyOn(send(), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn(send(), key('keyup', ' '))).toBeNull();
  });

  it('Ctrl+Enter or Cmd+Enter anywhere in the draft is a send, decisive on keydown', () => {
    showRow('Cc');
    for (const where of [$('div', body()), subject(), ...wells()]) {
      expect(classifyOn(where, key('keydown', 'Enter', { ctrlKey: true }))).toMatchObject({
        action: 'send',
        decisive: true,
      });
    }
    expect(classifyOn(body(), key('keydown', 'Enter', { metaKey: true }))).toMatchObject({ decisive: true });
    expect(classifyOn(body(), key('keyup', 'Enter', { ctrlKey: true }))).toMatchObject({ decisive: false });
    expect(classifyOn(body(), key('keydown', 'Enter'))).toBeNull();
    expect(classifyOn(body(), key('keydown', 'Enter', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('Alt+S in the draft is a send that carries the shortcut, to be replayed', () => {
    const attempt = classifyOn(body(), key('keydown', 's', { altKey: true, code: 'KeyS' }));
    expect(attempt).toMatchObject({
      action: 'send',
      decisive: true,
      shortcut: { key: 's', code: 'KeyS', altKey: true, ctrlKey: false },
    });
    // AltGr+S (Ctrl+Alt) types a letter on Polish keyboards; Option+S on a Mac types ß.
    expect(classifyOn(body(), key('keydown', 's', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(classifyOn(body(), key('keydown', 'ß', { altKey: true, code: 'KeyS' }))).toBeNull();
  });

  it('ignores events outside any draft', () => {
    expect(classifyOn($('input[type="search"]'), mouse('click'))).toBeNull();
    expect(classifyOn(document.body, key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
  });

  it('finds the draft by structure when every compose id and section is renamed', () => {
    for (const el of document.querySelectorAll('[data-app-section], [id^="docking_"]')) {
      el.removeAttribute('data-app-section');
      el.removeAttribute('id');
    }
    const attempt = classifyOn(send(), mouse('click'));
    expect(attempt?.compose.contains(body())).toBe(true);
    expect(attempt?.compose.contains($('#ReadingPaneContainerId'))).toBe(false);
    // Outside the draft (the search box) nothing is a send, though the page holds one draft.
    expect(classifyOn($('input[type="search"]'), key('keydown', 'Enter', { ctrlKey: true }))).toBeNull();
    expect(classifyOn($('#ReadingPaneContainerId'), key('keydown', 's', { altKey: true }))).toBeNull();
  });

  it('with two drafts open, each event belongs to its own', () => {
    load({}, [DRAFT, { ...DRAFT, subject: 'Second' }]);
    const [first, second] = all('[data-testid="ComposeSendButton"] button:not([aria-haspopup])');
    const a = classifyOn(first!, mouse('click'))!.compose;
    const b = classifyOn(second!, mouse('click'))!.compose;
    expect(a).not.toBe(b);
    expect(a.contains(first!)).toBe(true);
    expect(b.contains(second!)).toBe(true);
  });
});

describe('outlook adapter: reading', () => {
  it('reads chips in all three forms, the address behind a name when the chip gives one, and typed addresses', () => {
    type(wells()[0]!, ' late@other.example; not-an-address', false);
    showRow('Cc');
    type(wells()[1]!, 'Sam Friend'); // shown as a name only
    $('[contenteditable="false"]', wells()[1]!).setAttribute('title', 'partner@family.example'); // with a tooltip
    showRow('Bcc');
    type(wells()[2]!, 'jordan@outlook.com');
    expect(adapter.readRecipients(compose())).toEqual({
      to: ['Maya Lee', 'sam.friend@example.org', 'Ana Ruiz <ana@otherpractice.example>', 'late@other.example'],
      cc: ['Sam Friend <partner@family.example>'],
      bcc: ['Jordan Park'],
    });
  });

  it('tells Bcc from Cc by its name when only Bcc is shown, in any of several languages', () => {
    showRow('Bcc');
    const [to, bcc] = wells();
    to!.setAttribute('aria-label', 'À');
    bcc!.setAttribute('aria-label', 'Cci');
    type(bcc!, 'Sam Friend');
    expect(adapter.readRecipients(compose())).toMatchObject({ cc: [], bcc: ['Sam Friend'] });
    load({ lang: 'de' });
    showRow('Cc');
    type(wells()[1]!, 'Sam Friend');
    wells()[1]!.setAttribute('aria-label', 'Kopie');
    expect(adapter.readRecipients(compose())).toMatchObject({ cc: ['Sam Friend'], bcc: [] });
  });

  it('reads the subject and the body without the signature', () => {
    load({ openAtLoad: 1, signature: true }, []);
    $('.elementToProof', body()).replaceChildren('Could we move Thursday?');
    subject().value = 'Thursday';
    expect(body().querySelector('#Signature')).not.toBeNull();
    expect(adapter.readDraft(compose())).toEqual({
      to: [],
      cc: [],
      bcc: [],
      subject: 'Thursday',
      body: 'Could we move Thursday?',
      encryption: 'tls',
      host: 'outlook',
    });
  });

  it('leaves out the quoted original of a reply, and reads its empty subject', () => {
    loadFakePage('outlook', 'legacy-reply');
    adapter = createOutlookAdapter(document);
    $('button[data-testid="fake-reply"]').click();
    body().prepend(Object.assign(document.createElement('div'), { textContent: 'See you then.' }));
    expect(body().querySelector('#divRplyFwdMsg')).not.toBeNull();
    const draft = adapter.readDraft(compose());
    expect(draft.body).toBe('See you then.');
    expect(draft.subject).toBe('');
  });

  it('a rule the user drew in their own text does not cut the body short', () => {
    body().replaceChildren(
      Object.assign(document.createElement('div'), { textContent: 'Before the line' }),
      document.createElement('hr'),
      Object.assign(document.createElement('div'), { textContent: 'After the line' }),
    );
    expect(adapter.readDraft(compose()).body).toBe('Before the line\nAfter the line');
  });

  it('never reads the hypothetical protection bar as encrypted: the warning stays on', () => {
    loadFakePage('outlook', 'encrypted');
    adapter = createOutlookAdapter(document);
    const bar = $('[data-testid="ProtectionInfoBar"]');
    vi.spyOn(bar, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    expect(adapter.readDraft(adapter.composeOf(bar)!).encryption).toBe('tls');
  });

  it('says the page is not understood when the wells or the body are missing', () => {
    for (const well of wells()) well.remove();
    expect(() => adapter.readRecipients(compose())).toThrow(PageNotUnderstood);
    load();
    body().remove();
    expect(() => adapter.readDraft(compose())).toThrow(PageNotUnderstood);
  });

  it('finds the same draft after a re-render by its id', () => {
    const root = $('[id^="docking_InitVisiblePart_"]');
    const composeKey = adapter.composeKey(compose());
    expect(composeKey).toBe(`id:${root.id}`);
    root.dispatchEvent(new Event('fake-outlook:rerender'));
    const fresh = $('[id^="docking_InitVisiblePart_"]');
    expect(fresh).not.toBe(root);
    expect(adapter.findCompose(composeKey!)?.contains(fresh)).toBe(true);
    expect(adapter.findCompose('id:nothing')).toBeNull();
  });
});

describe('outlook adapter: resend and focus', () => {
  it('clicks the current Send button: the fake sends once', () => {
    expect(adapter.resend(compose(), 'send')).toBe(true);
    expect(fakeSent()).toMatchObject([{ action: 'send', subject: 'Thursday', repeat: false }]);
  });

  it('replays a shortcut on the body instead of clicking Send', () => {
    const seen: string[] = [];
    document.addEventListener('click', () => seen.push('click'));
    document.addEventListener('keydown', (e) =>
      seen.push(`keydown ${e.altKey ? 'Alt+' : ''}${e.key} in ${(e.target as Element).getAttribute('aria-multiline')}`),
    );
    const shortcut = { key: 's', code: 'KeyS', altKey: true, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(adapter.resend(compose(), 'send', shortcut)).toBe(true);
    expect(seen).toEqual(['keydown Alt+s in true']);
    expect(fakeSent()).toEqual([]); // this Outlook has no Alt+S: nothing went
  });

  it('reports a Send button that is gone', () => {
    $('[data-testid="ComposeSendButton"]').remove();
    expect(adapter.resend(compose(), 'send')).toBe(false);
  });

  it('puts focus back in the body', () => {
    adapter.focusBody(compose());
    expect(document.activeElement).toBe(body());
  });
});
