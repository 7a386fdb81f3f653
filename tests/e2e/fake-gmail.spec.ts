/**
 * Self-test of the fake Gmail pages (tests/fixtures/gmail) WITHOUT the extension: checks that the
 * fakes send exactly the way docs/hosts/gmail.md ("Send") says Gmail does, so extension tests can rely on them.
 */
import { test, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { launchPlainChromium } from '../support/extension';
import { gmailUrl, serveWebmailFixtures } from '../support/fixture-server';
import type { SentMessage } from '../support/gmail-page';

type Sent = SentMessage;
type FakeWindow = { __sent: Sent[]; __shortcuts: string[]; __retained: unknown[] };

const SEND = '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])';
const SEND_ARCHIVE = '.IZ .Up div > div[role=button].Uo:not([aria-haspopup=true])';
const ARROW = '.IZ .Up div > [role=button][aria-haspopup=true]';
const BODY = '[g_editable=true][contenteditable=true]';
const TO_PEOPLEKIT = '.anm[name=to] input[role=combobox][peoplekit-id]';
const TO_CLASSIC = 'textarea.vO[name=to]';
const MAYA = 'maya@calmpractice.example';

let browser: Browser;
let context: BrowserContext;
let page: Page;

test.beforeAll(async () => {
  browser = await launchPlainChromium();
});
test.afterAll(async () => {
  await browser?.close();
});
test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveWebmailFixtures(context);
  page = await context.newPage();
});
test.afterEach(async () => {
  await context?.close();
});

async function open(fx: string, extra = ''): Promise<void> {
  const response = await page.goto(gmailUrl(fx, extra));
  expect(response?.status()).toBe(200);
}
const sent = (): Promise<Sent[]> => page.evaluate(() => (window as unknown as FakeWindow).__sent);
const shortcuts = (): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__shortcuts);

async function addChip(input: Locator, text: string, confirm: 'Enter' | 'Tab' | ',' = 'Enter'): Promise<void> {
  await input.click();
  await page.keyboard.type(text);
  if (confirm === ',') await page.keyboard.type(',');
  else await page.keyboard.press(confirm);
}
async function typeBody(compose: Locator, text: string): Promise<void> {
  await compose.locator(BODY).click();
  await page.keyboard.type(text);
}

type PageCase = { fx: string; compose: string; to: string; subject: boolean; reply?: boolean };
const PAGES: PageCase[] = [
  { fx: 'compose-peoplekit', compose: '.dw .no .M9', to: TO_PEOPLEKIT, subject: true },
  { fx: 'compose-classic', compose: '.dw .no .M9', to: TO_CLASSIC, subject: true },
  { fx: 'compose-de', compose: '.dw .no .M9', to: TO_PEOPLEKIT, subject: true },
  { fx: 'popout', compose: 'body.xE.xp > [role=main] .M9', to: TO_PEOPLEKIT, subject: true },
  { fx: 'fullscreen', compose: 'body > .aSs > .aSt > [role=dialog] .M9', to: TO_PEOPLEKIT, subject: true },
  { fx: 'thread-reply', compose: '.adn .ip.adB .M9', to: TO_PEOPLEKIT, subject: false, reply: true },
];

