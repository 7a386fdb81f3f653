/**
 * Real Firefox with the built extension, driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive Debian's Firefox ESR: its own BiDi client fails on `newContext`). It exposes the
 * browser-neutral `Surface`/`Ui` of ui.ts, so the send-path suite runs here unchanged.
 *
 * Pitfalls handled here (checked on Debian's ESR 140 and 153):
 * - moz-extension:// pages need `--remote-allow-system-access`, and `page.goto()` to one never
 *   settles: navigate the page's BiDi browsing context without waiting, then poll the page.
 * - Request interception is per page: every tab gets its own handler.
 * - puppeteer's BiDi keyboard wants ' ' for Space; chords are pressed as down/press/up.
 * - Firefox's `chrome.*` namespace takes callbacks in MV2; the storage page maps it to `browser`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { fixtureResponse, isWebmailUrl } from './fixture-server';
import type { Box, FrameLike, Surface, Ui } from './ui';
import { ROOT } from './extension';

export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'between-sessions@between-sessions.app';
/** A fixed internal UUID (pref extensions.webextensions.uuids) gives a known moz-extension:// origin. */
export const FIREFOX_UUID = '4f6b2c1e-8a3d-4e5f-9b7c-0d1e2f3a4b5c';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

const ACTION_TIMEOUT_MS = 5_000;

export function findFirefox(): string | null {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** WebDriver's code points for the named keys the tests press (WebDriver spec, "keyboard actions"). */
const WEBDRIVER_KEYS: Record<string, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

interface BidiContext {
  performActions(actions: unknown[]): Promise<void>;
}

/**
 * Presses a Playwright-named chord ("Control+Enter", "Space", "Escape") in one WebDriver BiDi
 * action sequence (one round trip, where puppeteer's keyboard API makes three).
 */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = (chord === '+' ? ['+'] : chord.split('+')).map((k) => {
    const value = WEBDRIVER_KEYS[k] ?? k;
    if ([...value].length !== 1) throw new Error(`Firefox: no WebDriver key for ${k}`);
    return value;
  });
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  await context.performActions([
    {
      type: 'key',
      id: '__puppeteer_keyboard',
      actions: [
        ...keys.map((value) => ({ type: 'keyDown', value })),
        ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
      ],
    },
  ]);
}

type Resolve = () => Promise<ElementHandle<HTMLElement>[]>;

/**
 * Every element under `roots` matching `selector`, in open shadow roots too (as Playwright's CSS
 * engine does for selectors that stay inside one shadow tree).
 */
