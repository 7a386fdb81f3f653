import { writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { clientSettings, contactPolicy, MAYA, therapistEntry } from '../support/settings-builder';
import { expect, test } from '../support/test';

/** What the draft says, read in the background: crisis, purpose, length, health details. */
const THERAPIST = MAYA;
const CLIENT = 'jordan.avery@example.org';
const peoplekit = fixtureNamed('compose-peoplekit');

/** Maya's policy: encryption preferred, and a note that email is not for emergencies. */
const policy = (email: Record<string, unknown>) =>
  contactPolicy({
    email: { encryption: 'preferred', ...email },
    emergency: { note: 'I do not monitor email for emergencies.' },
  });

test('a crisis draft shows the crisis lines beside Send anyway, and still sends when confirmed', async ({
  page,
  ext,
}) => {
  await writeSettings(
    ext.worker,
    clientSettings([therapistEntry('t1', policy({ purposes: ['scheduling', 'admin', 'checkin', 'support'] }))]),
  );
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [THERAPIST],
    subject: 'Thursday',
    body: 'I have been saving up my pills and I want to die.',
  });
  await gmail.attemptSend(compose, 'click');

  const crisis = gmail.dialog().locator('[data-finding-id="crisis"]');
  await expect(crisis).toBeVisible();
  // First in the dialog, with links to call or text, and the therapist's own note.
  await expect(gmail.dialog().locator('[data-finding-id]').first()).toHaveAttribute('data-finding-id', 'crisis');
  await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
  await expect(crisis.locator('a[href^="sms:"]').first()).toBeVisible();
  await expect(crisis).toContainText('I do not monitor email for emergencies.');
  await expect(crisis).toContainText('want to die');
  await expect(gmail.dialog().locator('[data-action="send-anyway"]')).toBeEnabled();

  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
});

test('a long clinical draft to a scheduling-only therapist gets purpose and too-long', async ({ page, ext }) => {
  await writeSettings(
    ext.worker,
    clientSettings([therapistEntry('t1', policy({ purposes: ['scheduling'], maxWords: 40 }))]),
  );
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  const body =
    'Since our last session the panic attacks have come back almost every night, and the flashbacks about the accident ' +
    'are worse. I stopped taking the sertraline last week because of the side effects and I have not told my doctor yet. ' +
    'I keep going over what we discussed about my childhood and it brings up so much shame.';
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="purpose"]')).toContainText('therapy content');
  await expect(gmail.dialog().locator('[data-finding-id="too-long"]')).toContainText('at most 40 words');
});

test('therapist role: a reply naming a diagnosis shows phi and encryption; a logistics reply with accepted plain email goes straight out', async ({
  page,
  ext,
}) => {
  await writeSettings(ext.worker, {
    role: 'therapist',
    therapists: [],
    acceptances: { c1: { acceptedAt: '2026-11-01T09:00:00.000Z' } },
    clients: [{ id: 'c1', name: 'Jordan Avery', emails: [CLIENT] }],
    ownPolicy: policy({ purposes: ['scheduling', 'admin', 'checkin'] }),
  });
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, {
    to: [CLIENT],
    subject: 'Next week',
    body: 'Given your PTSD diagnosis, I think we should continue the EMDR work and talk about the sertraline dose.',
  });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog().locator('[data-finding-id="phi"]')).toContainText('PTSD');
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toBeVisible();
  await page.keyboard.press('Escape');

  const logistics = await gmail.openNewCompose();
  await gmail.write(logistics, {
    to: [CLIENT],
    subject: 'Next week',
    body: 'Confirming our appointment on Tuesday at 3pm. See you then.',
  });
  await gmail.attemptSend(logistics, 'click');
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await expect(gmail.dialog()).toHaveCount(0);
});