for (const p of PAGES) {
  test(`${p.fx}: chip + subject + body, real click on Send records exactly one send`, async () => {
    await open(p.fx);
    if (p.reply) {
      await expect(page.locator('.ip .M9')).toHaveCount(0);
      await page.locator('span.ams.bkH[role=link]').click();
    }
    const compose = page.locator(p.compose);
    await expect(compose).toHaveCount(1);
    // The structural selector finds Send and nothing else, on the whole page.
    await expect(compose.locator(SEND)).toHaveCount(1);
    await expect(page.locator(SEND)).toHaveCount(await page.locator('.M9').count());
    const composeId = await compose.locator('input[type=hidden][name=composeid]').inputValue();
    expect(composeId).not.toBe('');

    await addChip(compose.locator(p.to), 'Sam Ortiz <sam@example.org>');
    if (p.subject) await compose.locator('input[name=subjectbox]').fill('Hello from the fake');
    else await expect(compose.locator('input[name=subjectbox]')).toBeHidden();
    await typeBody(compose, 'Hello body');

    if (p.fx === 'compose-de') {
      const send = compose.locator(SEND);
      await expect(send).toHaveText('Senden');
      await expect(send).toHaveAttribute('data-tooltip', 'Senden \u202A(Strg-Eingabe)\u202C');
      await expect(send).toHaveAttribute('aria-label', 'Senden \u202A(Strg-Eingabe)\u202C');
      // The region carries [data-compose-id], and its label becomes the subject once typed (probe 2026-05).
      await expect(compose.locator('[role=region][data-compose-id]')).toHaveAttribute(
        'aria-label',
        'Hello from the fake',
      );
      await expect(compose.locator('input[name=subjectbox]')).toHaveAttribute('placeholder', 'Betreff');
      await expect(compose.locator(BODY)).toHaveAttribute('aria-label', 'Nachrichtentext');
      await expect(compose.locator(TO_PEOPLEKIT)).toHaveAttribute('aria-label', 'An-Empf\u00E4nger');
      await expect(compose.locator(ARROW)).toHaveAttribute('aria-label', 'Weitere Sendeoptionen');
    } else {
      await expect(compose.locator(SEND)).toHaveText('Send');
      await expect(compose.locator(SEND)).toHaveAttribute('aria-label', 'Send \u202A(Ctrl-Enter)\u202C');
    }

    await compose.locator(SEND).click();
    const s = await sent();
    expect(s).toHaveLength(1);
    expect(s[0]!.action).toBe('send');
    expect(s[0]!.composeId).toBe(composeId);
    expect(s[0]!.to).toEqual(p.reply ? [MAYA, 'sam@example.org'] : ['sam@example.org']);
    expect(s[0]!.cc).toEqual([]);
    expect(s[0]!.bcc).toEqual([]);
    expect(s[0]!.subject).toBe(p.reply ? 'Re: Moving Thursday\u2019s session' : 'Hello from the fake');
    expect(s[0]!.body).toContain('Hello body');
    if (p.reply) {
      expect(s[0]!.body).toContain('wrote:');
      expect(s[0]!.body).toContain('Thursday at 4 pm works for me.');
      expect(s[0]!.body.indexOf('Hello body')).toBeLessThan(s[0]!.body.indexOf('wrote:'));
      await expect(page.locator('.ip .fake-reply-sent')).toHaveText('Message sent');
      await expect(page.locator('.ip.adB')).toHaveCount(0);
    }
    if (p.fx === 'compose-peoplekit') {
      expect(s[0]!.body).toMatch(/^Hello body\n[\s\S]*-- \nJordan$/);
    }
    if (p.fx === 'popout') await expect(page.locator('[role=main]')).toContainText('Message sent');
    await expect(page.locator('.M9')).toHaveCount(0);
    await expect(page.locator('#fake-sent-log li')).toHaveText([
      'Sent to ' + s[0]!.to.join(', ') + ': ' + s[0]!.subject,
    ]);
  });
}

