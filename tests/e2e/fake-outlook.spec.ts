/**
 * Self-test of the fake Outlook on the web (tests/fixtures/outlook) WITHOUT the extension: checks
 * that the fake keeps the DOM contract the Outlook adapter is written against and sends exactly the
 * way docs/hosts/outlook.md ("Send") says Outlook does (React delegation at the app root), so
 * extension tests can rely on it.
 */
import { test, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { launchPlainChromium } from '../support/extension';
import { outlookUrl, serveWebmailFixtures } from '../support/fixture-server';
import {
  OL,
  OUTLOOK_FIXTURES,
  OutlookPage,
  expectedVia,
  outlookFixtureNamed,
  outlookPathsFor,
  type OutlookSentMessage,
} from '../support/outlook-page';

type FakeWindow = { __sent: OutlookSentMessage[]; __shortcuts: string[] };

const HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];
const ALL_FIXTURES = [
  'reading-pane-reply',
  'reading-pane-names',
  'legacy-reply',
  'popout-new',
  'chips-wrapped',
  'name-only',
  'compose-de',
  'drafts-at-load',
  'encrypted',
];
/** The fixtures in the older markup: chips as direct children of the well, no address on them. */
const LEGACY = new Set(['name-only', 'legacy-reply']);
const MAYA = 'maya@calmpractice.example';
const SAM = 'sam.friend@example.org';
const MAYA_FULL = `Maya Lee <${MAYA}>`;
/** How Sam's chip reads in each everyday fixture (its chip style). */
const SAM_CHIP: Record<string, string> = {
  'reading-pane-reply': `Sam Friend <${SAM}>`,
  'reading-pane-names': `Sam Friend <${SAM}>`,
  'legacy-reply': `Sam Friend <${SAM}>`,
  'popout-new': SAM,
  'chips-wrapped': 'Sam Friend',
  'name-only': 'Sam Friend',
  'compose-de': `Sam Friend <${SAM}>`,
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

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
  pageErrors = [];
  // Trusted Types are enforced, so an innerHTML-style sink in the fake would show up here.
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
});
test.afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await context?.close();
});

function fake(name: string): OutlookPage {
  return new OutlookPage(page, outlookFixtureNamed(name));
}
async function load(name: string, extra = '', host = 'outlook.office.com'): Promise<void> {
  const response = await page.goto(outlookUrl(name, host, extra));
  expect(response?.status()).toBe(200);
}
const sent = (): Promise<OutlookSentMessage[]> => page.evaluate(() => (window as unknown as FakeWindow).__sent.slice());
const shortcuts = (): Promise<string[]> => page.evaluate(() => (window as unknown as FakeWindow).__shortcuts.slice());
const chipTexts = (compose: Locator, field: 'to' | 'cc' | 'bcc' = 'to'): Promise<string[]> =>
  compose.locator(OL.well(field)).locator(OL.chip).allInnerTexts();

/** Every event listener on the page (main world), as "<node> <type> <phase>". */
async function listeners(): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: '[window, document, ...document.querySelectorAll("*")]',
  });
  const { result: props } = await cdp.send('Runtime.getProperties', {
    objectId: result.objectId!,
    ownProperties: true,
  });
  const out: string[] = [];
  for (const p of props) {
    if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: p.value.objectId });
    const node = p.value.description!.split('.')[0]!;
    for (const l of found) out.push(`${node} ${l.type} ${l.useCapture ? 'capture' : 'bubble'}`);
  }
  await cdp.detach();
  return out;
}

