import { expectedAction, fixtureNamed, GM, GMAIL_FIXTURES, GmailPage, pathsFor } from '../support/gmail-page';
import { defineSendSuite } from '../support/send-suite';
import { findDialog } from '../support/ui';

/**
 * Every send path on every Gmail fixture, with the built extension in real Chromium. Firefox
 * (tests tagged @firefox) runs every test on one fixture, and on the others the click path plus
 * any path that fixture alone has (Send & Archive on the thread reply): playwright.config.ts.
 */
const FIREFOX_EVERY_PATH = 'compose-peoplekit';
const everyPathFixture = new Set(pathsFor(fixtureNamed(FIREFOX_EVERY_PATH)));

for (const fixture of GMAIL_FIXTURES) {
  defineSendSuite({
    host: 'gmail',
    fixture,
    paths: pathsFor(fixture),
    actionOf: expectedAction,
    keyboardPath: 'ctrl-enter-body',
    firefox:
      fixture.name === FIREFOX_EVERY_PATH
        ? 'all'
        : pathsFor(fixture).filter((path) => path === 'click' || !everyPathFixture.has(path)),
    driver(page) {
      const gmail = new GmailPage(page, fixture);
      return {
        open: () => gmail.open(),
        write: (compose, draft) => gmail.write(compose, draft),
        attemptSend: (compose, path) => gmail.attemptSend(compose, path),
        sent: () => gmail.sent(),
        bodyText: (compose) => gmail.bodyText(compose),
        dialog: () => findDialog(page),
        body: (compose) => compose.locator(GM.body),
        send: (compose) => compose.locator(GM.send),
      };
    },
  });
}