test('Send ignores element.click() and a lone dispatched click; synthetic mousedown+mouseup+click, Enter and Space send once each', async () => {
  await open('compose-peoplekit', 'openAtLoad=3');
  const composes = page.locator('.dw .M9');
  await expect(composes).toHaveCount(3);
  await addChip(composes.nth(0).locator(TO_PEOPLEKIT), MAYA);
  const send = composes.nth(0).locator(SEND);
  await send.evaluate((el) => (el as HTMLElement).click());
  await send.evaluate((el) =>
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window })),
  );
  expect(await sent()).toHaveLength(0);
  await expect(composes).toHaveCount(3);
  // the re-dispatch path an extension uses after confirmation (isTrusted === false)
  await send.evaluate((el) => {
    for (const type of ['mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, button: 0 }));
    }
  });
  expect(await sent()).toHaveLength(1);
  await expect(composes).toHaveCount(2);

  await addChip(composes.nth(0).locator(TO_PEOPLEKIT), 'a@example.org', ',');
  await composes.nth(0).locator(SEND).focus();
  await page.keyboard.press('Enter');
  expect(await sent()).toHaveLength(2);
  await expect(composes).toHaveCount(1);

  await addChip(composes.nth(0).locator(TO_PEOPLEKIT), 'b@example.org', 'Tab');
  await composes.nth(0).locator(SEND).focus();
  await page.keyboard.down(' ');
  expect(await sent()).toHaveLength(2); // Space acts on keyup
  await page.keyboard.up(' ');
  const s = await sent();
  expect(s.map((e) => e.to)).toEqual([[MAYA], ['a@example.org'], ['b@example.org']]);
  await expect(composes).toHaveCount(0);
});

test('Ctrl+Enter sends from anywhere in the compose: To (pending address included), subject; Meta+Enter on mac', async () => {
  await open('compose-peoplekit', 'openAtLoad=2');
  const composes = page.locator('.dw .M9');
  await expect(composes).toHaveCount(2);
  const first = composes.nth(0);
  await typeBody(first, 'hi');
  await first.locator(TO_PEOPLEKIT).click();
  await page.keyboard.type(MAYA);
  await page.keyboard.press('Control+Enter');
  let s = await sent();
  expect(s).toHaveLength(1);
  expect(s[0]!.to).toEqual([MAYA]);
  expect(s[0]!.body).toContain('hi');

  const second = page.locator('.dw .M9');
  await expect(second).toHaveCount(1);
  await addChip(second.locator(TO_PEOPLEKIT), 'a@example.org', 'Tab');
  await second.locator('input[name=subjectbox]').click();
  await page.keyboard.type('Subj');
  await page.keyboard.press('Control+Enter');
  s = await sent();
  expect(s).toHaveLength(2);
  expect(s[1]!.subject).toBe('Subj');
  expect(s[1]!.to).toEqual(['a@example.org']);

  await open('compose-peoplekit', 'mac=1');
  const mac = page.locator('.dw .M9');
  await expect(mac.locator(SEND)).toHaveAttribute('aria-label', 'Send \u202A(\u2318Enter)\u202C');
  await addChip(mac.locator(TO_PEOPLEKIT), MAYA);
  await typeBody(mac, 'mac');
  await page.keyboard.press('Meta+Enter');
  expect(await sent()).toHaveLength(1);
});

test('thread reply: prefilled To, hidden subject, quote, Send & Archive records send-archive', async () => {
  await open('thread-reply');
  await expect(page.locator('h2.hP')).toHaveText('Moving Thursday\u2019s session');
  await page.locator('span.ams.bkH').click();
  const compose = page.locator('.ip.adB .M9');
  await expect(compose.locator('.aUy .anm[name=to] [role=option]')).toHaveAttribute('data-hovercard-id', MAYA);
  await expect(compose.locator('.anm[name=to] [role=option]')).toHaveAttribute('data-name', 'Dr. Maya Lee');
  await expect(compose.locator('input[name=subject]')).toHaveValue('Re: Moving Thursday\u2019s session');
  await expect(compose.locator('.Am.aiL.Al.editable')).toHaveCount(1);
  await expect(compose.locator(`${BODY} div.gmail_quote blockquote.gmail_quote`)).toContainText('Thursday at 4 pm');
  await expect(compose.locator(SEND_ARCHIVE)).toHaveAttribute('aria-label', 'Send and archive');
  await typeBody(compose, 'Perfect, thank you!');
  await compose.locator(SEND_ARCHIVE).click();
  const s = await sent();
  expect(s).toHaveLength(1);
  expect(s[0]!.action).toBe('send-archive');
  expect(s[0]!.to).toEqual([MAYA]);
  expect(s[0]!.body.startsWith('Perfect, thank you!')).toBe(true);
});

