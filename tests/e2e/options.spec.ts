import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { readStoredSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { jsonFile, openOptions } from '../support/options-page';
import { clientSettings } from '../support/settings-builder';
import { expect, test } from '../support/test';

/**
 * The options page: therapists added through the form (from a template) and by importing their
 * policy file, export and re-import, bad input changing nothing, unreadable storage, the therapist
 * role, accessibility (axe) and keyboard use; an open Gmail tab follows a newly imported policy.
 */

const MAYA_POLICY = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: {
    name: 'Dr. Maya Lee',
    emails: ['maya@calmpractice.example', '@calmpractice.example'],
    practice: 'Calm Practice',
  },
  email: {
    purposes: ['scheduling', 'admin', 'checkin'],
    maxWords: 150,
    maxPerWeek: 2,
    encryption: 'required',
    allowedCc: ['guardian@example.com'],
    secureChannel: { name: 'Client portal', url: 'https://portal.calmpractice.example' },
  },
  availability: {
    timezone: 'America/New_York',
    hours: { mon: ['09:00-17:00'], tue: ['09:00-12:00', '13:00-17:00'] },
    responseTime: 'within one business day',
  },
  emergency: { region: 'US', note: 'I do not monitor email for emergencies.' },
  notes: 'Email is for logistics.',
};

const ANA_POLICY = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { name: 'Dr. Ana Ruiz', emails: ['ana@otherpractice.example'] },
  email: { purposes: ['scheduling'], encryption: 'preferred', allowedCc: [] },
  emergency: { region: 'CA' },
};

const BROKEN_POLICY = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { name: '', emails: ['maya at calmpractice'] },
  email: { purposes: ['scheduling', 'gossip'], encryption: 'sometimes', maxWords: -5 },
  availability: { timezone: 'Mars/Olympus', hours: { mon: ['17:00-09:00'] } },
  emergency: { region: 'UK' },
};

const settingsWith = (extra: Record<string, unknown> = {}) => clientSettings([], extra);

const MAYA_ENTRY = { id: 't-maya', policy: MAYA_POLICY, source: 'imported' };

async function seed(worker: Worker, value: unknown): Promise<void> {
  await writeSettings(worker, value);
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ sendLog: {} });
  });
}

type Stored = {
  role: string;
  therapists: { id: string; source: string; policy: typeof MAYA_POLICY }[];
  clients: { id: string; name: string; emails: string[] }[];
};

