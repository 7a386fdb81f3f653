import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test-only: builds the DOM of an e2e fixture page in the unit tests' happy-dom by running the
 * same fake webmail script with the same config the browser runs, so unit-test DOM and the e2e
 * fakes come from one source (tests/fixtures/). The fixture's inline config script and the fake
 * are run as functions in this window; nothing is fetched.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures') + '/';

export type FakeHost = 'gmail' | 'outlook';

const scriptCache = new Map<string, string>();
function read(path: string): string {
  let text = scriptCache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    scriptCache.set(path, text);
  }
  return text;
}

/** The inline config of a fixture page (`window.FAKE_..._CONFIG = {...};`). */
export function fixtureConfigScript(host: FakeHost, fixture: string): string {
  const html = read(`${FIXTURES}${host}/${fixture}.html`);
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!inline) throw new Error(`fixture ${host}/${fixture} has no inline config`);
  return inline[1]!;
}

/** Replaces the document's body with the fixture page as its fake builds it. */
export function loadFakePage(host: FakeHost, fixture: string, extraConfig: Record<string, unknown> = {}): void {
  document.body.replaceChildren();
  const w = window as unknown as Record<string, unknown>;
  const key = host === 'gmail' ? 'FAKE_GMAIL_CONFIG' : 'FAKE_OUTLOOK_CONFIG';
  Reflect.deleteProperty(w, key);
  new Function(fixtureConfigScript(host, fixture))();
  Object.assign(w[key] as object, extraConfig);
  new Function(read(`${FIXTURES}${host}/fake-${host}.js`))();
}

/** What the fake recorded as sent (window.__sent). */
export function fakeSent<T = Record<string, unknown>>(): T[] {
  return ((window as unknown as { __sent?: T[] }).__sent ?? []).slice();
}