test('schedule send: the menu opens in its compose; its item opens the dialog; a preset or the picker schedules', async () => {
  await open('compose-peoplekit');
  const compose = page.locator('.dw .M9');
  await addChip(compose.locator(TO_PEOPLEKIT), MAYA);
  const arrow = compose.locator(ARROW);
  await expect(arrow).toHaveClass(/\bhG\b/);
  await expect(arrow).toHaveAttribute('aria-expanded', 'false');
  // Inside the compose (probe 2026-05), not at body level.
  const item = compose.locator('.J-M[role=menu] div.J-N.yr[role=menuitem][selector=scheduledSend] > div.J-N-Jz');
  const dialog = page.locator('body > [role=dialog][aria-label="Schedule send"]');

  await arrow.evaluate((el) => (el as HTMLElement).click()); // bare click: nothing
  await expect(item).toHaveCount(0);
  await arrow.click();
  await expect(item).toBeVisible();
  await expect(arrow).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(item).toHaveCount(0);
  await expect(arrow).toHaveAttribute('aria-expanded', 'false');

  await arrow.click();
  await page.locator('.AO').click({ position: { x: 300, y: 300 } });
  await expect(item).toHaveCount(0);
  await expect(arrow).toHaveAttribute('aria-expanded', 'false');

  // Gmail's delegated handler takes only a full pointer press on the innermost node.
  await arrow.click();
  await item.evaluate((el) => (el as HTMLElement).click());
  await item.evaluate((el) => {
    for (const type of ['mousedown', 'mouseup', 'click'])
      el.dispatchEvent(new MouseEvent(type, { bubbles: true, button: 0 }));
  });
  await expect(dialog).toHaveCount(0);
  await item.click();
  await expect(dialog).toBeVisible();
  await expect(compose.locator('.J-M[role=menu]')).toHaveCount(0);
  expect(await sent()).toHaveLength(0); // the item only opens the dialog
  const presets = dialog.locator('[role=menuitem].Az:not(.AM)');
  await expect(presets).toHaveCount(3);
  await expect(dialog.locator('[role=menuitem].Az.AM')).toHaveText('Pick date & time');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await sent()).toHaveLength(0);

  // "Pick date & time" shows two inputs; Cancel schedules nothing; the picker's button does.
  await arrow.click();
  await item.click();
  await dialog.locator('[role=menuitem].Az.AM').click();
  await expect(dialog.locator('input')).toHaveCount(2);
  await dialog.locator('button.Rb6pkf').click();
  await expect(dialog).toHaveCount(0);
  expect(await sent()).toHaveLength(0);
  await arrow.click();
  await item.click();
  await presets.nth(1).evaluate((el) => (el as HTMLElement).click()); // a bare click: nothing
  expect(await sent()).toHaveLength(0);
  await dialog.locator('[role=menuitem].Az.AM').click();
  await dialog.locator('input').first().fill('Dec 31, 2026');
  await dialog.locator('button.eV8l8d').click();
  const s = await sent();
  expect(s).toHaveLength(1);
  expect(s[0]!.action).toBe('schedule');
  expect(s[0]!.scheduledFor).toBe('Dec 31, 2026, 9:12 AM');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.M9')).toHaveCount(0);
});

