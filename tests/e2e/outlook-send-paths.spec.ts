import { OL, OUTLOOK_FIXTURES, OutlookPage, outlookFixtureNamed, outlookPathsFor } from '../support/outlook-page';
import { defineSendSuite } from '../support/send-suite';
import { findDialog } from '../support/ui';

/**
 * Every send path on every Outlook fixture, at https://outlook.office.com, with the built
 * extension in real Chromium: the same assertions as Gmail's (send-suite.ts). The other three
 * hosts get a smoke test in outlook-guard.spec.ts. Firefox (tests tagged @firefox) runs every
 * test on one fixture with a subject field (so every path), and the click path on the others.
 */
const FIREFOX_EVERY_PATH = 'chips-wrapped';
const everyPathFixture = new Set(outlookPathsFor(outlookFixtureNamed(FIREFOX_EVERY_PATH)));

for (const fixture of OUTLOOK_FIXTURES) {
  defineSendSuite({
    host: 'outlook.office.com',
    fixture,
    paths: outlookPathsFor(fixture),
    actionOf: (path) => (path === 'schedule' ? 'schedule' : 'send'),
    keyboardPath: 'ctrl-enter-body',
    firefox:
      fixture.name === FIREFOX_EVERY_PATH
        ? 'all'
        : outlookPathsFor(fixture).filter((path) => path === 'click' || !everyPathFixture.has(path)),
    // With chips by name only, the Cc'd friend shows as "Sam Friend" and nowhere by address.
    ...(fixture.name === 'name-only' ? { strangerShownAs: 'Sam Friend (Cc, address not shown)' } : {}),
    driver(page) {
      const outlook = new OutlookPage(page, fixture);
      return {
        open: () => outlook.open(),
        write: (compose, draft) => outlook.write(compose, draft),
        attemptSend: (compose, path) => outlook.attemptSend(compose, path),
        sent: () => outlook.sent(),
        bodyText: (compose) => outlook.bodyText(compose),
        dialog: () => findDialog(page),
        body: (compose) => compose.locator(OL.body),
        send: (compose) => compose.locator(OL.send),
      };
    },
  });
}
