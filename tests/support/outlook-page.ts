import { expect, type Locator } from '@playwright/test';
import { outlookUrl } from './fixture-server.ts';
import type { CommonSendPath } from './send-paths.ts';
import type { Surface, Ui } from './ui.ts';
import { alreadyOpen, WebmailPage, type RecipientField, type WebmailFixture } from './webmail-page.ts';

/** Accessible names of the recipient wells, English and German ("An"). */
const WELL_LABELS: Record<OutlookField, string[]> = { to: ['To', 'An'], cc: ['Cc'], bcc: ['Bcc'] };

/** Selectors the tests use to drive the fake Outlook on the web like a person would. */
export const OL = {
  app: '#app',
  compose: '[id^="docking_InitVisiblePart_"]',
  readingPane: '#ReadingPaneContainerId',
  conversation: '[data-app-section="ConversationContainer"]',
  readCompose: '[data-app-section="MailReadCompose"]',
  popoutForm: '[data-app-section="Form_Content"]',
  layerHost: '#fluent-default-layer-host',
  send: '[data-testid="ComposeSendButton"] button[aria-label]:not([aria-haspopup])',
  moreSendOptions: '[data-testid="ComposeSendButton"] button[aria-haspopup]',
  scheduleMenuItem: '#fluent-default-layer-host [role="menu"] [role="menuitem"]',
  schedulePickerSend: '#fluent-default-layer-host [role="dialog"] .fui-DialogActions > button:first-child',
  discard: '[role="toolbar"] > button[aria-label="Discard"], [role="toolbar"] > button[aria-label="Verwerfen"]',
  encrypt: 'button[data-testid="fake-encrypt"]',
  protectionBar: '[data-testid="ProtectionInfoBar"]',
  errorBar: '[role="alert"]',
  /** Every recipient well (To, Cc, Bcc in order). */
  wells: '[contenteditable="true"][role="textbox"]:not([aria-multiline])',
  well: (field: OutlookField) =>
    `[contenteditable="true"][role="textbox"]:not([aria-multiline]):is(${WELL_LABELS[field]
      .map((l) => `[aria-label="${l}"]`)
      .join(', ')})`,
  /** A chip, relative to a well (a direct child in the legacy markup, in a wrapper in owa2026). */
  chip: 'span[contenteditable="false"]',
  /** A reading-pane reply's recipients, collapsed into one header until it is expanded. */
  collapsedHeader: '.fake-collapsed[aria-expanded="false"]',
  attach: 'button[data-testid="fake-attach"]',
  subject: 'input[type="text"][autocomplete="off"][maxlength="255"]',
  body: '[id^="editorParent_"] > [contenteditable="true"][role="textbox"][aria-multiline="true"]',
  /** Playwright-only selectors (`:text-is`); the page object finds them with toggle() instead. */
  ccToggle: '.fui-Input button:text-is("Cc")',
  bccToggle: '.fui-Input button:text-is("Bcc")',
  /** The buttons beside the To well, the Cc and Bcc toggles among them (plain CSS, any driver). */
  wellToggles: '.fui-Input button',
  newMail: 'button[data-testid="fake-new-mail"]',
  reply: 'button[data-testid="fake-reply"]',
  dialog: '[data-testid="send-check-dialog"]',
} as const;

export type OutlookField = RecipientField;

export interface OutlookSentMessage {
  action: 'send' | 'schedule';
  via: 'click' | 'ctrl-enter' | 'alt-s' | 'schedule';
  /** The compose root's id, docking_InitVisiblePart_<n>. */
  composeId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The whole body as sent, quoted original included, trimmed. */
  body: string;
  /** The user's part of the body (above any quoted message), trimmed. */
  ownText: string;
  encrypted: boolean;
  /** The draft had already been sent once: a duplicate send. */
  repeat: boolean;
}

/** `prefilledTo`: the chip texts of the To well. */
export type OutlookFixture = WebmailFixture;

/** The everyday fixtures; `encrypted` and `drafts-at-load` are for their own tests. */
export const OUTLOOK_FIXTURES: OutlookFixture[] = [
  {
    name: 'reading-pane-reply',
    subject: false,
    prefilledTo: ['Maya Lee <maya@calmpractice.example>'],
    open: async <L extends Ui<L>>(page: Surface<L>) => {
      await page.locator(OL.reply).click();
    },
  },
  {
    name: 'reading-pane-names',
    subject: false,
    prefilledTo: ['Maya Lee <maya@calmpractice.example>'],
    open: async <L extends Ui<L>>(page: Surface<L>) => {
      await page.locator(OL.reply).click();
    },
  },
  {
    name: 'legacy-reply',
    subject: false,
    prefilledTo: ['Maya Lee <maya@calmpractice.example>'],
    open: async <L extends Ui<L>>(page: Surface<L>) => {
      await page.locator(OL.reply).click();
    },
  },
  { name: 'popout-new', subject: true, prefilledTo: [], open: alreadyOpen },
  { name: 'chips-wrapped', subject: true, prefilledTo: [], open: alreadyOpen },
  { name: 'name-only', subject: true, prefilledTo: [], open: alreadyOpen },
  { name: 'compose-de', subject: true, prefilledTo: [], open: alreadyOpen },
];

