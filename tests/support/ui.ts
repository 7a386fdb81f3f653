/**
 * What the send-path suite and the page objects need from a browser, with no browser library in
 * it, so one suite runs on Chromium (Playwright) and on Firefox (puppeteer over WebDriver BiDi).
 *
 * `Ui` is the part of Playwright's Locator the tests use: a Locator is a `Ui` as it is, so the
 * Chromium specs keep their Locators. tests/support/firefox.ts implements the same interface on
 * puppeteer element handles. `Surface` is the same for the page.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Ui<Self> {
  locator(selector: string): Self;
  first(): Self;
  last(): Self;
  nth(index: number): Self;
  count(): Promise<number>;
  /** Waits until an element matches. */
  waitFor(): Promise<void>;
  click(): Promise<void>;
  focus(): Promise<void>;
  press(key: string): Promise<void>;
  pressSequentially(text: string): Promise<void>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
  boundingBox(): Promise<Box | null>;
  evaluate<R>(fn: (element: HTMLElement) => R): Promise<R>;
  evaluateAll<R>(fn: (elements: HTMLElement[]) => R): Promise<R>;
  setInputFiles(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
}

/** Any implementation: what the browser-neutral suite holds. */
// An interface, not a type alias: only an interface may refer to itself this way.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnyUi extends Ui<AnyUi> {}

export interface FrameLike<L> {
  locator(selector: string): L;
  evaluate<R>(fn: () => R): Promise<R>;
}

/** A tab: Playwright's Page is one as it is. Keys are named as Playwright names them. */
export interface Surface<L extends Ui<L> = AnyUi> {
  goto(url: string): Promise<unknown>;
  locator(selector: string): L;
  frames(): FrameLike<L>[];
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
  evaluate<R>(fn: () => R): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
}

const EXTENSION_PROTOCOLS = ['chrome-extension:', 'moz-extension:'];

/** How long an action on a union waits for one of its parts to match before it gives up on the page's. */
const PICK_TIMEOUT_MS = 5_000;

/**
 * A `Ui` over several candidates (the same selector in different frames): each call goes to the
 * first candidate that has a match, or, when none has, counts 0; actions wait for one to match.
 */
export class AnyOf<L extends Ui<L>> implements Ui<AnyOf<L>> {
  private readonly candidates: () => Promise<L[]>;

  constructor(candidates: () => Promise<L[]>) {
    this.candidates = candidates;
  }

  private map(f: (l: L) => L): AnyOf<L> {
    return new AnyOf(async () => (await this.candidates()).map(f));
  }

  /** The first candidate with a match now, or null. */
  private async current(): Promise<L | null> {
    for (const candidate of await this.candidates()) if ((await candidate.count()) > 0) return candidate;
    return null;
  }

  /** The first candidate to match within the timeout; else the page's, whose own action then fails. */
  private async pick(): Promise<L> {
    const deadline = Date.now() + PICK_TIMEOUT_MS;
    for (;;) {
      const found = await this.current();
      if (found) return found;
      if (Date.now() > deadline) return (await this.candidates())[0]!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  locator(selector: string): AnyOf<L> {
    return this.map((l) => l.locator(selector));
  }
  first(): AnyOf<L> {
    return this.map((l) => l.first());
  }
  last(): AnyOf<L> {
    return this.map((l) => l.last());
  }
  nth(index: number): AnyOf<L> {
    return this.map((l) => l.nth(index));
  }
  async count(): Promise<number> {
    return (await (await this.current())?.count()) ?? 0;
  }
  async isVisible(): Promise<boolean> {
    return (await (await this.current())?.isVisible()) ?? false;
  }
  async waitFor(): Promise<void> {
    return (await this.pick()).waitFor();
  }
  async click(): Promise<void> {
    return (await this.pick()).click();
  }
  async focus(): Promise<void> {
    return (await this.pick()).focus();
  }
  async press(key: string): Promise<void> {
    return (await this.pick()).press(key);
  }
  async pressSequentially(text: string): Promise<void> {
    return (await this.pick()).pressSequentially(text);
  }
  async innerText(): Promise<string> {
    return (await this.pick()).innerText();
  }
  async allInnerTexts(): Promise<string[]> {
    return (await (await this.current())?.allInnerTexts()) ?? [];
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.pick()).getAttribute(name);
  }
  async boundingBox(): Promise<Box | null> {
    return (await this.pick()).boundingBox();
  }
  async evaluate<R>(fn: (element: HTMLElement) => R): Promise<R> {
    return (await this.pick()).evaluate(fn);
  }
  async evaluateAll<R>(fn: (elements: HTMLElement[]) => R): Promise<R> {
    return (await this.pick()).evaluateAll(fn);
  }
  async setInputFiles(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    return (await this.pick()).setInputFiles(file);
  }
}

async function isExtensionFrame<L>(frame: FrameLike<L>): Promise<boolean> {
  try {
    // The URL a driver reports for a frame can lag (puppeteer over BiDi showed about:blank for a
    // loaded moz-extension frame): ask the frame itself.
    return EXTENSION_PROTOCOLS.includes(await frame.evaluate(() => location.protocol));
  } catch {
    return false; // a frame that went away, or one the driver cannot enter
  }
}

/**
 * Elements matching `selector` in the page (open shadow roots included) or else in one of the
 * page's extension-origin frames, wherever the extension renders its UI: in the page today, in a
 * frame of its own inside a closed shadow root when the UI moves there (docs/interfaces.md,
 * "Hooks in the user interface").
 */
export function inPageOrExtensionFrames<L extends Ui<L>>(surface: Surface<L>, selector: string): AnyOf<L> {
  return new AnyOf(async () => {
    const [main, ...children] = surface.frames();
    const frames = [main!];
    for (const frame of children) if (await isExtensionFrame(frame)) frames.push(frame);
    return frames.map((frame) => frame.locator(selector));
  });
}

export const DIALOG = '[data-testid="send-check-dialog"]';

/** The pre-send dialog, wherever it is rendered. */
export function findDialog<L extends Ui<L>>(surface: Surface<L>): AnyOf<L> {
  return inPageOrExtensionFrames(surface, DIALOG);
}

/** The element has focus in its own document (the compose body is in the page's). */
export function isFocused(ui: AnyUi): Promise<boolean> {
  return ui.evaluate((el) => el.ownerDocument.activeElement === el);
}
