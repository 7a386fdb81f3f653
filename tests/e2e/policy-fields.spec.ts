import type { Worker } from '@playwright/test';
import { readStoredSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { jsonFile, openOptions } from '../support/options-page';
import { clientSettings } from '../support/settings-builder';
import { expect, test } from '../support/test';

/**
 * The policy fields of 2026-12 through the built extension: a policy with a channel per purpose,
 * imported on the options page, names the right channel in Gmail's pre-send dialog; a changed
 * policy for a listed therapist shows what changed, is acknowledged, and the acknowledgement is
 * listed with its date.
 */
const POLICY = {
  format: 'between-sessions.contact-policy',
  version: 1,
  updated: '2026-11-01',
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] },
  email: {
    purposes: ['scheduling'],
    encryption: 'not-required',
    allowedCc: [],
    channels: {
      clinical: { kind: 'portal', name: 'Calm portal', url: 'https://portal.calmpractice.example/messages' },
      support: { kind: 'phone', name: 'Practice line', phone: '+1 555 0100' },
    },
    record: 'Emails become part of your clinical record.',
  },
  emergency: { region: 'US' },
};

async function seedEmpty(worker: Worker) {
  await writeSettings(worker, clientSettings([]));
}

test('a policy with channels, imported on the options page, names the portal in the dialog', async ({ page, ext }) => {
  await seedEmpty(ext.worker);
  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  await options.getByLabel('Import policy file').setInputFiles(jsonFile(POLICY, 'maya.json'));
  await expect(options.getByTestId('therapist')).toContainText('Dr. Maya Lee');
  // The record line is shown once, on import.
  await expect(options.getByTestId('import-record')).toContainText('Emails become part of your clinical record.');

  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  await page.bringToFront();
  const compose = await gmail.open();
  const body =
    'Since our last session the panic attacks have come back almost every night, and the flashbacks about the accident ' +
    'are worse. I stopped taking the sertraline last week because of the side effects and I have not told my doctor yet.';
  await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Thursday', body });
  await gmail.attemptSend(compose, 'click');
  const purpose = gmail.dialog().locator('[data-finding-id="purpose"]');
  await expect(purpose).toContainText(
    'For therapy content, use Calm portal: https://portal.calmpractice.example/messages.',
  );
  expect(await gmail.sent()).toEqual([]);
  await gmail.dialog().locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await options.close();
});

test('a changed policy for a listed therapist: the changes are shown, acknowledged and listed with the date', async ({
  page,
  ext,
}) => {
  await writeSettings(ext.worker, {
    role: 'client',
    therapists: [{ id: 't-maya', source: 'imported', policy: POLICY }],
    acceptances: {},
    clients: [],
  });
  await openOptions(page, ext.extensionId);
  await expect(page.getByTestId('policy-acknowledgement')).toHaveCount(0);

  const changed = {
    ...POLICY,
    updated: '2026-12-01',
    email: { ...POLICY.email, purposes: ['scheduling', 'admin'], fees: { freeMinutes: 10, rate: 'USD 2.50 a minute' } },
    availability: { timezone: 'America/New_York', hours: { mon: ['09:00-17:00'] }, notReadOn: ['sat', 'sun'] },
  };
  await page.getByLabel('Import policy file').setInputFiles(jsonFile(changed, 'maya-2026-12.json'));
  const changes = page.getByTestId('policy-changes');
  await expect(changes).toContainText('updated 2026-12-01');
  await expect(changes).toContainText('Email is now also for: admin and paperwork.');
  await expect(changes).toContainText('Fees: new, “free for 10 minutes, then USD 2.50 a minute”.');
  await expect(changes).toContainText('Days email is not read: new, “Saturday, Sunday”.');
  // Nothing changes until the client acknowledges.
  const before = (await readStoredSettings(ext.worker)) as { therapists: { policy: { updated?: string } }[] };
  expect(before.therapists[0]!.policy.updated).toBe('2026-11-01');

  await page.getByRole('button', { name: 'I have read the changes: acknowledge and replace' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Replaced the policy of Dr. Maya Lee');
  const entry = page.getByTestId('policy-acknowledgement');
  await expect(entry).toHaveCount(1);
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(entry).toContainText(`Dr. Maya Lee (policy of 2026-12-01): acknowledged on ${today}`);

  const after = (await readStoredSettings(ext.worker)) as {
    therapists: { id: string; policy: { updated?: string } }[];
    policyAcknowledgements: { counterpartId: string; updated: string; changes: string[] }[];
  };
  expect(after.therapists.map((t) => [t.id, t.policy.updated])).toEqual([['t-maya', '2026-12-01']]);
  expect(after.policyAcknowledgements).toHaveLength(1);
  expect(after.policyAcknowledgements[0]).toMatchObject({ counterpartId: 't-maya', updated: '2026-12-01' });
  expect(after.policyAcknowledgements[0]!.changes).toContain('Email is now also for: admin and paperwork.');

  // After a reload the acknowledgement is still listed.
  await page.reload();
  await expect(page.getByTestId('policy-acknowledgement')).toContainText('acknowledged on');
});
