import { expectedAction, GM, GMAIL_FIXTURES, GmailPage, pathsFor } from '../support/gmail-page';
import { defineSendSuite } from '../support/send-suite';

/** Every send path on every Gmail fixture, with the built extension in real Chromium. */
for (const fixture of GMAIL_FIXTURES) {
  defineSendSuite({
    host: 'gmail',
    fixture,
    paths: pathsFor(fixture),
    actionOf: expectedAction,
    keyboardPath: 'ctrl-enter-body',
    driver(page) {
      const gmail = new GmailPage(page, fixture);
      return {
        open: () => gmail.open(),
        write: (compose, draft) => gmail.write(compose, draft),
        attemptSend: (compose, path) => gmail.attemptSend(compose, path),
        sent: () => gmail.sent(),
        bodyText: (compose) => gmail.bodyText(compose),
        dialog: () => gmail.dialog(),
        body: (compose) => compose.locator(GM.body),
        send: (compose) => compose.locator(GM.send),
      };
    },
  });
}
