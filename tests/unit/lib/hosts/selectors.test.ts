// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GMAIL } from '../../../../lib/hosts/gmail/selectors';
import { OUTLOOK } from '../../../../lib/hosts/outlook/selectors';
import { loadFakePage } from '../../support/fake-pages';

/**
 * Every selector of both registries, paired with the fixture pages it must match and how many
 * elements it must find in each (0 where it must find none). The pages are the e2e fakes
 * themselves (tests/fixtures/), built here by the same script, so a drift between the fakes, the
 * unit tests and the registries fails here by name. A registry entry without a row fails too.
 */
type Page = { name: string; build(): void; compose(): Element };

const click = (selector: string) =>
  (Array.from(document.querySelectorAll<HTMLElement>(selector)).at(-1) as HTMLElement).click();
const press = (el: Element, types = ['mousedown', 'mouseup', 'click']) => {
  for (const type of types) el.dispatchEvent(new MouseEvent(type, { bubbles: true, button: 0 }));
};
/** A press as Gmail's delegated menus take it: pointer and mouse events on the innermost node. */
const pressFully = (el: Element) => press(el, ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);

/** Selectors as `name` → selector; a selector function is taken for the To field. */
function flatten(registry: object, skip: readonly string[], prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(registry)) {
    const name = prefix + key;
    if (skip.includes(name)) continue;
    if (typeof value === 'string') out.push([name, value]);
    else if (Array.isArray(value)) value.forEach((s: string, i) => out.push([`${name}[${i}]`, s]));
    else if (typeof value === 'function') out.push([`${name}(to)`, (value as (f: string) => string)('to')]);
    else if (value && typeof value === 'object') out.push(...flatten(value, skip, `${name}.`));
  }
  return out;
}

function check(
  registry: [string, string][],
  pages: Page[],
  counts: Record<string, number[]>,
  pageWide: readonly string[],
) {
  it('has a row of expected counts for every registry entry, and no row for an entry that is gone', () => {
    expect(Object.keys(counts).sort()).toEqual(registry.map(([name]) => name).sort());
  });
  it('every entry matches something on some page (or it is dead weight)', () => {
    for (const [name, row] of Object.entries(counts))
      expect(
        row.some((n) => n > 0),
        name,
      ).toBe(true);
  });
  for (const [i, page] of pages.entries()) {
    it(`${page.name}: each selector finds the expected number of elements`, () => {
      page.build();
      const compose = page.compose();
      const found = Object.fromEntries(
        registry.map(([name, selector]) => [
          name,
          (pageWide.includes(name.replace(/\[\d+\]$/, '')) ? document : compose).querySelectorAll(selector).length,
        ]),
      );
      const expected = Object.fromEntries(registry.map(([name]) => [name, counts[name]?.[i]]));
      if (process.env.PRINT_COUNTS) console.log(page.name, JSON.stringify(found));
      expect(found).toEqual(expected);
    });
  }
}

const lastOf = (selector: string) => () => Array.from(document.querySelectorAll(selector)).at(-1)!;

