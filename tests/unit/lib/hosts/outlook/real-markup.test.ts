// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageNotUnderstood } from '../../../../../lib/hosts/adapter';
import { createOutlookAdapter } from '../../../../../lib/hosts/outlook/adapter';
import { classifyOn, mouse } from '../../../support/events';
import { fakeSent, loadFakePage } from '../../../support/fake-pages';

/**
 * The Outlook adapter on the DOM the e2e fake builds (tests/fixtures/outlook), in the markup that
 * 2023–2026 captures and live probes show (docs/real-markup.md): rows by id suffix, chips in
 * wrappers with the address only in aria-label, Fluent split-button ids, collapsed reply headers.
 */
const MAYA = 'maya@calmpractice.example';
const SAM = 'sam.friend@example.org';
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const composeEl = () => $('[id^="docking_InitVisiblePart_"]');
const adapter = () => createOutlookAdapter(document);
const click = (selector: string) => $(selector).click();

afterEach(() => document.body.replaceChildren());

describe('outlook on real markup: reading-pane replies', () => {
  it('reads the collapsed header "To: Name <address>" as recipients, without expanding it', () => {
    loadFakePage('outlook', 'reading-pane-reply');
    click('button[data-testid="fake-reply"]');
    const a = adapter();
    const compose = a.composeOf(composeEl())!;
    expect(compose.querySelectorAll('[contenteditable="true"]:not([aria-multiline])')).toHaveLength(0);
    expect(a.readRecipients(compose)).toEqual({ to: [`Maya Lee <${MAYA}>`], cc: [], bcc: [] });
    expect(compose.querySelector('.fake-collapsed')).not.toBeNull(); // left as the user saw it
  });

  it("reads only the draft's own header, not a message header beside it in the reading pane", () => {
    loadFakePage('outlook', 'reading-pane-reply');
    click('button[data-testid="fake-reply"]');
    const other = document.createElement('span');
    other.textContent = 'Ana Ruiz <ana@otherpractice.example>';
    $('[data-app-section="MailReadCompose"]').prepend(other);
    const a = adapter();
    expect(a.readRecipients(a.composeOf(composeEl())!)).toEqual({ to: [`Maya Lee <${MAYA}>`], cc: [], bcc: [] });
  });

  it('expands a header that shows names only with focusin, then reads the wells', () => {
    loadFakePage('outlook', 'reading-pane-names');
    click('button[data-testid="fake-reply"]');
    const a = adapter();
    const compose = a.composeOf(composeEl())!;
    expect(a.readRecipients(compose)).toEqual({ to: [`Maya Lee <${MAYA}>`], cc: [], bcc: [] });
    expect(compose.querySelector('.fake-collapsed')).toBeNull();
  });

  it('says the page is not understood when the header can be neither read nor expanded', () => {
    loadFakePage('outlook', 'reading-pane-names');
    click('button[data-testid="fake-reply"]');
    $('.fake-collapsed').removeAttribute('aria-expanded');
    const a = adapter();
    expect(() => a.readRecipients(a.composeOf(composeEl())!)).toThrow(PageNotUnderstood);
  });
});

describe('outlook on real markup: rows and chips', () => {
  it('a chip in a wrapper that shows a name has its address from the entity aria-label', () => {
    loadFakePage('outlook', 'chips-wrapped', {
      openAtLoad: 0,
      drafts: [{ to: ['Maya Lee', 'Sam Friend'], subject: 's', body: 'b' }],
    });
    const a = adapter();
    const chips = composeEl().querySelectorAll('[id$="_EType_RECIPIENT_ENTITY"]');
    expect(Array.from(chips, (c) => c.textContent)).toEqual(['Maya Lee', 'Sam Friend']);
    expect(a.readRecipients(a.composeOf(composeEl())!).to).toEqual([`Maya Lee <${MAYA}>`, `Sam Friend <${SAM}>`]);
  });

  it('fields come from the row ids (_TO, _CC, _BCC), not document order or labels', () => {
    loadFakePage('outlook', 'compose-de', { openAtLoad: 0, drafts: [{ to: ['Maya Lee'], subject: 's', body: 'b' }] });
    const compose = composeEl();
    click('.fui-Input button:nth-child(2)'); // Bcc first
    click('.fui-Input button:nth-child(1)');
    const row = (suffix: string) => compose.querySelector(`[role="group"][id$="_${suffix}"]`)!;
    row('BCC').querySelector('[contenteditable="true"]')!.append('ana@otherpractice.example');
    row('CC').querySelector('[contenteditable="true"]')!.append(SAM);
    // Bcc moved above Cc, and its label renamed to a word no list knows.
    row('CC').before(row('BCC'));
    row('BCC').querySelector('[contenteditable="true"]')!.setAttribute('aria-label', 'Blind');
    const a = adapter();
    expect(a.readRecipients(a.composeOf(compose)!)).toEqual({
      to: [`Maya Lee <${MAYA}>`],
      cc: [SAM],
      bcc: ['ana@otherpractice.example'],
    });
  });

  it('typed text "Name <address>" is a recipient, and so are bare addresses beside it', () => {
    loadFakePage('outlook', 'chips-wrapped');
    const well = composeEl().querySelector('[role="group"][id$="_TO"] [contenteditable="true"]')!;
    well.append(`Dr. Maya Lee <${MAYA}>; x@y.example, not an address`);
    const a = adapter();
    expect(a.readRecipients(a.composeOf(composeEl())!).to).toEqual([`Dr. Maya Lee <${MAYA}>`, 'x@y.example']);
  });
});

