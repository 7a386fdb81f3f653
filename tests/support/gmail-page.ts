import { expect, type Locator } from '@playwright/test';
import { gmailUrl } from './fixture-server.ts';
import type { CommonSendPath } from './send-paths.ts';
import type { Surface, Ui } from './ui.ts';
import { alreadyOpen, WebmailPage, type RecipientField, type WebmailFixture } from './webmail-page.ts';

/** Selectors the tests use to drive the fake Gmail like a person would. */
export const GM = {
  compose: 'div.M9',
  send: '.IZ .Up div.dC > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  /** Another extension's button beside Send (InboxSDK add-button), in compose-foreign-button. */
  foreignButton: '.inboxsdk__button[role="button"]',
  sendArchive: '.IZ .Up div > div[role="button"].Uo',
  scheduleArrow: '.IZ .Up div > div[role="button"][aria-haspopup="true"]',
  scheduleItem: '[selector="scheduledSend"]',
  /** The "Schedule send" dialog the item opens: presets, "Pick date & time", the picker's button. */
  schedulePreset: '[role="dialog"] [role="menuitem"].Az:not(.AM)',
  schedulePick: '[role="dialog"] [role="menuitem"].Az.AM',
  schedulePickerSend: '[role="dialog"] button.eV8l8d',
  body: '[g_editable="true"]',
  subject: 'input[name="subjectbox"]',
  recipientInput: (field: Field) => `[name="${field}"] input[role="combobox"], textarea[name="${field}"]`,
  ccToggle: 'span.pE[role="link"]',
  bccToggle: 'span.pB[role="link"]',
  composeButton: '[gh="cm"]',
  replyButton: 'span.ams.bkH[role="link"]',
  dialog: '[data-testid="send-check-dialog"]',
} as const;

export type Field = RecipientField;

export interface SentMessage {
  action: 'send' | 'send-archive' | 'schedule';
  composeId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  /** The draft had already been sent once: a duplicate send. */
  repeat: boolean;
  /** For a scheduled send: the preset's date or the picker's date and time. */
  scheduledFor?: string;
}

export interface GmailFixture extends WebmailFixture {
  /** Send & Archive exists (inline replies only). */
  sendArchive: boolean;
}

export const GMAIL_FIXTURES: GmailFixture[] = [
  { name: 'compose-peoplekit', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  { name: 'compose-classic', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  { name: 'compose-de', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  { name: 'compose-foreign-button', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  // Two composes open at once, each with its own schedule menu (the suite drives the older one).
  { name: 'two-composes', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  { name: 'fullscreen', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  { name: 'popout', subject: true, sendArchive: false, prefilledTo: [], open: alreadyOpen },
  {
    name: 'thread-reply',
    subject: false,
    sendArchive: true,
    prefilledTo: ['maya@calmpractice.example'],
    open: async <L extends Ui<L>>(page: Surface<L>) => {
      await page.locator(GM.replyButton).last().click();
    },
  },
];

export function fixtureNamed(name: string): GmailFixture {
  const found = GMAIL_FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** The ways a user sends from a Gmail compose window. */
export type SendPath =
  | 'click'
  | 'enter-on-send'
  | 'space-on-send'
  | 'ctrl-enter-body'
  | 'meta-enter-body'
  | 'ctrl-enter-subject'
  | 'ctrl-enter-recipients'
  | 'send-archive'
  | 'schedule'
  | 'schedule-pick';

export function pathsFor(fixture: GmailFixture): SendPath[] {
  const paths: SendPath[] = [
    'click',
    'enter-on-send',
    'space-on-send',
    'ctrl-enter-body',
    'meta-enter-body',
    'ctrl-enter-recipients',
    'schedule',
    'schedule-pick',
  ];
  if (fixture.subject) paths.push('ctrl-enter-subject');
  if (fixture.sendArchive) paths.push('send-archive');
  return paths;
}

/**
 * Drives one fake Gmail page. Written against ui.ts, so it drives Chromium through Playwright
 * (L is Playwright's Locator) and Firefox through puppeteer alike.
 */
export class GmailPage<L extends Ui<L> = Locator> extends WebmailPage<L, GmailFixture, SendPath, SentMessage> {
  constructor(page: Surface<L>, fixture: GmailFixture) {
    super(page, fixture, GM);
  }

  async open(extraQuery = ''): Promise<L> {
    await this.page.goto(gmailUrl(this.fixture.name, extraQuery));
    await this.fixture.open(this.page);
    const compose = this.page.locator(GM.compose).last();
    await compose.waitFor();
    return compose;
  }

  /** Clicks Compose and returns the new window (Gmail places new windows left of open ones). */
  async openNewCompose(): Promise<L> {
    const ids = () =>
      this.page.locator('input[name="composeid"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = new Set(await ids());
    await this.page.locator(GM.composeButton).click();
    let fresh: string | undefined;
    await expect.poll(async () => (fresh = (await ids()).find((id) => !before.has(id)))).toBeTruthy();
    return this.page.locator(`${GM.compose}:has(input[name="composeid"][value="${fresh}"])`);
  }

  override async addRecipient(compose: L, field: Field, text: string, confirm = true): Promise<void> {
    if (field === 'cc') await compose.locator(GM.ccToggle).click();
    if (field === 'bcc') await compose.locator(GM.bccToggle).click();
    const input = compose.locator(GM.recipientInput(field)).first();
    await input.click();
    await input.pressSequentially(text);
    if (confirm) await input.press('Enter');
  }

  protected override async takeOwnPath(compose: L, path: Exclude<SendPath, CommonSendPath>): Promise<void> {
    const { page } = this;
    switch (path) {
      case 'send-archive':
        await compose.locator(GM.sendArchive).click();
        return;
      case 'ctrl-enter-recipients':
        await compose.locator(GM.recipientInput('to')).first().click();
        await page.keyboard.press('Control+Enter');
        return;
      case 'schedule':
      case 'schedule-pick':
        // The menu item only opens the "Schedule send" dialog; a preset, or the date picker's own
        // button, schedules the mail.
        await compose.locator(GM.scheduleArrow).click();
        await compose.locator(GM.scheduleItem).click();
        if (path === 'schedule') {
          await page.locator(GM.schedulePreset).first().click();
        } else {
          await page.locator(GM.schedulePick).click();
          await page.locator(GM.schedulePickerSend).click();
        }
        return;
    }
  }
}

/** The action a fake Gmail records for each path. */
export function expectedAction(path: SendPath): SentMessage['action'] {
  return path === 'send-archive' ? 'send-archive' : path.startsWith('schedule') ? 'schedule' : 'send';
}
