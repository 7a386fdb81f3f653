// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { otherRecipientsCheck } from '../../../../../lib/checks/other-recipients';
import type { Draft } from '../../../../../lib/draft';
import { createOutlookAdapter } from '../../../../../lib/hosts/outlook/adapter';
import { therapist } from '../../../support/builders';
import { loadFakePage } from '../../../support/fake-pages';

/**
 * The user's own address in Outlook on the web, read from Microsoft's account manager flyout in
 * the fake (tests/fixtures/outlook): a Bcc to oneself is then not "another recipient". The source
 * is unverified (docs/hosts/outlook.md, "Your own address"), so anything odd reads as unknown and
 * leaves the warning in place.
 */
const ME = 'jordan@outlook.com';
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const MAYA = therapist();

afterEach(() => document.body.replaceChildren());

/** A new mail to the therapist with the user in Bcc, typed as a user types (names resolve). */
function draftWithBccToSelf(config: Record<string, unknown> = {}): Draft {
  loadFakePage('outlook', 'chips-wrapped', config);
  const type = (row: string, text: string) => {
    const well = $(`[role="group"][id$="_${row}"] [contenteditable="true"]`);
    well.append(text);
    well.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  };
  type('TO', 'Maya Lee');
  $('.fui-Input button:nth-child(2)').click(); // show Bcc
  type('BCC', 'Jordan Park');
  const adapter = createOutlookAdapter(document);
  return adapter.readDraft(adapter.composeOf($('[id^="docking_InitVisiblePart_"]'))!);
}

const others = (d: Draft) =>
  otherRecipientsCheck({
    draft: d,
    counterpart: MAYA,
    listedEntries: MAYA.emails,
    listedNames: [MAYA.name],
    acceptance: undefined,
    now: new Date(),
  });

describe('outlook: your own address', () => {
  it('before the account manager was ever opened it is unknown, and a Bcc to yourself is still named', () => {
    const draft = draftWithBccToSelf();
    expect(draft.bcc).toEqual([`Jordan Park <${ME}>`]);
    expect(draft.from).toBeUndefined();
    expect(others(draft)).toMatchObject([{ id: 'other-recipients', recipients: [`Jordan Park <${ME}> (Bcc)`] }]);
  });

  it('once the account manager shows it, it is your address: a Bcc to yourself is not another recipient', () => {
    const draft = draftWithBccToSelf({ accountOpened: true });
    expect(draft.from).toBe(ME);
    expect(others(draft)).toEqual([]);
  });

  it('opening the account button renders it, as in Outlook', () => {
    loadFakePage('outlook', 'chips-wrapped');
    expect(document.querySelector('#mectrl_currentAccount_secondary')).toBeNull();
    $('#mectrl_main_trigger').click();
    expect($('#mectrl_main_body #mectrl_currentAccount_secondary').textContent).toBe(ME);
  });

  it('anything odd reads as unknown, so the warning stays: two matches, not one address, or inside the mail', () => {
    draftWithBccToSelf({ accountOpened: true });
    const adapter = createOutlookAdapter(document);
    const compose = () => adapter.composeOf($('[id^="docking_InitVisiblePart_"]'))!;
    const secondary = $('#mectrl_currentAccount_secondary');

    secondary.textContent = `${ME}, someone@else.example`;
    expect(adapter.readDraft(compose()).from).toBeUndefined();

    secondary.textContent = ME;
    const copy = $('#mectrl_main_body').cloneNode(true) as HTMLElement; // markup pasted into the body
    const body = $('[contenteditable="true"][aria-multiline="true"]');
    body.append(copy);
    expect(adapter.readDraft(compose()).from).toBeUndefined();
    copy.remove();

    $('#mectrl_main_body').remove();
    body.append(copy); // only a copy in the editor is left
    expect(adapter.readDraft(compose()).from).toBeUndefined();
    $('[role="main"]').append(copy); // or in the reading area
    expect(adapter.readDraft(compose()).from).toBeUndefined();
  });
});