async function queryDeep(root: ElementHandle<Node>, selector: string): Promise<ElementHandle<HTMLElement>[]> {
  const list = await root.evaluateHandle((node, css) => {
    const found: Element[] = [];
    const visit = (scope: ParentNode) => {
      found.push(...scope.querySelectorAll(css));
      for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    if (node instanceof Element && node.matches(css)) found.push(node);
    visit(node as unknown as ParentNode);
    return [...new Set(found)].filter((el) => el !== node);
  }, selector);
  const properties = await list.getProperties();
  await list.dispose();
  const out: ElementHandle<HTMLElement>[] = [];
  for (const handle of properties.values()) {
    const element = handle.asElement();
    if (element) out.push(element as ElementHandle<HTMLElement>);
  }
  return out;
}

/** A lazy element set, resolved at each call like a Playwright Locator. */
export class FirefoxUi implements Ui<FirefoxUi> {
  private readonly page: Page;
  private readonly resolve: Resolve;
  private readonly description: string;

  constructor(page: Page, resolve: Resolve, description: string) {
    this.page = page;
    this.resolve = resolve;
    this.description = description;
  }

  static in(page: Page, frame: Frame, selector: string): FirefoxUi {
    return new FirefoxUi(page, async () => queryDeep(await frame.evaluateHandle(() => document), selector), selector);
  }

  locator(selector: string): FirefoxUi {
    return new FirefoxUi(
      this.page,
      async () => {
        const out: ElementHandle<HTMLElement>[] = [];
        for (const parent of await this.resolve()) out.push(...(await queryDeep(parent, selector)));
        return out;
      },
      `${this.description} ${selector}`,
    );
  }

  private pickOne(which: (all: ElementHandle<HTMLElement>[]) => ElementHandle<HTMLElement> | undefined, name: string) {
    return new FirefoxUi(
      this.page,
      async () => {
        const one = which(await this.resolve());
        return one ? [one] : [];
      },
      `${this.description} >> ${name}`,
    );
  }
  first(): FirefoxUi {
    return this.pickOne((all) => all[0], 'first');
  }
  last(): FirefoxUi {
    return this.pickOne((all) => all.at(-1), 'last');
  }
  nth(index: number): FirefoxUi {
    return this.pickOne((all) => all.at(index), `nth=${index}`);
  }

  async count(): Promise<number> {
    return (await this.resolve()).length;
  }

  /** The first match, waiting for one as Playwright's actions do. */
  private async one(): Promise<ElementHandle<HTMLElement>> {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const [first] = await this.resolve().catch(() => []);
      if (first) return first;
      if (Date.now() > deadline) throw new Error(`Firefox: nothing matches ${this.description}`);
      await sleep(50);
    }
  }

  async waitFor(): Promise<void> {
    await this.one();
  }
  async click(): Promise<void> {
    await (await this.one()).click();
  }
  async focus(): Promise<void> {
    await (await this.one()).focus();
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await pressChord(this.page, key);
  }
  async pressSequentially(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.type(text);
  }
  async innerText(): Promise<string> {
    return (await this.one()).evaluate((el) => el.innerText);
  }
  async allInnerTexts(): Promise<string[]> {
    return Promise.all((await this.resolve()).map((h) => h.evaluate((el) => el.innerText)));
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.one()).evaluate((el, n) => el.getAttribute(n), name);
  }
  async isVisible(): Promise<boolean> {
    const [first] = await this.resolve();
    return first ? first.isVisible() : false;
  }
  async boundingBox(): Promise<Box | null> {
    return (await this.one()).boundingBox();
  }
  async evaluate<R>(fn: (element: HTMLElement) => R): Promise<R> {
    return (await this.one()).evaluate(fn as (el: HTMLElement) => Awaited<R>) as Promise<R>;
  }
  async evaluateAll<R>(fn: (elements: HTMLElement[]) => R): Promise<R> {
    const handles = await this.resolve();
    const all = await (handles[0]?.frame ?? this.page.mainFrame()).evaluateHandle((...els) => els, ...handles);
    try {
      return (await all.evaluate(fn as (els: HTMLElement[]) => Awaited<R>)) as R;
    } finally {
      await all.dispose();
    }
  }
  async setInputFiles(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dir = mkdtempSync(path.join(tmpdir(), 'between-sessions-upload-'));
    const full = path.join(dir, file.name);
    writeFileSync(full, file.buffer);
    try {
      await ((await this.one()) as unknown as ElementHandle<HTMLInputElement>).uploadFile(full);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

class FirefoxFrame implements FrameLike<FirefoxUi> {
  private readonly page: Page;
  private readonly frame: Frame;
  constructor(page: Page, frame: Frame) {
    this.page = page;
    this.frame = frame;
  }
  locator(selector: string): FirefoxUi {
    return FirefoxUi.in(this.page, this.frame, selector);
  }
  evaluate<R>(fn: () => R): Promise<R> {
    return this.frame.evaluate(fn as () => Awaited<R>) as Promise<R>;
  }
}

/** Navigates to an extension page: BiDi's navigate without waiting, then the page's own word. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } }
  ).browsingContext;
  await context.navigate(url, 'none');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    if (Date.now() > deadline) throw new Error(`Firefox: ${url} did not load (${state || 'no answer'})`);
    await sleep(50);
  }
}

/** One tab, serving the fixtures at the real webmail URLs. */
export class FirefoxSurface implements Surface<FirefoxUi> {
  readonly tab: Page;
  /** Requests this tab made that were neither a fixture nor the extension's: refused, listed here. */
  readonly refused: string[] = [];
  readonly keyboard: Surface['keyboard'];
  readonly mouse: Surface['mouse'];

  private constructor(tab: Page) {
    this.tab = tab;
    this.keyboard = { press: (key) => pressChord(tab, key), type: (text) => tab.keyboard.type(text) };
    this.mouse = { click: (x, y) => tab.mouse.click(x, y) };
  }

  static async open(browser: Browser): Promise<FirefoxSurface> {
    const tab = await browser.newPage();
    // Keys and focus go to the front tab's document.
    await tab.bringToFront();
    await tab.setRequestInterception(true);
    const surface = new FirefoxSurface(tab);
    tab.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (isWebmailUrl(url)) return void fixtureResponse(url).then((r) => request.respond(r));
      if (url.startsWith(`${FIREFOX_EXTENSION_ORIGIN}/`)) return void request.continue();
      // Anything else fails here and never goes out: the tests run offline.
      surface.refused.push(url);
      void request.abort('blockedbyclient');
    });
    return surface;
  }

  async goto(url: string): Promise<unknown> {
    if (url.startsWith('moz-extension:')) return gotoExtensionPage(this.tab, url);
    return this.tab.goto(url);
  }
  locator(selector: string): FirefoxUi {
    return FirefoxUi.in(this.tab, this.tab.mainFrame(), selector);
  }
  frames(): FrameLike<FirefoxUi>[] {
    return this.tab.frames().map((frame) => new FirefoxFrame(this.tab, frame));
  }
  evaluate<R>(fn: () => R): Promise<R> {
    return this.tab.evaluate(fn as () => Awaited<R>) as Promise<R>;
  }
  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }
  close(): Promise<void> {
    return this.tab.close();
  }
}