describe('outlook selectors registry', () => {
  const composeWell = () => document.querySelector('[role="group"][id$="_TO"] [contenteditable="true"]')!;
  const compose = lastOf('[data-app-section="MailReadCompose"], [data-app-section="Form_Content"]');
  const reply = (fixture: string) => () => {
    loadFakePage('outlook', fixture);
    click('button[data-testid="fake-reply"]');
  };
  const pages: Page[] = [
    { name: 'reading-pane-reply (collapsed)', build: reply('reading-pane-reply'), compose },
    {
      name: 'reading-pane-reply (expanded by focusin)',
      build: () => {
        reply('reading-pane-reply')();
        document.querySelector('.fake-collapsed')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      },
      compose,
    },
    { name: 'legacy-reply', build: reply('legacy-reply'), compose },
    {
      name: 'chips-wrapped, Cc and Bcc shown',
      build: () => {
        loadFakePage('outlook', 'chips-wrapped');
        for (const name of ['Maya Lee', 'Sam Friend']) {
          composeWell().append(name);
          composeWell().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        }
        click('.fui-Input button:nth-child(1)');
        click('.fui-Input button:nth-child(2)');
      },
      compose,
    },
    {
      name: 'name-only (legacy)',
      build: () =>
        loadFakePage('outlook', 'name-only', {
          openAtLoad: 0,
          drafts: [{ to: ['Maya Lee'], subject: 's', body: 'b' }],
        }),
      compose,
    },
    { name: 'popout-new', build: () => loadFakePage('outlook', 'popout-new'), compose },
    { name: 'encrypted', build: () => loadFakePage('outlook', 'encrypted'), compose },
    {
      name: 'popout-new, schedule picker open',
      build: () => {
        loadFakePage('outlook', 'popout-new');
        click('[data-testid="ComposeSendButton"] button[aria-haspopup]');
        click('#fluent-default-layer-host [role="menuitem"]');
      },
      compose,
    },
    {
      name: 'chips-wrapped, account manager once opened',
      build: () => loadFakePage('outlook', 'chips-wrapped', { accountOpened: true }),
      compose,
    },
  ];
  // Columns: the pages above, in order.
  const counts: Record<string, number[]> = {
    // Page-wide: one draft, its root in either form.
    'composeRoot[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'composeRoot[1]': [0, 0, 0, 0, 0, 1, 0, 1, 0],
    'composeRoot[2]': [1, 1, 1, 1, 1, 0, 1, 0, 1],
    // One Send per draft; the Fluent id form only in the 2026 markup.
    'sendButton[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'sendButton[1]': [1, 1, 0, 1, 0, 1, 1, 1, 1],
    'row.to': [0, 1, 0, 1, 0, 1, 1, 1, 1],
    'row.cc': [0, 0, 0, 1, 0, 0, 0, 0, 0],
    'row.bcc': [0, 0, 0, 1, 0, 0, 0, 0, 0],
    // No wells while a reply is collapsed.
    well: [0, 1, 1, 3, 1, 1, 1, 1, 1],
    // A wrapped chip matches twice (the chip and its entity); the adapter takes the outermost.
    chip: [0, 2, 1, 4, 1, 0, 0, 0, 0],
    chipText: [0, 2, 2, 4, 2, 0, 0, 0, 0],
    // Every span outside the editor is looked at; only `Name <address>` ones count.
    collapsedRecipient: [3, 4, 4, 7, 4, 1, 1, 1, 1],
    // The header, and the send and attach menu buttons (skipped: they are in the toolbar).
    collapsedHeader: [3, 2, 2, 2, 2, 2, 2, 2, 2],
    // The chevron beside Send, and (page-wide) the picker's own Send once it is open.
    moreSendOptions: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    schedulePickerSend: [0, 0, 0, 0, 0, 0, 0, 1, 0],
    toolbar: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    subject: [0, 0, 0, 1, 1, 1, 1, 1, 1],
    'body[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'body[1]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    quoteStart: [2, 2, 2, 0, 0, 0, 0, 0, 0],
    bodyExcluded: [0, 0, 0, 1, 0, 0, 0, 0, 1],
    // HYPOTHETICAL hook (see the registry): present only where the fake invents it.
    protectionBar: [0, 0, 0, 0, 0, 0, 1, 0, 0],
    // Page-wide: only once the account manager was opened (rendered then, kept hidden).
    ownAddress: [0, 0, 0, 0, 0, 0, 0, 0, 1],
  };
  check(flatten(OUTLOOK, ['bccLabels']), pages, counts, ['composeRoot', 'schedulePickerSend', 'ownAddress']);
});

