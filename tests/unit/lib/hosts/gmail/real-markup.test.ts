// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createGmailAdapter } from '../../../../../lib/hosts/gmail/adapter';
import { classifyOn, key, mouse } from '../../../support/events';
import { fakeSent, loadFakePage } from '../../../support/fake-pages';

/**
 * The Gmail adapter on the DOM the e2e fake builds (tests/fixtures/gmail), in the markup that
 * 2023–2026 captures and probes show (docs/real-markup.md).
 */
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
afterEach(() => document.body.replaceChildren());

describe('gmail on real markup: foreign buttons', () => {
  it("an InboxSDK-style button after div.dC is not Send; Gmail's own Send still is", () => {
    loadFakePage('gmail', 'compose-foreign-button');
    const adapter = createGmailAdapter(document);
    const foreign = $('.M9 .inboxsdk__button[role="button"]');
    expect(foreign.previousElementSibling?.matches('div.dC')).toBe(true);
    expect(classifyOn(adapter, foreign, mouse('click'))).toBeNull();
    expect(classifyOn(adapter, foreign, key('keydown', 'Enter'))).toBeNull();
    const send = $('.M9 div.dC > div.aoO[role="button"]');
    expect(send.getAttribute('aria-label')).toBe('Send \u202A(Ctrl-Enter)\u202C');
    expect(classifyOn(adapter, send, mouse('click'))).toMatchObject({ action: 'send', decisive: true });
  });

  it("re-sending presses Gmail's Send, never the foreign button", () => {
    loadFakePage('gmail', 'compose-foreign-button');
    const adapter = createGmailAdapter(document);
    const compose = adapter.composeOf($('.M9 [g_editable="true"]'))!;
    const to = $<HTMLInputElement>('.M9 [name="to"] input[role="combobox"]');
    to.value = 'sam.friend@example.org';
    // Classes renamed (2026 A/B tests): the Send is still the button before the schedule chevron.
    for (const el of compose.querySelectorAll('.aoO, .dC')) el.classList.remove('aoO', 'dC');
    const foreign = $('.M9 .inboxsdk__button');
    expect(adapter.resend(compose, 'send')).toBe(true);
    expect(foreign.getAttribute('data-pressed')).toBe('0');
    expect(fakeSent()).toMatchObject([{ action: 'send', to: ['sam.friend@example.org'], repeat: false }]);
  });
});

describe('gmail on real markup: Ctrl/Cmd+Enter', () => {
  it('is a send from the To field as from the body', () => {
    loadFakePage('gmail', 'compose-peoplekit');
    const adapter = createGmailAdapter(document);
    const to = $('.M9 [name="to"] input[role="combobox"]');
    expect(classifyOn(adapter, to, key('keydown', 'Enter', { ctrlKey: true }))).toMatchObject({
      action: 'send',
      decisive: true,
    });
    expect(classifyOn(adapter, $('.M9 [g_editable="true"]'), key('keydown', 'Enter', { metaKey: true }))).toMatchObject(
      { action: 'send' },
    );
  });
});
