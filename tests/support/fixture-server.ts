/**
 * Serves the fake webmail pages from tests/fixtures through request interception (Playwright's
 * routing in Chromium, puppeteer's in Firefox: tests/support/firefox.ts), so pages
 * load under their real origins (https://mail.google.com, the Outlook hosts) and the extension's
 * content scripts match them. Nothing touches the network.
 *
 *   /__fixtures/<path>          -> tests/fixtures/<path> (.html .js .css .json .svg .png only)
 *   any other URL with ?fx=<n>  -> tests/fixtures/<provider>/<n>.html   (n matches [a-z0-9-]+)
 *   anything else               -> 404
 *
 * HTML responses carry `Content-Security-Policy: require-trusted-types-for 'script'`, as Gmail
 * and Outlook do, so any innerHTML-style sink in page code throws like it would there.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';

export const FIXTURES_DIR: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const GMAIL_ORIGIN = 'https://mail.google.com';
const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const HTML_HEADERS = {
  'content-type': CONTENT_TYPES['.html']!,
  'content-security-policy': "require-trusted-types-for 'script'",
  'cache-control': 'no-store',
};

const FIXTURE_NAME = /^[a-z0-9-]+$/;

/**
 * URL of a Gmail fixture page, e.g. gmailUrl('compose-peoplekit') ->
 * https://mail.google.com/mail/u/0/?fx=compose-peoplekit#inbox. extraQuery ("leak=1&mac=1") is
 * appended to the query string.
 */
export function gmailUrl(fixture: string, extraQuery = ''): string {
  if (!FIXTURE_NAME.test(fixture)) throw new Error(`bad fixture name: ${fixture}`);
  const extra = extraQuery.replace(/^[?&]+/, '');
  const tail = extra ? `&${extra}` : '';
  if (fixture === 'popout') return `${GMAIL_ORIGIN}/mail/u/0/?fx=popout&view=cm&fs=1&tf=1${tail}`;
  const hash = fixture === 'thread-reply' ? '#inbox/FMfcgzQbfakeThreadReply' : '#inbox';
  return `${GMAIL_ORIGIN}/mail/u/0/?fx=${fixture}${tail}${hash}`;
}

/**
 * URL of an Outlook fixture page on one of the four Outlook hosts, e.g.
 * outlookUrl('name-only') -> https://outlook.office.com/mail/inbox?fx=name-only and
 * outlookUrl('popout-new') -> https://outlook.office.com/mail/deeplink/compose?fx=popout-new&popoutv2=1.
 * extraQuery ("lang=de&altS=1") is appended to the query string.
 */
export function outlookUrl(fixture: string, host = 'outlook.office.com', extraQuery = ''): string {
  if (!FIXTURE_NAME.test(fixture)) throw new Error(`bad fixture name: ${fixture}`);
  if (!OUTLOOK_HOSTS.includes(host)) throw new Error(`not an Outlook host: ${host}`);
  const extra = extraQuery.replace(/^[?&]+/, '');
  const tail = extra ? `&${extra}` : '';
  if (fixture === 'popout-new') return `https://${host}/mail/deeplink/compose?fx=popout-new&popoutv2=1${tail}`;
  const where = fixture === 'reading-pane-reply' ? 'inbox/id/AAQkAGZha2UtY29udmVyc2F0aW9u' : 'inbox';
  return `https://${host}/mail/${where}?fx=${fixture}${tail}`;
}

/** A fixture server's answer, for any driver's request interception to send. */
export interface FixtureResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

function notFound(what: string): FixtureResponse {
  return {
    status: 404,
    headers: HTML_HEADERS,
    body: `<!doctype html><title>404 Not Found</title><h1>404</h1><p>No fixture: ${escapeHtml(what)}</p>`,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a path below FIXTURES_DIR, or null for traversal attempts and odd input. */
function resolveInside(relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((seg) => seg === '..')) return null;
  const full = path.resolve(FIXTURES_DIR, '.' + path.posix.sep + decoded);
  if (!full.startsWith(FIXTURES_DIR + path.sep)) return null;
  return full;
}

async function serveStatic(relative: string): Promise<FixtureResponse> {
  const full = resolveInside(relative);
  const type = full ? CONTENT_TYPES[path.extname(full).toLowerCase()] : undefined;
  if (!full || !type || !(await isFile(full))) return notFound(relative);
  const body = await readFile(full);
  const headers: Record<string, string> =
    type === CONTENT_TYPES['.html'] ? { ...HTML_HEADERS } : { 'content-type': type, 'cache-control': 'no-store' };
  return { status: 200, headers, body };
}

function providerOf(url: URL): 'gmail' | 'outlook' | null {
  if (url.origin === GMAIL_ORIGIN) return 'gmail';
  return url.protocol === 'https:' && OUTLOOK_HOSTS.includes(url.host) ? 'outlook' : null;
}

/** Whether a URL is one of the webmail origins the fixtures are served at. */
export function isWebmailUrl(url: string): boolean {
  return providerOf(new URL(url)) !== null;
}

/** The fixture answer for a request to Gmail or an Outlook host. */
export async function fixtureResponse(requestUrl: string): Promise<FixtureResponse> {
  const url = new URL(requestUrl);
  const provider = providerOf(url);
  if (!provider) return notFound(url.origin);
  if (url.pathname.startsWith('/__fixtures/')) return serveStatic(url.pathname.slice('/__fixtures/'.length));
  const fx = url.searchParams.get('fx');
  if (!fx || !FIXTURE_NAME.test(fx)) return notFound(url.pathname);
  return serveStatic(`${provider}/${fx}.html`);
}

async function handle(route: Route): Promise<void> {
  return route.fulfill(await fixtureResponse(route.request().url()));
}

/** Routes Gmail and the four Outlook hosts of this context to the fixture files. */
export async function serveWebmailFixtures(context: BrowserContext): Promise<void> {
  await context.route(`${GMAIL_ORIGIN}/**`, handle);
  for (const host of OUTLOOK_HOSTS) {
    await context.route(`https://${host}/**`, handle);
  }
}