describe('gmail selectors registry', () => {
  const compose = lastOf('div.M9');
  const reply =
    (extra: Record<string, unknown> = {}) =>
    () => {
      loadFakePage('gmail', 'thread-reply', extra);
      click('span.ams.bkH[role="link"]');
    };
  const pages: Page[] = [
    { name: 'compose-peoplekit', build: () => loadFakePage('gmail', 'compose-peoplekit'), compose },
    { name: 'compose-classic', build: () => loadFakePage('gmail', 'compose-classic'), compose },
    { name: 'compose-foreign-button', build: () => loadFakePage('gmail', 'compose-foreign-button'), compose },
    { name: 'thread-reply', build: reply(), compose },
    { name: 'thread-reply, classic recipients', build: reply({ recipients: 'classic' }), compose },
    {
      name: 'compose-peoplekit, schedule menu open',
      build: () => {
        loadFakePage('gmail', 'compose-peoplekit');
        press(document.querySelector('div.hG[role="button"]')!);
      },
      compose,
    },
    { name: 'popout', build: () => loadFakePage('gmail', 'popout'), compose },
    {
      name: 'two-composes, the newer one\'s "Schedule send" dialog open',
      build: () => {
        loadFakePage('gmail', 'two-composes');
        const newer = document.querySelector('div.M9')!;
        press(newer.querySelector('div.hG[role="button"]')!);
        pressFully(newer.querySelector('[selector="scheduledSend"] div.J-N-Jz')!);
      },
      compose: () => document.querySelector('div.M9')!,
    },
    {
      name: 'compose-peoplekit, date picker open',
      build: () => {
        loadFakePage('gmail', 'compose-peoplekit');
        press(document.querySelector('div.hG[role="button"]')!);
        pressFully(document.querySelector('[selector="scheduledSend"] div.J-N-Jz')!);
        pressFully(document.querySelector('[role="menuitem"].AM div.Aj')!);
      },
      compose,
    },
  ];
  const counts: Record<string, number[]> = {
    // Page-wide: two composes on the two-composes page.
    'composeRoot[0]': [1, 1, 1, 1, 1, 1, 1, 2, 1],
    // An inline reply has no [data-compose-id] region.
    'composeRoot[1]': [1, 1, 1, 0, 0, 1, 1, 2, 1],
    composeId: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    draftId: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    // Page-wide: each compose window is a dialog, and so is the "Schedule send" dialog when open;
    // an inline reply has none.
    composeWindow: [1, 1, 1, 0, 0, 1, 1, 3, 2],
    composeMarker: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    // Exactly one Send, whatever else sits beside it.
    'sendButton[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'sendButton[1]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    foreignButton: [0, 0, 1, 0, 0, 0, 0, 0, 0],
    'sendArchiveButton[0]': [0, 0, 0, 1, 1, 0, 0, 0, 0],
    'scheduleArrow[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'scheduleArrow[1]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    // Page-wide: the menu exists only while open, inside its compose; choosing it closes it.
    scheduleItem: [0, 0, 0, 0, 0, 1, 0, 0, 0],
    // Page-wide: the "Schedule send" dialog (three presets, "Pick date & time", the picker).
    'schedulePreset[0]': [0, 0, 0, 0, 0, 0, 0, 3, 3],
    'schedulePreset[1]': [0, 0, 0, 0, 0, 0, 0, 3, 3],
    schedulePick: [0, 0, 0, 0, 0, 0, 0, 1, 1],
    'schedulePickerSend[0]': [0, 0, 0, 0, 0, 0, 0, 1, 1],
    // Also each compose window's last title-bar button: the adapter takes it only in a dialog
    // that holds no compose and shows the picker's two inputs.
    'schedulePickerSend[1]': [1, 1, 1, 0, 0, 1, 1, 3, 2],
    // Classic rows hold the textarea and the chips' hidden inputs under the same name.
    'field(to)': [1, 1, 1, 1, 2, 1, 1, 1, 1],
    peoplekitChip: [0, 0, 0, 1, 1, 0, 0, 0, 0],
    'classicChipInput(to)': [0, 0, 0, 0, 1, 0, 0, 0, 0],
    'pendingInput(to)': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    subject: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    hiddenSubject: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    from: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'body[0]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'body[1]': [1, 1, 1, 1, 1, 1, 1, 1, 1],
    bodyExcluded: [1, 0, 1, 2, 2, 1, 0, 1, 1],
    noTlsIndicator: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    encryptedFlag: [1, 1, 1, 1, 1, 1, 1, 1, 1],
  };
  check(flatten(GMAIL, []), pages, counts, [
    'composeRoot',
    'composeWindow',
    'scheduleItem',
    'schedulePreset',
    'schedulePick',
    'schedulePickerSend',
  ]);
});