// -------------------------------------------------------------------------------------------------
// The DOM contract, fixture by fixture
// -------------------------------------------------------------------------------------------------
for (const fx of OUTLOOK_FIXTURES) {
  test(`${fx.name}: compose DOM follows the contract`, async () => {
    const ol = new OutlookPage(page, fx);
    const compose = await ol.open();
    const de = fx.name === 'compose-de';
    const popout = fx.name === 'popout-new';
    await expect(page.locator('html')).toHaveAttribute('lang', de ? 'de' : 'en');
    await expect(page.locator('body > #app')).toHaveCount(1);
    await expect(page.locator('body > #fluent-default-layer-host')).toHaveCount(1);
    await expect(page.locator(OL.compose)).toHaveCount(1);
    await expect(compose).toHaveId(/^docking_InitVisiblePart_\d+$/);
    const n = (await compose.getAttribute('id'))!.split('_').pop();
    if (popout) {
      await expect(page.locator(`#app > ${OL.popoutForm} > ${OL.compose}`)).toHaveCount(1);
      await expect(page.locator(`${OL.readingPane}, [role=main], ${OL.readCompose}, ${OL.newMail}`)).toHaveCount(0);
    } else {
      await expect(
        page.locator(`#app [role=main] > ${OL.readingPane} > ${OL.readCompose} > ${OL.compose}`),
      ).toHaveCount(1);
      await expect(page.locator(OL.popoutForm)).toHaveCount(0);
      await expect(page.locator(`#app ${OL.newMail}`)).toHaveText(de ? 'Neue E-Mail' : 'New mail');
      await expect(page.locator(`${OL.readingPane} > ${OL.conversation}`)).toHaveCount(1);
      await expect(page.locator(`${OL.conversation} ${OL.reply}`)).toHaveCount(1);
    }

    const group = compose.locator('[role=toolbar] > [data-testid="ComposeSendButton"]');
    await expect(group.locator('> button')).toHaveCount(2);
    const send = group.locator('> button').first();
    await expect(send).toHaveAttribute('type', 'button');
    await expect(send).toHaveClass(/\bfui-Button\b/);
    await expect(send).toHaveAttribute('aria-label', de ? 'Senden' : 'Send');
    await expect(send).toHaveAttribute('title', de ? 'Senden (STRG+EINGABE)' : 'Send (Ctrl+Enter)');
    await expect(send).toHaveText(de ? 'Senden' : 'Send');
    await expect(group.locator('> button').nth(1)).toHaveAttribute(
      'aria-label',
      de ? 'Weitere Sendeoptionen' : 'More send options',
    );
    await expect(group.locator('> button').nth(1)).toHaveAttribute('aria-haspopup', 'menu');
    await expect(page.locator(OL.send)).toHaveCount(1);
    await expect(compose.locator(`[role=toolbar] > button[aria-label="${de ? 'Verwerfen' : 'Discard'}"]`)).toHaveCount(
      1,
    );
    const encrypt = compose.locator(`[role=toolbar] > button[aria-label="${de ? 'Verschlüsseln' : 'Encrypt'}"]`);
    await expect(encrypt).toHaveAttribute('aria-pressed', 'false');
    await expect(encrypt).toHaveAttribute('data-testid', 'fake-encrypt');
    await expect(compose.locator(OL.protectionBar)).toHaveCount(0);

    const legacy = LEGACY.has(fx.name);
    if (fx.name === 'reading-pane-reply' || fx.name === 'reading-pane-names') {
      // A reading-pane reply starts collapsed: "To: Name <address>", no wells.
      const header = compose.locator(OL.collapsedHeader);
      await expect(header).toHaveCount(1);
      await expect(compose.locator(OL.wells)).toHaveCount(0);
      await expect(header.locator('> span')).toHaveText([
        'To:',
        fx.name === 'reading-pane-names' ? 'Maya Lee' : MAYA_FULL,
      ]);
      // A synthetic click does not expand it; a focusin does (Briskine), as does a person's click.
      await header.dispatchEvent('click');
      await expect(compose.locator(OL.wells)).toHaveCount(0);
      await header.dispatchEvent('focusin');
      await expect(header).toHaveCount(0);
    }
    // Fluent gives every split button a __primaryActionButton id: Send's is one of several.
    if (!legacy) {
      await expect(compose.locator(OL.send)).toHaveId(/^splitButton-\w+__primaryActionButton$/);
      await expect(page.locator('button[id$="__primaryActionButton"]')).toHaveCount(popout ? 2 : 3);
      await expect(compose.locator('[role=group][id^="MSG_"][id$="_TO"]')).toHaveCount(1);
      await expect(compose.locator('[role=group][id$="_TO"]').locator(OL.wells)).toHaveCount(1);
    } else {
      await expect(compose.locator('[role=group]')).toHaveCount(0);
    }

    // Only the To well until a toggle is clicked; wells never carry aria-multiline.
    const wells = compose.locator(OL.wells);
    await expect(wells).toHaveCount(1);
    await expect(wells).toHaveAttribute('aria-label', de ? 'An' : 'To');
    await expect(compose.locator('.row > button.fui-Button').first()).toHaveText(de ? 'An' : 'To');
    await expect(compose.locator('[contenteditable=true][aria-label]:not([aria-multiline])')).toHaveCount(1);
    await expect(compose.locator('.row .fui-Input > button')).toHaveText(['Cc', 'Bcc']);
    expect(await chipTexts(compose)).toEqual(fx.prefilledTo);
    for (const chip of await compose.locator(OL.well('to')).locator(OL.chip).all()) {
      await expect(chip).toHaveAttribute('draggable', 'true');
      if (legacy) {
        await expect(chip).toHaveAttribute('aria-label', await chip.innerText());
        await expect(chip.locator('> [class^="textContainer-"] > [class^="individualText-"]')).toHaveCount(1);
      } else {
        // In a wrapper; the resolved entity inside is labelled with the address, whatever it shows.
        expect(await chip.evaluate((c) => c.parentElement!.matches('[contenteditable="true"]'))).toBe(false);
        const entity = chip.locator('> [id$="_EType_RECIPIENT_ENTITY"]');
        await expect(entity).toHaveAttribute('aria-label', MAYA);
        await expect(entity.locator('> [class^="textContainer-"] > [class^="individualText-"]')).toHaveCount(1);
      }
    }

    const subject = compose.locator('input[type=text][autocomplete=off][maxlength="255"]');
    if (fx.subject) {
      await expect(subject).toHaveCount(1);
      await expect(subject).toHaveAttribute('aria-label', de ? 'Betreff hinzufügen' : 'Add a subject');
      await expect(subject).toHaveClass(/\bfui-Input__input\b/);
    } else {
      await expect(subject).toHaveCount(0);
    }
    const body = compose.locator(`#editorParent_${n} > div`);
    await expect(body).toHaveCount(1);
    await expect(body).toHaveAttribute('contenteditable', 'true');
    await expect(body).toHaveAttribute('role', 'textbox');
    await expect(body).toHaveAttribute('aria-multiline', 'true');
    await expect(body).toHaveClass(/\bdFCbN\b/);
    await expect(body).toHaveAttribute(
      'aria-label',
      de ? 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden' : 'Message body, press Alt+F10 to exit',
    );
  });
}

