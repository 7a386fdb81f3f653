import { readStoredSettings, writeSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { expect, test } from '../support/test';
import { findDialog, type Surface } from '../support/ui';

/**
 * The options page's import of a therapist's policy file, in both browsers (the chromium and
 * firefox projects run this same file; options.spec.ts covers the rest of the page in Chromium):
 * a good file is listed and stored and Gmail then checks mail to that therapist; a broken one
 * is refused with its problems named and changes nothing.
 */
const MAYA_POLICY = {
  format: 'between-sessions.contact-policy',
  version: 1,
  therapist: { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] },
  email: { purposes: ['scheduling', 'admin'], encryption: 'required', allowedCc: [] },
  emergency: { region: 'US' },
};

const EMPTY = { role: 'client', therapists: [], acceptances: {}, clients: [] };

const file = (value: unknown, name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value, null, 2)),
});

async function openOptions(ui: Surface, origin: string): Promise<void> {
  await ui.goto(`${origin}/options.html`);
  await expect
    .poll(() =>
      ui
        .locator('h1')
        .innerText()
        .catch(() => ''),
    )
    .toBe('Between Sessions settings');
}

const fileInput = (ui: Surface) => ui.locator('[data-testid="policy-import"] input[type="file"]');

test(
  'a policy file imported on the options page is listed and stored, and Gmail then checks mail to that therapist',
  { tag: '@firefox' },
  async ({ ui, session }) => {
    await writeSettings(session.storage, EMPTY);
    await openOptions(ui, session.extensionOrigin);
    await fileInput(ui).setInputFiles(file(MAYA_POLICY, 'maya.json'));

    await expect.poll(() => ui.locator('[data-testid="therapist"]').count()).toBe(1);
    expect(await ui.locator('[data-testid="therapist"]').innerText()).toContain('Dr. Maya Lee');
    expect(await ui.locator('[data-testid="import-done"]').innerText()).toContain('Added Dr. Maya Lee');
    const stored = (await readStoredSettings(session.storage)) as { therapists: { source: string; policy: unknown }[] };
    expect(stored.therapists).toEqual([expect.objectContaining({ source: 'imported', policy: MAYA_POLICY })]);

    // The imported policy is what the mail page now checks against: required encryption.
    const gmail = new GmailPage(ui, fixtureNamed('compose-peoplekit'));
    const compose = await gmail.open();
    await gmail.write(compose, { to: ['maya@calmpractice.example'], subject: 'Thursday', body: 'See you Thursday.' });
    const body = await gmail.bodyText(compose);
    await gmail.attemptSend(compose, 'click');
    const dialog = findDialog(ui);
    await expect.poll(() => dialog.locator('[data-finding-id="encryption"]').isVisible()).toBe(true);
    await dialog.locator('[data-action="edit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await gmail.sent()).toEqual([]);
    expect(await gmail.bodyText(compose)).toBe(body);
  },
);

test(
  'a broken policy file is refused with its problems named by field, and nothing changes',
  { tag: '@firefox' },
  async ({ ui, session }) => {
    await writeSettings(session.storage, EMPTY);
    const before = await readStoredSettings(session.storage);
    await openOptions(ui, session.extensionOrigin);
    const broken = { ...MAYA_POLICY, therapist: { name: '', emails: ['maya at calmpractice'] } };
    await fileInput(ui).setInputFiles(file(broken, 'broken.json'));

    const problems = ui.locator('[data-testid="import-problems"]');
    await expect.poll(() => problems.isVisible()).toBe(true);
    expect(await problems.innerText()).toContain('broken.json was not imported');
    const paths = await problems.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['therapist.name', 'therapist.emails.0']));
    expect(await ui.locator('[data-testid="therapist"]').count()).toBe(0);
    expect(await readStoredSettings(session.storage)).toEqual(before);
  },
);