describe('outlook on real markup: Send', () => {
  it('only the compose send container holds Send: Attach and New mail share its Fluent id form', () => {
    loadFakePage('outlook', 'chips-wrapped');
    const a = adapter();
    expect(document.querySelectorAll('button[id$="__primaryActionButton"]')).toHaveLength(3);
    expect(classifyOn(a, $('[data-testid="ComposeSendButton"] button'), mouse('click'))).toMatchObject({
      action: 'send',
      decisive: true,
    });
    expect(classifyOn(a, $('button[data-testid="fake-attach"]'), mouse('click'))).toBeNull();
    expect(classifyOn(a, $('button[data-testid="fake-new-mail"]'), mouse('click'))).toBeNull();
  });
});

describe('outlook on real markup: a header that never opens', () => {
  it('is offered focusin once, not on every read (the prefetch reads on focusin too)', () => {
    loadFakePage('outlook', 'reading-pane-names', { collapsedHeader: 'stuck' });
    click('button[data-testid="fake-reply"]');
    const header = $('.fake-collapsed');
    let focusins = 0;
    header.addEventListener('focusin', () => (focusins += 1));
    const a = adapter();
    const compose = a.composeOf(composeEl())!;
    for (let i = 0; i < 3; i += 1) expect(() => a.readRecipients(compose)).toThrow(PageNotUnderstood);
    expect(focusins).toBe(1);
  });
});

describe('outlook on real markup: Schedule send', () => {
  const openPicker = () => {
    click('[data-testid="ComposeSendButton"] button[aria-haspopup]');
    click('#fluent-default-layer-host [role="menuitem"]');
  };

  it("the picker's own Send is a schedule from the draft that opened it; choosing the menu item is not", () => {
    loadFakePage('outlook', 'chips-wrapped', {
      openAtLoad: 0,
      drafts: [
        { to: ['Sam Friend'], subject: 'a', body: 'first' },
        { to: ['Maya Lee'], subject: 'b', body: 'second' },
      ],
    });
    const a = adapter();
    const second = document.querySelectorAll('[id^="docking_InitVisiblePart_"]')[1]!;
    const more = second.querySelector<HTMLElement>('[data-testid="ComposeSendButton"] button[aria-haspopup]')!;
    expect(classifyOn(a, more, mouse('click'))).toBeNull();
    more.click();
    const item = $('#fluent-default-layer-host [role="menuitem"]');
    expect(classifyOn(a, item, mouse('click'))).toBeNull();
    item.click();
    const send = $('#fluent-default-layer-host [role="dialog"] .fui-DialogActions > button');
    // Held, as the guard holds it: the page never sees this click.
    window.addEventListener('click', (e) => e.stopPropagation(), { capture: true, once: true });
    const attempt = classifyOn(a, send, mouse('click'));
    expect(fakeSent()).toEqual([]);
    expect(attempt).toMatchObject({ action: 'schedule', decisive: true });
    expect(attempt?.compose).toBe(a.composeOf(second));
    expect(a.resend(attempt!.compose, 'schedule')).toBe(true);
    expect(fakeSent()).toMatchObject([{ action: 'schedule', via: 'schedule', subject: 'b', to: [MAYA] }]);
  });

  it('a picker Send with no draft known to have opened it is left alone', () => {
    loadFakePage('outlook', 'chips-wrapped');
    openPicker();
    expect(
      classifyOn(
        adapter(),
        $('#fluent-default-layer-host [role="dialog"] .fui-DialogActions > button'),
        mouse('click'),
      ),
    ).toBeNull();
  });
});