// -------------------------------------------------------------------------------------------------
// Sending
// -------------------------------------------------------------------------------------------------
for (const fx of OUTLOOK_FIXTURES) {
  test(`${fx.name}: every send path sends exactly once with the right fields`, async () => {
    const ol = new OutlookPage(page, fx);
    const reply = !fx.subject;
    // chips-wrapped starts with the user's signature in the editor, which is sent with the text.
    const signature = fx.name === 'chips-wrapped' ? '\n-- Jordan Park' : '';
    for (const path of outlookPathsFor(fx)) {
      const compose = await ol.open();
      const id = await compose.getAttribute('id');
      await ol.write(compose, { to: [SAM], subject: 'Hello fake', body: 'Hello body' });
      expect(await chipTexts(compose), path).toEqual([...fx.prefilledTo, SAM_CHIP[fx.name]]);
      expect(await sent(), path).toEqual([]);
      await ol.attemptSend(compose, path);
      const s = await sent();
      expect(s, path).toEqual([
        {
          action: path === 'schedule' ? 'schedule' : 'send',
          via: expectedVia(path),
          composeId: id,
          to: reply ? [MAYA, SAM] : [SAM],
          cc: [],
          bcc: [],
          subject: reply ? "RE: Moving Thursday's session" : 'Hello fake',
          body: reply ? expect.stringMatching(/^Hello body\n+From: Maya Lee/) : `Hello body${signature}`,
          ownText: `Hello body${signature}`,
          encrypted: false,
          repeat: false,
        },
      ]);
      await expect(page.locator(OL.compose), path).toHaveCount(0);
      await expect(page.locator(`${OL.layerHost} [role=status]`), path).toHaveText(
        fx.name === 'compose-de' ? 'Gesendet' : 'Sent',
      );
      if (fx.name === 'popout-new') await expect(page.locator('#app > [role=status]')).toHaveText('Message sent');
      else await expect(page.locator(OL.conversation), path).toBeVisible();
    }
  });
}

test('every send the fake acts on is recorded: a second send of a sent draft shows as a repeat', async () => {
  const ol = fake('chips-wrapped');
  const compose = await ol.open();
  await ol.write(compose, { to: [SAM], body: 'twice' });
  // Two clicks in one task, as a guard that re-sends twice would make them.
  await compose.locator(OL.send).evaluate((b) => {
    (b as HTMLElement).click();
    (b as HTMLElement).click();
  });
  expect((await sent()).map((m) => [m.to, m.repeat])).toEqual([
    [[SAM], false],
    [[SAM], true],
  ]);
  await expect(compose).toHaveCount(0);
});

test('Attach, a split button with a __primaryActionButton id like Send, sends nothing', async () => {
  const ol = fake('chips-wrapped');
  const compose = await ol.open();
  await ol.write(compose, { to: [SAM], body: 'attach' });
  await compose.locator(OL.attach).click();
  await page.waitForTimeout(300);
  expect(await sent()).toEqual([]);
  await expect(compose).toHaveCount(1);
});

test('Alt+S sends only with ?altS=1; without it nothing happens and nothing is typed', async () => {
  const ol = fake('name-only');
  let compose = await ol.open();
  await ol.write(compose, { to: [MAYA], body: 'hi' });
  await ol.attemptSend(compose, 'alt-s');
  await compose.locator(OL.subject).click();
  await page.keyboard.press('Alt+S');
  expect(await sent()).toEqual([]);
  await expect(compose).toHaveCount(1);
  expect(await ol.bodyText(compose)).toBe('hi');
  await expect(compose.locator(OL.subject)).toHaveValue('');

  compose = await ol.open('outlook.office.com', 'altS=1');
  await ol.write(compose, { to: [MAYA], body: 'hi' });
  await ol.attemptSend(compose, 'alt-s');
  const s = await sent();
  expect(s).toHaveLength(1);
  expect(s[0]).toMatchObject({ via: 'alt-s', to: [MAYA], body: 'hi' });
  await expect(compose).toHaveCount(0);
});