const SPECIAL_FIXTURES: OutlookFixture[] = [
  { name: 'encrypted', subject: true, prefilledTo: [], open: alreadyOpen },
  { name: 'drafts-at-load', subject: true, prefilledTo: ['sam.friend@example.org'], open: alreadyOpen },
];

export function outlookFixtureNamed(name: string): OutlookFixture {
  const found = [...OUTLOOK_FIXTURES, ...SPECIAL_FIXTURES].find((f) => f.name === name);
  if (!found) throw new Error(`no Outlook fixture ${name}`);
  return found;
}

/** The ways a user sends from an Outlook compose form. */
export type OutlookSendPath =
  | 'click'
  | 'enter-on-send'
  | 'space-on-send'
  | 'ctrl-enter-body'
  | 'meta-enter-body'
  | 'ctrl-enter-subject'
  | 'ctrl-enter-recipients'
  | 'schedule'
  | 'alt-s';

/** The default paths; 'alt-s' is left out because it sends only on pages opened with ?altS=1. */
export function outlookPathsFor(fixture: OutlookFixture): OutlookSendPath[] {
  const paths: OutlookSendPath[] = [
    'click',
    'enter-on-send',
    'space-on-send',
    'ctrl-enter-body',
    'meta-enter-body',
    'ctrl-enter-recipients',
  ];
  if (fixture.subject) paths.push('ctrl-enter-subject');
  paths.push('schedule');
  return paths;
}

/** What the fake records in `via` for each path. */
export function expectedVia(path: OutlookSendPath): OutlookSentMessage['via'] {
  if (path === 'click' || path === 'enter-on-send' || path === 'space-on-send') return 'click';
  if (path === 'schedule') return 'schedule';
  return path === 'alt-s' ? 'alt-s' : 'ctrl-enter';
}

/**
 * Drives one fake Outlook page. Written against ui.ts, so it drives Chromium through Playwright
 * (L is Playwright's Locator) and Firefox through puppeteer alike.
 */
export class OutlookPage<L extends Ui<L> = Locator> extends WebmailPage<
  L,
  OutlookFixture,
  OutlookSendPath,
  OutlookSentMessage
> {
  constructor(page: Surface<L>, fixture: OutlookFixture) {
    super(page, fixture, OL);
  }

  /** Loads the fixture, opens its compose, and returns it (by id, so it survives re-renders). */
  async open(host = 'outlook.office.com', extraQuery = ''): Promise<L> {
    await this.page.goto(outlookUrl(this.fixture.name, host, extraQuery));
    await this.fixture.open(this.page);
    const last = this.page.locator(OL.compose).last();
    await last.waitFor();
    return this.composeById((await last.getAttribute('id'))!);
  }

  composeById(id: string): L {
    return this.page.locator(`[id="${id}"]`);
  }

  /** Clicks "New mail" and returns the new form (Outlook adds it after the open ones). */
  async openNewMessage(): Promise<L> {
    const ids = () => this.page.locator(OL.compose).evaluateAll((els) => els.map((e) => e.id));
    const before = new Set(await ids());
    await this.page.locator(OL.newMail).click();
    let fresh: string | undefined;
    await expect.poll(async () => (fresh = (await ids()).find((id) => !before.has(id)))).toBeTruthy();
    return this.composeById(fresh!);
  }

  /** Types into a well and, unless confirm is false, presses Enter to turn the text into a chip. */
  override async addRecipient(compose: L, field: OutlookField, text: string, confirm = true): Promise<void> {
    await this.expandHeader(compose);
    const well = compose.locator(OL.well(field));
    if (field !== 'to' && (await well.count()) === 0) {
      await (await this.toggle(compose, field === 'cc' ? 'Cc' : 'Bcc')).click();
    }
    await well.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
    if (confirm) await this.page.keyboard.press('Enter');
  }

  /** The button that shows the Cc or Bcc well, found by its text. */
  async toggle(compose: L, name: 'Cc' | 'Bcc'): Promise<L> {
    const buttons = compose.locator(OL.wellToggles);
    for (let i = 0, n = await buttons.count(); i < n; i++) {
      if ((await buttons.nth(i).innerText()).trim() === name) return buttons.nth(i);
    }
    throw new Error(`no ${name} button in this compose`);
  }

  /** A person's click on a collapsed reply header shows its wells. */
  async expandHeader(compose: L): Promise<void> {
    const header = compose.locator(OL.collapsedHeader);
    if ((await header.count()) > 0) {
      await header.click();
      await compose.locator(OL.wells).first().waitFor();
    }
  }

  /** The chip texts of a well. */
  async chips(compose: L, field: OutlookField): Promise<string[]> {
    return compose.locator(OL.well(field)).locator(OL.chip).allInnerTexts();
  }

  protected override async takeOwnPath(compose: L, path: Exclude<OutlookSendPath, CommonSendPath>): Promise<void> {
    const { page } = this;
    switch (path) {
      case 'ctrl-enter-recipients':
        await this.expandHeader(compose);
        await compose.locator(OL.well('to')).click();
        await page.keyboard.press('Control+Enter');
        return;
      case 'schedule':
        // More send options -> Schedule send -> the picker's own Send.
        await compose.locator(OL.moreSendOptions).click();
        await page.locator(OL.scheduleMenuItem).click();
        await page.locator(OL.schedulePickerSend).click();
        return;
      case 'alt-s':
        await compose.locator(OL.body).click();
        await page.keyboard.press('Alt+s');
        return;
    }
  }
}