test('no recipients alert; pending typed address goes to "to"; Cc/Bcc toggles; red padlock', async () => {
  await open('compose-peoplekit');
  const compose = page.locator('.dw .M9');
  await compose.locator(TO_PEOPLEKIT).fill('not an address');
  await compose.locator(SEND).click();
  const alert = page.locator('[role=alertdialog]');
  await expect(alert).toContainText('Please specify at least one recipient.');
  expect(await sent()).toHaveLength(0);
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toHaveCount(0);
  await expect(compose).toHaveCount(1);
  await compose.locator(TO_PEOPLEKIT).fill('');

  const lock = compose.locator('.GS .aA6 span.bcV.Sz[role=button]');
  await expect(lock).toBeHidden();
  await addChip(compose.locator(TO_PEOPLEKIT), 'old@oldmail.example');
  await expect(compose.locator('[role=option][data-hovercard-id="not an address"]')).toHaveCount(0);
  await expect(lock).toBeVisible();
  await expect(compose.locator('.aoD.hl .bgW span.bcV.Sz')).toHaveCSS('display', 'inline');
  await compose.locator('[role=option][data-hovercard-id="old@oldmail.example"] .afX').click();
  await expect(lock).toBeHidden();

  const ccRow = compose.locator('tr.bzf', { has: page.locator('.anm[name=cc]') });
  await expect(ccRow).toBeHidden();
  await compose.locator(TO_PEOPLEKIT).click();
  await page.keyboard.type('p@example.org');
  await compose.locator('span.aB.gQ.pE[role=link]').click();
  await expect(ccRow).toBeVisible();
  await page.keyboard.type('Cc P <c@example.org>');
  await page.keyboard.press('Enter');
  await compose.locator('span.aB.gQ.pB[role=link]').click();
  await page.keyboard.type('b@example.org');
  await page.keyboard.press('Enter');
  await expect(compose.locator('.anm[name=cc] [role=option][data-name="Cc P"]')).toHaveAttribute(
    'data-hovercard-id',
    'c@example.org',
  );
  await expect(compose.locator(TO_PEOPLEKIT)).toHaveValue('p@example.org');
  await compose.locator(SEND).click();
  const s = await sent();
  expect(s).toHaveLength(1);
  expect(s[0]).toMatchObject({ to: ['p@example.org'], cc: ['c@example.org'], bcc: ['b@example.org'] });
});

test('keyboard shortcuts: "c" outside inputs opens a compose, "?" is logged, typing "c" in a field is not', async () => {
  await open('compose-peoplekit');
  await expect(page.locator('.dw .no .M9')).toHaveCount(1);
  await page.locator('.zA').first().click();
  await page.keyboard.press('c');
  await expect(page.locator('.dw .no .M9')).toHaveCount(2);
  await expect(page.locator('.dw .no .M9').first().locator(TO_PEOPLEKIT)).toBeFocused();
  await expect(page.locator('.dw .no .M9').first().locator(TO_PEOPLEKIT)).toHaveValue('');
  await page.keyboard.type('cc');
  await page.locator('.zA').first().click();
  await page.keyboard.press('Shift+?');
  expect(await shortcuts()).toEqual(['c', '?']);
  await page.locator('[gh=cm][role=button]').click();
  await expect(page.locator('.dw .no .M9')).toHaveCount(3);
  await page.locator('.dw .no .Ha').first().click();
  await expect(page.locator('.dw .no .M9')).toHaveCount(2);
});

test('classic recipients: div.vR chips with span.vN[email] and hidden inputs; remove with .vM', async () => {
  await open('compose-classic');
  const compose = page.locator('.dw .M9');
  await expect(compose.locator('input[peoplekit-id]')).toHaveCount(0);
  await addChip(compose.locator(TO_CLASSIC), 'Maya Lee <maya@calmpractice.example>');
  await addChip(compose.locator(TO_CLASSIC), 'sam@example.org', ',');
  const chips = compose.locator('.GS div.vR');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0).locator('span.vN')).toHaveAttribute('email', MAYA);
  await expect(chips.nth(0).locator('span.vN')).toHaveText('Maya Lee');
  await expect(chips.nth(0).locator('input[type=hidden][name=to]')).toHaveValue('Maya Lee <maya@calmpractice.example>');
  await expect(chips.nth(1).locator('input[type=hidden][name=to]')).toHaveValue('sam@example.org');
  await chips.nth(1).locator('.vM').click();
  await expect(chips).toHaveCount(1);
  await compose.locator(SEND).click();
  expect((await sent())[0]!.to).toEqual([MAYA]);
});