async function stored(worker: Worker): Promise<Stored> {
  return (await readStoredSettings(worker)) as Stored;
}

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${state})`).toEqual([]);
}

test.beforeEach(async ({ ext }) => {
  await seed(ext.worker, settingsWith());
});

test('a therapist added through the form, from a template, is listed and stored', async ({ page, ext }) => {
  await openOptions(page, ext.extensionId);
  await expect(page.getByText('No therapist listed yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add a therapist' }).click();
  await page.getByRole('radio', { name: /Brief check-ins welcome/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(page.getByLabel('Time zone')).toHaveValue(browserZone);
  await expect(page.getByLabel('Monday from')).toHaveValue('09:00');
  await page.getByLabel('Name', { exact: true }).fill('Dr. Ana Ruiz');
  await page.getByLabel('Email addresses').fill('Ana@OtherPractice.example');
  await page.getByLabel('Country for crisis lines').selectOption('CA');
  await page.getByRole('button', { name: 'Add therapist' }).click();

  await expect(page.getByText('Added Dr. Ana Ruiz.')).toBeVisible();
  await expect(page.getByTestId('therapist')).toHaveCount(1);
  await expect(page.getByTestId('therapist')).toContainText('ana@otherpractice.example');
  await expect(page.getByRole('button', { name: 'Add a therapist' })).toBeFocused();

  const { therapists } = await stored(ext.worker);
  expect(therapists).toHaveLength(1);
  expect(therapists[0]!.source).toBe('edited');
  expect(therapists[0]!.policy).toMatchObject({
    therapist: { name: 'Dr. Ana Ruiz', emails: ['ana@otherpractice.example'] },
    email: { purposes: ['scheduling', 'admin', 'checkin'], maxWords: 200, maxPerWeek: 2, encryption: 'preferred' },
    availability: { timezone: browserZone, hours: { mon: ['09:00-17:00'], fri: ['09:00-17:00'] } },
    emergency: { region: 'CA' },
  });
});

test('a valid policy file imported through "Import policy file" is listed at once, with its unknown fields named', async ({
  page,
  ext,
}) => {
  await openOptions(page, ext.extensionId);
  await page.getByLabel('Import policy file').setInputFiles(jsonFile({ ...MAYA_POLICY, colour: 'blue' }, 'maya.json'));
  await expect(page.getByTestId('therapist')).toHaveCount(1);
  await expect(page.getByTestId('therapist')).toContainText('Dr. Maya Lee');
  await expect(page.getByTestId('import-done')).toContainText('Added Dr. Maya Lee');
  await expect(page.getByTestId('import-warnings')).toContainText('colour: unknown field, ignored');

  const { therapists } = await stored(ext.worker);
  expect(therapists).toHaveLength(1);
  expect(therapists[0]).toMatchObject({ source: 'imported', policy: MAYA_POLICY });
});

test('a broken policy file: every problem is listed by field path and storage is unchanged', async ({ page, ext }) => {
  await seed(ext.worker, settingsWith({ therapists: [MAYA_ENTRY] }));
  const before = await readStoredSettings(ext.worker);
  await openOptions(page, ext.extensionId);
  await page.getByLabel('Import policy file').setInputFiles(jsonFile(BROKEN_POLICY, 'broken.json'));

  const problems = page.getByTestId('import-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('broken.json was not imported');
  const paths = await problems.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-path')));
  expect(paths).toEqual(
    expect.arrayContaining([
      'therapist.name',
      'therapist.emails.0',
      'email.purposes.1',
      'email.encryption',
      'email.maxWords',
      'availability.timezone',
      'availability.hours.mon.0',
      'emergency.region',
    ]),
  );
  await expect(problems).toContainText('email.encryption: expected one of required, preferred, not-required');

  // Not JSON at all, and pasted text: refused the same way.
  await page
    .getByLabel('Import policy file')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(problems).toContainText('This is not a JSON file');
  await page.getByLabel('Or paste the text of a policy file').fill(JSON.stringify({ ...MAYA_POLICY, version: 3 }));
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(problems).toContainText('made by a newer version');

  expect(await readStoredSettings(ext.worker)).toEqual(before);
  await expect(page.getByTestId('therapist')).toHaveCount(1);
});

test('an exported policy re-imports to the identical file', async ({ page, ext }) => {
  await seed(ext.worker, settingsWith({ therapists: [MAYA_ENTRY] }));
  await openOptions(page, ext.extensionId);
  const exportMaya = () => page.getByRole('button', { name: 'Export Dr. Maya Lee' }).click();
  const first = await downloadBytes(page, exportMaya);
  expect(first.name).toBe('dr-maya-lee-contact-policy.json');
  expect(JSON.parse(first.bytes.toString('utf8'))).toEqual(MAYA_POLICY);

  // The same first address: the page asks before replacing.
  await page
    .getByLabel('Import policy file')
    .setInputFiles({ name: first.name, mimeType: 'application/json', buffer: first.bytes });
  await expect(page.getByRole('group', { name: 'Replace a listed therapist?' })).toContainText(
    'already listed as Dr. Maya Lee',
  );
  await expect(page.getByRole('button', { name: 'Replace' })).toBeFocused();
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Replaced the policy of Dr. Maya Lee');
  await expect(page.getByTestId('therapist')).toHaveCount(1);

  const second = await downloadBytes(page, exportMaya);
  expect(second.bytes.equals(first.bytes)).toBe(true);
  const { therapists } = await stored(ext.worker);
  expect(therapists.map((t) => [t.id, t.source])).toEqual([['t-maya', 'imported']]);
});

test('the Gmail guard picks up a newly imported policy in an already-open Gmail tab', async ({ page, ext }) => {
  const gmail = new GmailPage(page, fixtureNamed('compose-peoplekit'));
  const compose = await gmail.open();

  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  await options.getByLabel('Import policy file').setInputFiles(jsonFile(MAYA_POLICY, 'maya.json'));
  await expect(options.getByTestId('therapist')).toContainText('Dr. Maya Lee');

  await page.bringToFront();
  await gmail.write(compose, {
    to: ['maya@calmpractice.example'],
    subject: 'Thursday',
    body: "Could we move Thursday's appointment?",
  });
  await gmail.attemptSend(compose, 'click');
  await expect(gmail.dialog()).toBeVisible();
  await expect(gmail.dialog().locator('[data-finding-id="encryption"]')).toContainText(
    'asks for encrypted messages only',
  );
  expect(await gmail.sent()).toEqual([]);
  await options.close();
});

test('bad input in the add form changes nothing', async ({ page, ext }) => {
  await seed(ext.worker, settingsWith({ therapists: [MAYA_ENTRY] }));
  const before = await readStoredSettings(ext.worker);
  await openOptions(page, ext.extensionId);
  await page.getByRole('button', { name: 'Add a therapist' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Email addresses').fill('maya at calmpractice');
  await page.getByLabel('Longest message, in words (optional)').fill('0');
  await page.getByLabel('Monday until').fill('08:00');
  await page.getByRole('button', { name: 'Add therapist' }).click();

  const summary = page.getByTestId('form-problems');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Name: must not be empty');
  await expect(summary).toContainText('Email addresses: expected an email address');
  await expect(summary).toContainText('Longest message: must be a positive whole number');
  await expect(summary).toContainText('Monday, hours 1: 09:00-08:00 ends before it starts');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Monday from')).toHaveAttribute('aria-invalid', 'true');

  // Fixed, but with an address already listed: still refused, next to the field.
  await page.getByLabel('Name', { exact: true }).fill('Front desk');
  await page.getByLabel('Email addresses').fill('maya@calmpractice.example');
  await page.getByLabel('Longest message, in words (optional)').fill('');
  await page.getByLabel('Monday until').fill('17:00');
  await page.getByRole('button', { name: 'Add therapist' }).click();
  await expect(summary).toContainText('maya@calmpractice.example is already listed for Dr. Maya Lee');
  await expect(summary.locator('li')).toHaveCount(1);

  expect(await readStoredSettings(ext.worker)).toEqual(before);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('therapist')).toHaveCount(1);
  expect(await readStoredSettings(ext.worker)).toEqual(before);
});

test('unreadable storage: an alert, an export of what was stored, and a reset', async ({ page, ext }) => {
  await seed(ext.worker, { therapists: 'not a list' });
  await openOptions(page, ext.extensionId);
  const alert = page.getByTestId('storage-alert');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('could not be read');
  await expect(page.getByRole('heading', { name: 'Your therapists' })).toHaveCount(0);
  // Reading it destroyed nothing.
  expect(await readStoredSettings(ext.worker)).toEqual({ therapists: 'not a list' });

  const exported = await downloadBytes(page, () =>
    alert.getByRole('button', { name: 'Export what was stored' }).click(),
  );
  expect(exported.name).toMatch(/^between-sessions-settings-\d{4}-\d\d-\d\d\.json$/);
  expect(JSON.parse(exported.bytes.toString('utf8'))).toMatchObject({
    format: 'between-sessions.settings',
    unreadable: { therapists: 'not a list' },
  });

  await alert.getByRole('button', { name: 'Reset settings' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByText('No therapist listed yet')).toBeVisible();
  expect(await stored(ext.worker)).toMatchObject({ role: 'client', therapists: [], clients: [] });
});

test('the therapist role: own policy, clients, and settings moved to another device', async ({ page, ext }) => {
  await openOptions(page, ext.extensionId);
  await page.getByRole('radio', { name: /^Therapist/ }).check();
  await expect(page.getByRole('heading', { name: 'Your contact policy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your therapists' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Write your policy' }).click();
  await page.getByRole('radio', { name: /secure portal/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Your name').fill('Dr. Maya Lee');
  await page.getByLabel('Your email addresses').fill('maya@calmpractice.example');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByTestId('own-policy')).toContainText('Encryption: required');

  const own = await downloadBytes(page, () => page.getByRole('button', { name: 'Export your policy' }).click());
  expect(JSON.parse(own.bytes.toString('utf8'))).toMatchObject({
    therapist: { name: 'Dr. Maya Lee' },
    email: { encryption: 'required' },
  });

  await page.getByLabel('Client name (optional)').fill('Jordan');
  await page.getByLabel('Client email addresses').fill('jordan@example.com');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByTestId('client')).toContainText('jordan@example.com');
  expect(await stored(ext.worker)).toMatchObject({
    role: 'therapist',
    clients: [{ name: 'Jordan', emails: ['jordan@example.com'] }],
  });

  // All settings out, then back in over a reset.
  const all = await downloadBytes(page, () => page.getByRole('button', { name: 'Export all settings' }).click());
  await seed(ext.worker, settingsWith());
  await expect(page.getByRole('heading', { name: 'Your therapists' })).toBeVisible();
  await page
    .getByLabel('Import all settings')
    .setInputFiles({ name: all.name, mimeType: 'application/json', buffer: all.bytes });
  await expect(page.getByTestId('client')).toContainText('jordan@example.com');
  await expect(page.getByTestId('own-policy')).toContainText('Dr. Maya Lee');

  await page
    .getByLabel('Import all settings')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') });
  await expect(page.getByTestId('settings-import-problems')).toContainText('not a Between Sessions settings file');
  expect(await stored(ext.worker)).toMatchObject({ role: 'therapist' });
});

test('accessibility: no axe violations in the main states, light and dark', async ({ page, ext }) => {
  // Seven full-page axe runs, a few seconds each.
  test.setTimeout(120_000);
  await openOptions(page, ext.extensionId);
  await expectNoAxeViolations(page, 'empty');

  await seed(
    ext.worker,
    settingsWith({
      therapists: [MAYA_ENTRY, { id: 't-ana', policy: ANA_POLICY, source: 'default' }],
      acceptances: { 't-ana': { acceptedAt: '2026-03-14T09:30:00.000Z' } },
    }),
  );
  await expect(page.getByTestId('therapist')).toHaveCount(2);
  await expectNoAxeViolations(page, 'with therapists');

  await page.getByRole('button', { name: 'Edit Dr. Maya Lee' }).click();
  await page.getByLabel('Email addresses').fill('not an address');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByTestId('form-problems')).toBeVisible();
  await page.getByLabel('Import policy file').setInputFiles(jsonFile(BROKEN_POLICY));
  await expect(page.getByTestId('import-problems')).toBeVisible();
  await expectNoAxeViolations(page, 'form open, with problems');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'form open, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await seed(
    ext.worker,
    settingsWith({
      role: 'both',
      therapists: [MAYA_ENTRY],
      ownPolicy: { ...ANA_POLICY, email: { ...ANA_POLICY.email, encryption: 'required' } },
      clients: [{ id: 'c-1', name: 'Jordan', emails: ['jordan@example.com'] }],
    }),
  );
  await expect(page.getByTestId('client')).toHaveCount(1);
  await expectNoAxeViolations(page, 'therapist role');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'therapist role, dark');

  await seed(ext.worker, { therapists: 'not a list' });
  await expect(page.getByTestId('storage-alert')).toBeVisible();
  await expectNoAxeViolations(page, 'unreadable storage, dark');
});

test('keyboard only: a client added with Tab, typing and Enter', async ({ page, ext }) => {
  await seed(ext.worker, settingsWith({ role: 'therapist' }));
  await openOptions(page, ext.extensionId);
  const name = page.getByLabel('Client name (optional)');
  for (let i = 0; i < 40 && !(await name.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(name).toBeFocused();
  await page.keyboard.type('Jordan');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client email addresses')).toBeFocused();
  await page.keyboard.type('jordan at example');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Client email addresses')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Client email addresses')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('jordan@example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client')).toContainText('jordan@example.com');
  await expect(page.getByLabel('Client email addresses')).toHaveValue('');
  expect(await stored(ext.worker)).toMatchObject({ clients: [{ name: 'Jordan', emails: ['jordan@example.com'] }] });

  // Focus is visible on what the keyboard reaches.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