test('no send on mousedown/mouseup alone, plain Enter, Enter in a well, More send options, Ctrl+Enter outside a compose', async () => {
  const ol = fake('name-only');
  const compose = await ol.open();
  await ol.write(compose, { to: [SAM], body: 'first' });
  const send = compose.locator(OL.send);
  const box = (await send.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 40, box.y + box.height / 2); // released elsewhere: no click
  await page.mouse.up();
  await send.dispatchEvent('mousedown');
  await send.dispatchEvent('mouseup');
  await send.dispatchEvent('pointerup');
  await compose.locator(OL.moreSendOptions).click();
  await compose.locator(OL.body).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await page.keyboard.press('Shift+Enter');
  await compose.locator(OL.well('to')).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter'); // nothing pending: no chip, no newline
  await page.keyboard.type('ana ruiz');
  await page.keyboard.press('Enter');
  await page.locator('.fake-list-item').nth(1).click();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Meta+Enter');
  expect(await sent()).toEqual([]);
  await expect(compose).toHaveCount(1);
  expect(await ol.bodyText(compose)).toMatch(/^first\nsecond\n*$/);
  expect(await chipTexts(compose)).toEqual(['Sam Friend', 'Ana Ruiz']);
  expect(await compose.locator(OL.well('to')).evaluate((w) => w.querySelectorAll('br, div').length)).toBe(0);
  await compose.locator(OL.send).click();
  expect((await sent()).map((m) => m.to)).toEqual([[SAM, 'ana@otherpractice.example']]);
});

test('React-style delegation: any click on Send sends (element.click, synthetic); events cancelled before #app do not', async () => {
  const ol = fake('name-only');
  let compose = await ol.open('outlook.office.com', 'openAtLoad=4');
  await expect(page.locator(OL.compose)).toHaveCount(4);
  for (const c of await page.locator(OL.compose).all()) await ol.addRecipient(c, 'to', MAYA);

  // Cancelled in the extension's place: window capture listeners.
  await page.evaluate(() => {
    const w = window as unknown as { __mode: string };
    w.__mode = 'prevent';
    for (const type of ['click', 'keydown']) {
      window.addEventListener(
        type,
        (e) => {
          const k = e as KeyboardEvent;
          if (type === 'keydown' && !(k.key === 'Enter' && (k.ctrlKey || k.metaKey))) return;
          if (w.__mode === 'prevent') e.preventDefault();
          if (w.__mode === 'stop') e.stopPropagation();
        },
        true,
      );
    }
  });
  compose = page.locator(OL.compose).first();
  await compose.locator(OL.send).click();
  await compose.locator(OL.body).click();
  await page.keyboard.press('Control+Enter');
  expect((await ol.bodyText(compose)).trim()).toBe(''); // preventDefault also kept any newline out
  await page.evaluate(() => ((window as unknown as { __mode: string }).__mode = 'stop'));
  await compose.locator(OL.send).click();
  await compose.locator(OL.body).click();
  await page.keyboard.press('Control+Enter');
  // A listener on the button itself that stops propagation: the root never hears the click.
  await page.evaluate(() => ((window as unknown as { __mode: string }).__mode = 'off'));
  await compose
    .locator(OL.send)
    .evaluate((b) => b.addEventListener('click', (e) => e.stopPropagation(), { once: true }));
  await compose.locator(OL.send).click();
  expect(await sent()).toEqual([]);
  await expect(page.locator(OL.compose)).toHaveCount(4);

  // Untrusted clicks count, like React's.
  await compose.locator(OL.send).evaluate((b) => (b as HTMLElement).click());
  await expect(page.locator(OL.compose)).toHaveCount(3);
  await page
    .locator(OL.send)
    .first()
    .evaluate((b) => b.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
  await expect(page.locator(OL.compose)).toHaveCount(2);
  // A click on a child of the Send button, and a synthetic auto-repeated Ctrl+Enter in a well.
  await page
    .locator(OL.send)
    .first()
    .evaluate((b) => {
      const inner = document.createElement('span');
      inner.textContent = '!';
      b.appendChild(inner);
      inner.click();
    });
  await expect(page.locator(OL.compose)).toHaveCount(1);
  await page
    .locator(OL.compose)
    .first()
    .locator(OL.well('to'))
    .evaluate((w) =>
      w.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, repeat: true, bubbles: true, cancelable: true }),
      ),
    );
  const s = await sent();
  expect(s.map((m) => m.via)).toEqual(['click', 'click', 'click', 'ctrl-enter']);
  expect(s.map((m) => m.composeId)).toEqual([0, 1, 2, 3].map((i) => `docking_InitVisiblePart_${i}`));
  await expect(page.locator(OL.compose)).toHaveCount(0);
});