test('only the documented globals; leak=1 retains removed composes, default does not', async () => {
  await open('compose-peoplekit');
  const extra = await page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const base = new Set(Object.getOwnPropertyNames(frame.contentWindow!));
    frame.remove();
    return Object.getOwnPropertyNames(window).filter((k) => !base.has(k));
  });
  expect(extra.sort()).toEqual(['FAKE_GMAIL_CONFIG', '__retained', '__sent', '__shortcuts']);
  await page.locator('.dw .Ha').click();
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__retained.length)).toBe(0);

  await open('compose-peoplekit', 'leak=1');
  await page.locator('.dw .Ha').click();
  expect(await page.evaluate(() => (window as unknown as FakeWindow).__retained.length)).toBe(1);
});

test('fixture server: content types, 404s, traversal refused, Trusted Types enforced', async () => {
  const js = await page.goto('https://mail.google.com/__fixtures/gmail/fake-gmail.js');
  expect(js?.status()).toBe(200);
  expect(js?.headers()['content-type']).toContain('text/javascript');
  const css = await page.goto('https://mail.google.com/__fixtures/gmail/fake-gmail.css');
  expect(css?.headers()['content-type']).toContain('text/css');
  for (const url of [
    'https://mail.google.com/__fixtures/..%2f..%2fpackage.json',
    'https://mail.google.com/__fixtures/gmail/%2e%2e/%2e%2e/package.json',
    'https://mail.google.com/__fixtures/gmail/missing.js',
    'https://mail.google.com/mail/u/0/',
    'https://mail.google.com/mail/u/0/?fx=NoSuch_Page',
    gmailUrl('no-such-fixture'),
    'https://outlook.office.com/mail/?fx=no-such-fixture',
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  await open('compose-peoplekit');
  const blocked = await page.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-properties -- deliberately probing the Trusted Types CSP
      document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});

test('compose-foreign-button: an InboxSDK-style button right after div.dC; pressing it sends nothing', async () => {
  await open('compose-foreign-button');
  const compose = page.locator('.dw .no .M9');
  const foreign = compose.locator('div.dC + div.T-I.J-J5-Ji.ar7.inboxsdk__button[role=button]');
  await expect(foreign).toHaveCount(1);
  // The old structural selector matches it too: that is why it is not Send.
  await expect(compose.locator(SEND)).toHaveCount(2);
  await expect(compose.locator('div.dC > div.aoO[role=button]')).toHaveCount(1);
  await addChip(compose.locator(TO_PEOPLEKIT), 'sam@example.org');
  await foreign.click();
  await expect(foreign).toHaveAttribute('data-pressed', '1');
  expect(await sent()).toEqual([]);
  await compose.locator('div.dC > div.aoO[role=button]').click();
  expect(await sent()).toMatchObject([{ action: 'send', to: ['sam@example.org'], repeat: false }]);
});

test('every send the fake acts on is recorded: a second press of a sent draft shows as a repeat', async () => {
  await open('compose-peoplekit');
  const compose = page.locator('.dw .no .M9');
  await addChip(compose.locator(TO_PEOPLEKIT), 'sam@example.org');
  const send = await compose.locator('div.dC > div.aoO[role=button]').elementHandle();
  // Two full presses in one task, as a guard that re-sends twice would make them.
  await send!.evaluate((b) => {
    for (let i = 0; i < 2; i += 1) {
      for (const type of ['mousedown', 'mouseup', 'click'])
        b.dispatchEvent(new MouseEvent(type, { bubbles: true, button: 0 }));
    }
  });
  expect((await sent()).map((m) => m.repeat)).toEqual([false, true]);
});