/** What storage writes run in: an extension page of our add-on, where `chrome` is `browser`. */
export interface StoragePage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface FirefoxSession {
  browser: Browser;
  version: string;
  storage: StoragePage;
  newSurface(): Promise<FirefoxSurface>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extraPrefs?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** Starts Debian's Firefox ESR (or FIREFOX_PATH) headless, with no add-on yet. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error('No Firefox found. Install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  }
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath,
    // The window Chromium's tests get (extension.ts). Puppeteer's default, 800x600, leaves room
    // for one 520px compose only: Gmail's fake lays a second one out to its left, off the page,
    // where nothing can be clicked (two-composes).
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...options.env },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...options.extraPrefs,
    },
  });
}

/** Starts Firefox headless with the built Firefox extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${FIREFOX_BUILD}: run npm run build:firefox first.`);
  }
  const browser = await launchFirefox(options);
  try {
    await browser.installExtension(FIREFOX_BUILD);
    const storageTab = (await browser.pages())[0] ?? (await browser.newPage());
    await gotoExtensionPage(storageTab, `${FIREFOX_EXTENSION_ORIGIN}/options.html`);
    const storage: StoragePage = {
      evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
        await storageTab.evaluate(() => {
          (globalThis as unknown as { chrome: unknown }).chrome = (
            globalThis as unknown as { browser: unknown }
          ).browser;
        });
        return storageTab.evaluate(fn as (a: unknown) => Awaited<R>, arg) as Promise<R>;
      },
    };
    // As in Chromium (extension.ts): wait for the first read of managed storage.
    const deadline = Date.now() + 20_000;
    while (
      !(await storage.evaluate(async () => (await chrome.storage.local.get('managedCache'))['managedCache'] != null, 0))
    ) {
      if (Date.now() > deadline) throw new Error('the extension never finished reading managed storage');
      await sleep(100);
    }
    return {
      browser,
      version: await browser.version(),
      storage,
      newSurface: () => FirefoxSurface.open(browser),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