test('every behaviour listener sits on #app or the layer host in the bubble phase (only the re-render hook is on the roots)', async () => {
  await load('reading-pane-reply');
  await page.locator(OL.reply).click();
  await page.locator(OL.newMail).click();
  await page.locator(OL.compose).last().locator(OL.ccToggle).click();
  const all = await listeners();
  expect(all.filter((l) => !l.startsWith('div#docking_InitVisiblePart_')).sort()).toEqual([
    'div#app click bubble',
    'div#app focusin bubble',
    'div#app keydown bubble',
    'div#fluent-default-layer-host click bubble',
  ]);
  expect(all.filter((l) => l.startsWith('div#docking_InitVisiblePart_')).sort()).toEqual([
    'div#docking_InitVisiblePart_0 fake-outlook:rerender bubble',
    'div#docking_InitVisiblePart_1 fake-outlook:rerender bubble',
  ]);
});

// -------------------------------------------------------------------------------------------------
// Recipients
// -------------------------------------------------------------------------------------------------
test('chip styles: address, full and name; directory names resolve; ";" and "," confirm; Backspace removes the last chip', async () => {
  const ol = fake('name-only');
  const expected = {
    address: [MAYA, 'ana@otherpractice.example', 'x@example.net', SAM],
    full: [MAYA_FULL, 'Ana Ruiz <ana@otherpractice.example>', 'x@example.net', `Sam Friend <${SAM}>`],
    name: ['Maya Lee', 'Ana Ruiz', 'x@example.net', 'Sam Friend'],
  };
  for (const style of ['address', 'full', 'name'] as const) {
    const compose = await ol.open('outlook.office.com', `chips=${style}`);
    const well = compose.locator(OL.well('to'));
    await well.click();
    await page.keyboard.type(`  ${MAYA}  ;ANA ruiz,x@example.net,`);
    await page.keyboard.type(`Jordan Park <${SAM}>`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Unknown Person;'); // resolves to nobody: stays typed, ';' swallowed
    expect(await chipTexts(compose), style).toEqual(expected[style]);
    await expect(well).toHaveText(new RegExp(`${expected[style][3]!.replace(/[<>.]/g, '.')}Unknown Person$`));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    expect(await chipTexts(compose), style).toEqual([]);
    await page.keyboard.type(`${MAYA};${SAM};`);
    await page.keyboard.press('Backspace');
    expect(await chipTexts(compose), style).toEqual([expected[style][0]]);
    await page.keyboard.type('tail@example.com'); // pending, never confirmed: still sent to
    await compose.locator(OL.send).click();
    expect(
      (await sent()).map((m) => m.to),
      style,
    ).toEqual([[MAYA, 'tail@example.com']]);
  }
});

test('name-only chips: the address appears nowhere in the DOM, yet __sent has it', async () => {
  const ol = fake('name-only');
  const compose = await ol.open();
  await ol.write(compose, { to: [MAYA], cc: ['sam friend'], bcc: ['Ana Ruiz'], subject: 'S', body: 'B' });
  expect(await chipTexts(compose, 'to')).toEqual(['Maya Lee']);
  expect(await chipTexts(compose, 'cc')).toEqual(['Sam Friend']);
  expect(await chipTexts(compose, 'bcc')).toEqual(['Ana Ruiz']);
  const dom = await page.evaluate(() => new XMLSerializer().serializeToString(document));
  for (const a of [MAYA, SAM, 'ana@otherpractice.example', 'jordan@outlook.com', '@']) expect(dom).not.toContain(a);
  await compose.locator(OL.body).click();
  await page.keyboard.press('Control+Enter');
  expect(await sent()).toMatchObject([{ to: [MAYA], cc: [SAM], bcc: ['ana@otherpractice.example'] }]);
});

test('Cc and Bcc rows appear only when toggled, always in the order To, Cc, Bcc; toggles hide', async () => {
  const ol = fake('compose-de');
  const compose = await ol.open();
  const toggles = compose.locator('.fui-Input > button');
  await expect(compose.locator(OL.wells)).toHaveCount(1);
  await compose.locator(OL.bccToggle).click();
  await expect(compose.locator(OL.well('bcc'))).toBeFocused();
  await expect(toggles.nth(1)).toBeHidden();
  await expect(toggles.nth(0)).toBeVisible();
  await compose.locator(OL.ccToggle).click();
  await expect(toggles.nth(0)).toBeHidden();
  await expect(compose.locator(OL.wells)).toHaveCount(3);
  expect(await compose.locator(OL.wells).evaluateAll((ws) => ws.map((w) => w.getAttribute('aria-label')))).toEqual([
    'An',
    'Cc',
    'Bcc',
  ]);
  expect(await compose.locator('.row > button.fui-Button').allInnerTexts()).toEqual(['An', 'Cc', 'Bcc']);
  await ol.write(compose, { to: [MAYA], cc: ['ana ruiz'], bcc: [SAM], subject: 'Betreff', body: 'Hallo' });
  expect(await chipTexts(compose, 'cc')).toEqual(['Ana Ruiz <ana@otherpractice.example>']);
  await compose.locator(OL.send).click();
  expect(await sent()).toMatchObject([
    { to: [MAYA], cc: ['ana@otherpractice.example'], bcc: [SAM], subject: 'Betreff', body: 'Hallo' },
  ]);
});

test('no recipients: a localized alert inside the compose, nothing sent; a typed non-address does not count', async () => {
  for (const [name, text] of [
    ['name-only', 'This message must have at least one recipient.'],
    ['compose-de', 'Diese Nachricht muss mindestens einen Empfänger haben.'],
  ] as const) {
    const ol = fake(name);
    const compose = await ol.open();
    await ol.addRecipient(compose, 'to', 'nobody in particular', false);
    await compose.locator(OL.body).click();
    await page.keyboard.type('text');
    await compose.locator(OL.send).click();
    await page.keyboard.press('Control+Enter');
    await expect(compose.locator(OL.errorBar)).toHaveText(text);
    await expect(page.locator(OL.errorBar)).toHaveCount(1);
    expect(await sent()).toEqual([]);
    await expect(compose).toBeVisible();
  }
});

// -------------------------------------------------------------------------------------------------
// Fixture specifics
// -------------------------------------------------------------------------------------------------
test('reading-pane reply: conversation, body layout, caret on the first line, the whole body and the user part recorded', async () => {
  const ol = fake('reading-pane-reply');
  await load('reading-pane-reply');
  await expect(page.locator(OL.compose)).toHaveCount(0);
  const conversation = page.locator(OL.conversation);
  await expect(conversation).toContainText("Moving Thursday's session");
  await expect(conversation).toContainText(MAYA_FULL);
  await page.locator(OL.reply).click();
  const compose = page.locator(OL.compose);
  await expect(conversation).toBeHidden();
  await expect(compose.locator(OL.subject)).toHaveCount(0);
  const body = compose.locator(OL.body);
  await expect(body).toBeFocused();
  const layout = await body.evaluate((b) =>
    Array.from(b.children).map((c) => [c.tagName.toLowerCase(), c.id || c.className, c.getAttribute('style') ?? '']),
  );
  expect(layout).toEqual([
    ['div', 'elementToProof', ''],
    ['div', 'appendonsend', ''],
    ['hr', '', 'display:inline-block;width:98%'],
    ['div', 'divRplyFwdMsg', ''],
    ['div', '', ''],
  ]);
  await expect(body.locator('> div.elementToProof > br')).toHaveCount(1);
  await expect(body.locator('> hr')).toHaveAttribute('tabindex', '-1');
  expect(await body.locator('#divRplyFwdMsg').innerText()).toBe(
    "From: Maya Lee <maya@calmpractice.example>\nSent: Monday, November 16, 2026 9:12 AM\nTo: Jordan Park <jordan@outlook.com>\nSubject: Moving Thursday's session",
  );
  await expect(body.locator('#divRplyFwdMsg > b')).toHaveText(['From:', 'Sent:', 'To:', 'Subject:']);
  await page.keyboard.type('Perfect,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('see you then');
  await expect(body.locator('> div').first()).toHaveText('Perfect,');
  expect(await ol.bodyText(compose)).toContain('Thursday at 4 pm works for me.');
  await page.keyboard.press('Control+Enter');
  const [reply] = await sent();
  expect(reply).toMatchObject({
    to: [MAYA],
    subject: "RE: Moving Thursday's session",
    ownText: 'Perfect,\nsee you then',
  });
  expect(reply!.body).toMatch(
    /^Perfect,\nsee you then\n+From: Maya Lee <maya@calmpractice\.example>\n[^]*Thursday at 4 pm works for me\./,
  );
  await expect(conversation).toBeVisible();
});

test('re-render: new elements, same ids, everything kept (hidden addresses, pending text, Cc row, subject, body, protection)', async () => {
  const ol = fake('name-only');
  const compose = await ol.open();
  await ol.write(compose, { to: [MAYA], cc: [SAM], subject: 'Keep me', body: 'Line one' });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Line two');
  await ol.addRecipient(compose, 'to', 'pending@example.com', false);
  await compose.locator(OL.encrypt).click();
  const before = await compose.evaluateHandle((root) => [
    root,
    root.querySelector('[data-testid="ComposeSendButton"] button'),
    root.querySelector('[aria-multiline="true"]'),
    root.querySelector('input'),
    root.querySelector('[role="textbox"]:not([aria-multiline]) > span'),
  ]);
  await compose.evaluate((root) => root.dispatchEvent(new Event('fake-outlook:rerender')));
  expect(await before.evaluate((nodes) => nodes.map((n) => n!.isConnected))).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
  await expect(compose).toHaveCount(1);
  await expect(compose).toHaveId('docking_InitVisiblePart_0');
  await expect(compose.locator('#editorParent_0 > [aria-multiline="true"]')).toHaveCount(1);
  expect(await chipTexts(compose, 'to')).toEqual(['Maya Lee']);
  expect(await chipTexts(compose, 'cc')).toEqual(['Sam Friend']);
  await expect(compose.locator(OL.well('to'))).toHaveText(/Maya Leepending@example\.com$/);
  await expect(compose.locator(OL.wells)).toHaveCount(2);
  await expect(compose.locator(OL.ccToggle)).toBeHidden();
  await expect(compose.locator(OL.bccToggle)).toBeVisible();
  await expect(compose.locator(OL.subject)).toHaveValue('Keep me');
  expect(await ol.bodyText(compose)).toBe('Line one\nLine two');
  await expect(compose.locator(OL.encrypt)).toHaveAttribute('aria-pressed', 'true');
  await expect(compose.locator(OL.protectionBar)).toBeVisible();
  const dom = await page.evaluate(() => new XMLSerializer().serializeToString(document));
  expect(dom).not.toContain(MAYA);
  // Still works after the re-render: a new chip and a send from the new Send button.
  await ol.addRecipient(compose, 'bcc', 'ana ruiz');
  await compose.locator(OL.send).click();
  expect(await sent()).toEqual([
    {
      action: 'send',
      via: 'click',
      composeId: 'docking_InitVisiblePart_0',
      to: [MAYA, 'pending@example.com'],
      cc: [SAM],
      bcc: ['ana@otherpractice.example'],
      subject: 'Keep me',
      body: 'Line one\nLine two',
      ownText: 'Line one\nLine two',
      encrypted: true,
      repeat: false,
    },
  ]);
});

test('drafts at load: two prefilled drafts, _0 and _1, both visible and stacked; each sends on its own', async () => {
  await load('drafts-at-load');
  const drafts = page.locator(`${OL.readingPane} > ${OL.readCompose} > ${OL.compose}`);
  await expect(drafts).toHaveCount(2);
  expect(await drafts.evaluateAll((ds) => ds.map((d) => d.id))).toEqual([
    'docking_InitVisiblePart_0',
    'docking_InitVisiblePart_1',
  ]);
  await expect(drafts.nth(0)).toBeVisible();
  await expect(drafts.nth(1)).toBeVisible();
  const [a, b] = [(await drafts.nth(0).boundingBox())!, (await drafts.nth(1).boundingBox())!];
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  await expect(page.locator(OL.conversation)).toBeHidden();
  expect(await chipTexts(drafts.nth(0))).toEqual([MAYA_FULL]);
  expect(await chipTexts(drafts.nth(1))).toEqual([SAM]);
  await expect(drafts.nth(0).locator(OL.subject)).toHaveValue('Thursday');
  await expect(drafts.nth(1).locator(OL.subject)).toHaveValue('Saturday');
  await expect(drafts.nth(0).locator(OL.body)).toHaveText('Could we move Thursday?');
  await expect(drafts.nth(1).locator(OL.body)).toHaveText('Hike on Saturday?');

  await drafts.nth(1).locator(OL.body).click();
  await page.keyboard.press('Control+Enter');
  await expect(drafts).toHaveCount(1);
  await expect(page.locator(OL.conversation)).toBeHidden();
  await page.locator('#docking_InitVisiblePart_0').locator(OL.send).click();
  expect(await sent()).toMatchObject([
    { composeId: 'docking_InitVisiblePart_1', to: [SAM], subject: 'Saturday', body: 'Hike on Saturday?' },
    { composeId: 'docking_InitVisiblePart_0', to: [MAYA], subject: 'Thursday', body: 'Could we move Thursday?' },
  ]);
  await expect(page.locator(OL.conversation)).toBeVisible();
});

test('New mail and the "n" shortcut add forms after the open ones; "n" typed in a field is just text', async () => {
  const ol = fake('reading-pane-reply');
  const reply = await ol.open();
  await expect(reply).toHaveId('docking_InitVisiblePart_0');
  const second = await ol.openNewMessage();
  await expect(second).toHaveId('docking_InitVisiblePart_1');
  await expect(second.locator(OL.well('to'))).toBeFocused();
  await page.keyboard.type('n');
  await page.locator('.fake-list-item').first().click();
  await page.keyboard.press('n');
  await expect(page.locator(OL.compose)).toHaveCount(3);
  expect(await page.locator(OL.compose).evaluateAll((cs) => cs.map((c) => c.id))).toEqual(
    [0, 1, 2].map((i) => `docking_InitVisiblePart_${i}`),
  );
  await expect(page.locator(OL.compose).last().locator(OL.well('to'))).toBeFocused();
  await page.locator('.fake-list-item').first().click();
  await page.keyboard.press('Control+n'); // not the shortcut
  expect(await shortcuts()).toEqual(['n']);
  await expect(second.locator(OL.well('to'))).toHaveText('n');
  await expect(page.locator(OL.compose)).toHaveCount(3);
  await second.locator(OL.discard).click();
  await expect(page.locator(OL.compose)).toHaveCount(2);
  expect(await sent()).toEqual([]);
});

test('encryption (hypothetical DOM): preapplied by encrypted.html, toggled by Encrypt, Do Not Forward by query', async () => {
  const ol = fake('encrypted');
  let compose = await ol.open();
  await expect(compose.locator(OL.encrypt)).toHaveAttribute('aria-pressed', 'true');
  const bar = compose.locator(`${OL.protectionBar}[role=status]`);
  await expect(bar).toHaveText("Encrypt: This message is encrypted. Recipients can't remove encryption.");
  await compose.locator(OL.encrypt).click();
  await expect(compose.locator(OL.encrypt)).toHaveAttribute('aria-pressed', 'false');
  await expect(bar).toHaveCount(0);
  await compose.locator(OL.encrypt).click();
  await expect(bar).toBeVisible();
  await ol.write(compose, { to: [MAYA], body: 'secret' });
  await compose.locator(OL.send).click();
  expect(await sent()).toMatchObject([{ encrypted: true }]);

  compose = await ol.open('outlook.office.com', 'protection=do-not-forward');
  await expect(compose.locator(OL.protectionBar)).toHaveText(
    "Do Not Forward: Recipients can't forward, print, or copy content.",
  );
  await compose.locator(OL.encrypt).click();
  await ol.write(compose, { to: [MAYA], body: 'plain' });
  await compose.locator(OL.send).click();
  expect(await sent()).toMatchObject([{ encrypted: false }]);
});

// -------------------------------------------------------------------------------------------------
// Serving, globals, Trusted Types, network
// -------------------------------------------------------------------------------------------------
test('all four Outlook hosts serve every fixture; unknown fixtures 404; outlookUrl validates', async () => {
  for (const host of HOSTS) {
    for (const name of ALL_FIXTURES) {
      await load(name, '', host);
      await expect(page.locator('#app'), `${host} ${name}`).toHaveCount(1);
      expect(new URL(page.url()).host).toBe(host);
    }
  }
  expect(outlookUrl('popout-new')).toBe('https://outlook.office.com/mail/deeplink/compose?fx=popout-new&popoutv2=1');
  expect(outlookUrl('name-only', 'outlook.live.com', '?lang=de')).toBe(
    'https://outlook.live.com/mail/inbox?fx=name-only&lang=de',
  );
  expect(() => outlookUrl('name-only', 'mail.google.com')).toThrow();
  expect(() => outlookUrl('../name-only')).toThrow();
  for (const url of [
    'https://outlook.office.com/mail/inbox?fx=no-such-fixture',
    'https://outlook.live.com/mail/inbox?fx=Name_Only',
    'https://outlook.cloud.microsoft/mail/inbox',
    'https://outlook.office365.com/__fixtures/outlook/missing.js',
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
});

test('only the documented globals, no requests beyond the fixture files, Trusted Types enforced', async () => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await load('reading-pane-reply');
  await page.locator(OL.reply).click();
  const extra = await page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const base = new Set(Object.getOwnPropertyNames(frame.contentWindow!));
    frame.remove();
    return Object.getOwnPropertyNames(window).filter((k) => !base.has(k));
  });
  expect(extra.sort()).toEqual(['FAKE_OUTLOOK_CONFIG', '__sent', '__shortcuts']);
  expect(requests.filter((u) => !u.startsWith('data:')).sort()).toEqual(
    [
      outlookUrl('reading-pane-reply'),
      'https://outlook.office.com/__fixtures/outlook/fake-outlook.css',
      'https://outlook.office.com/__fixtures/outlook/fake-outlook.js',
    ].sort(),
  );
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
  // The probe's violation is reported where the after-each check looks.
  expect(pageErrors).toEqual([expect.stringContaining('TrustedHTML')]);
  pageErrors.length = 0;
});
