import type { Page } from '@playwright/test';
import { dialogLocator, settleFrames } from './dialog-frame.ts';
import { isCommonPath, takeCommonPath, type CommonSendPath } from './send-paths.ts';
import type { Surface, Ui } from './ui.ts';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** The controls every fake webmail has, by selector. */
export interface WebmailSelectors {
  send: string;
  body: string;
  subject: string;
  dialog: string;
}

/** A fixture page of a fake webmail (tests/fixtures). */
export interface WebmailFixture {
  name: string;
  /** The compose has a subject field (inline and reading-pane replies do not). */
  subject: boolean;
  /** What To holds when the compose opens (a reply goes to the sender). */
  prefilledTo: string[];
  /** What to do after load to get a compose. */
  open<L extends Ui<L>>(page: Surface<L>): Promise<void>;
}

/** `open` for a fixture whose compose is there at load. */
export const alreadyOpen = async (): Promise<void> => {};

export interface Draft {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body: string;
}

/**
 * What the Gmail and Outlook page objects (gmail-page.ts, outlook-page.ts) do alike: write a draft,
 * make one send attempt, read what the fake recorded, find the pre-send dialog. Each says how its
 * host takes a recipient and the send paths only it has.
 */
export abstract class WebmailPage<L extends Ui<L>, Fixture extends WebmailFixture, Path extends string, Sent> {
  readonly page: Surface<L>;
  readonly fixture: Fixture;
  private readonly selectors: WebmailSelectors;

  constructor(page: Surface<L>, fixture: Fixture, selectors: WebmailSelectors) {
    this.page = page;
    this.fixture = fixture;
    this.selectors = selectors;
  }

  /** Types a recipient into a field and, unless confirm is false, turns it into a chip. */
  abstract addRecipient(compose: L, field: RecipientField, text: string, confirm?: boolean): Promise<void>;

  /** A send path only this host has (Send & Archive, Alt+S, its schedule menu). */
  protected abstract takeOwnPath(compose: L, path: Exclude<Path, CommonSendPath>): Promise<void>;

  /** Fills a compose the way a person would: recipients, subject, body. */
  async write(compose: L, draft: Draft): Promise<void> {
    for (const to of draft.to ?? []) await this.addRecipient(compose, 'to', to);
    for (const cc of draft.cc ?? []) await this.addRecipient(compose, 'cc', cc);
    for (const bcc of draft.bcc ?? []) await this.addRecipient(compose, 'bcc', bcc);
    const { subject, body } = this.selectors;
    if (draft.subject !== undefined && this.fixture.subject) {
      await compose.locator(subject).click();
      await compose.locator(subject).pressSequentially(draft.subject);
    }
    await compose.locator(body).click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.type(draft.body);
  }

  /** Makes one send attempt along `path`. */
  async attemptSend(compose: L, path: Path): Promise<void> {
    if (isCommonPath(path)) {
      const { send, body, subject } = this.selectors;
      const controls = { send: compose.locator(send), body: compose.locator(body), subject: compose.locator(subject) };
      await takeCommonPath(this.page, controls, path);
    } else {
      await this.takeOwnPath(compose, path as Exclude<Path, CommonSendPath>);
    }
    // A frame the extension makes at Send is looked for once it has loaded (dialog-frame.ts).
    if ('frameLocator' in this.page) await settleFrames(this.page as unknown as Page);
  }

  /** Every send the fake recorded, in order. */
  async sent(): Promise<Sent[]> {
    return this.page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent.slice());
  }

  async bodyText(compose: L): Promise<string> {
    return compose.locator(this.selectors.body).innerText();
  }

  /**
   * The pre-send dialog. A Chromium spec holds a Playwright page: the dialog is looked for in the
   * extension's frame (tests/support/dialog-frame.ts). The shared suite uses ui.ts findDialog.
   */
  dialog(): L {
    const { dialog } = this.selectors;
    if ('frameLocator' in this.page) return dialogLocator(this.page as unknown as Page, dialog) as unknown as L;
    return this.page.locator(dialog);
  }
}
