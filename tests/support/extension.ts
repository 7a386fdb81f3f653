import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from '@playwright/test';
import { clientSettings, contactPolicy, therapistEntry } from './settings-builder.ts';

/** The part of the extension API the tests reach into from the service worker. */
declare global {
  var chrome: {
    storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    runtime: { reload(): void; sendMessage(m: unknown): Promise<unknown> };
    i18n: { getUILanguage(): string };
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
      getCurrent(): Promise<{ id?: number } | undefined>;
    };
  };
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');

/**
 * A Chromium that still loads unpacked extensions from the command line: CHROMIUM_PATH, then
 * Debian's (the binary behind its wrapper script avoids a start-up warning), then Playwright's own.
 * Google-branded Chrome 137+ ignores --load-extension, so it is not looked for.
 */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browser is not installed.
  }
  return null;
}

/** Chromium without the extension, for the self-tests of the fake webmails. */
export function launchPlainChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded, in a throw-away profile. */
export async function launchWithExtension(
  options: { headless?: boolean; extensionPath?: string; coldStart?: boolean; language?: string } = {},
): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run npm run build first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'between-sessions-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    // The browser's UI language, which picks the extension's catalogue: on Linux Chromium reads
    // it from LANGUAGE, not from --lang.
    ...(options.language
      ? {
          env: {
            ...process.env,
            LANGUAGE: options.language,
            LANG: `${options.language}.UTF-8`,
            LC_ALL: `${options.language}.UTF-8`,
          },
          locale: options.language,
        }
      : {}),
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      // Without these Chromium reaches for Google hosts at start, which would spoil the no-network test.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile has never read managed (enterprise) storage, and Chromium answers that first
  // read seconds after start: until then sends are "unchecked" by design. A user's browser has
  // long been running by the time they send; tests wait for that read too, unless they test
  // the cold start itself.
  if (!options.coldStart) {
    const deadline = Date.now() + 20_000;
    while (
      !(await worker.evaluate(async () => (await chrome.storage.local.get('managedCache'))['managedCache'] != null))
    ) {
      if (Date.now() > deadline) throw new Error('the extension never finished reading managed storage');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Where the tests reach the extension's storage: Chromium's service worker (a Playwright Worker
 * is one as it is) or an extension page in Firefox (firefox.ts).
 */
export interface StorageHost {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface TherapistSeed {
  name?: string;
  emails: string[];
  encryption?: 'required' | 'preferred' | 'not-required';
  allowedCc?: string[];
}

/**
 * Replaces the stored settings (version 2) through the extension's own storage, as the options
 * page would: each therapist gets a basic contact policy with the given addresses.
 */
export async function setSettings(
  worker: StorageHost,
  therapists: TherapistSeed[],
  acceptances: Record<string, { acceptedAt: string }> = {},
): Promise<void> {
  const entries = therapists.map((t, i) =>
    therapistEntry(
      `t${i + 1}`,
      contactPolicy({
        name: t.name || t.emails[0],
        emails: t.emails,
        email: { encryption: t.encryption ?? 'preferred', allowedCc: t.allowedCc ?? [] },
      }),
      'edited',
    ),
  );
  await writeSettings(worker, clientSettings(entries, { acceptances }));
}

/** Stores a settings value (version 2) as it is, valid or not. */
export async function writeSettings(worker: StorageHost, value: unknown): Promise<void> {
  await worker.evaluate(async (settings) => {
    await chrome.storage.local.set({ settings, settings$: { v: 2 } });
  }, value);
}

export async function readStoredSettings(worker: StorageHost): Promise<unknown> {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings'))['settings']);
}
