import { checkFrame, closedShadowQuery } from '../support/dialog-frame';
import { setSettings } from '../support/extension';
import { fixtureNamed, GmailPage } from '../support/gmail-page';
import { expect, test } from '../support/test';

/**
 * The dialog lives in the extension's own frame, in a closed shadow root: a script of the mail
 * page can neither read what the check concluded nor press its buttons. When the frame cannot
 * show it, an in-page fallback (closed too) shows the same check, and the user can still send.
 */
const THERAPIST = 'maya@calmpractice.example';
const peoplekit = fixtureNamed('compose-peoplekit');

test.beforeEach(async ({ ext }) => {
  await setSettings(ext.worker, [{ name: 'Dr. Maya Lee', emails: [THERAPIST] }]);
});

test('a page script can neither read the dialog nor press Send anyway', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], cc: ['sam.friend@example.org'], subject: 'Thursday', body: 'Hello.' });
  await gmail.attemptSend(compose, 'click');
  const dialog = gmail.dialog();
  await expect(dialog.locator('[data-finding-id="other-recipients"]')).toContainText('sam.friend@example.org');
  const button = await dialog.locator('[data-action="send-anyway"]').boundingBox();
  expect(button).not.toBeNull();

  // Everything a page script can try, in the page's own world.
  const seen = await page.evaluate(
    ({ x, y }) => {
      const host = document.querySelector('between-sessions-layer');
      const texts: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        texts.push(root instanceof Document ? root.body.innerText : (root.textContent ?? ''));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      let frameRead = 'no frame reachable';
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frameRead = window.frames[i]!.document.body.innerText;
        } catch (error) {
          frameRead = String(error);
        }
      }
      // A forged answer, to the page and to every frame it can reach.
      const forged = { type: 'answer', seq: 1, action: 'send-anyway' };
      window.postMessage(forged, '*');
      for (let i = 0; i < window.frames.length; i++) window.frames[i]!.postMessage(forged, '*');
      // Synthetic clicks where Send anyway is drawn.
      const target = document.elementFromPoint(x, y);
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
      (target as HTMLElement | null)?.click();
      return {
        hostFound: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        dialogs: document.querySelectorAll('[data-testid="send-check-dialog"]').length,
        text: texts.join('\n'),
        frameRead,
        target: target?.localName ?? null,
      };
    },
    { x: button!.x + button!.width / 2, y: button!.y + button!.height / 2 },
  );
  expect(seen.hostFound).toBe(true);
  expect(seen.shadowRoot).toBeNull();
  expect(seen.dialogs).toBe(0);
  expect(seen.text).not.toContain('sam.friend@example.org is');
  expect(seen.text).not.toContain('Before you send');
  expect(seen.frameRead).not.toContain('Before you send');
  expect(seen.target).toBe('between-sessions-layer');

  await page.waitForTimeout(500);
  expect(await gmail.sent()).toHaveLength(0);
  await expect(dialog).toBeVisible();
  // The user's own click sends, once.
  await dialog.locator('[data-action="send-anyway"]').click();
  await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
  await page.waitForTimeout(500);
  expect(await gmail.sent()).toHaveLength(1);
});

for (const fault of ['does not answer', 'is navigated away'] as const) {
  test(`a frame that ${fault}: the in-page fallback shows the same check, and Send anyway sends once`, async ({
    page,
  }) => {
    const gmail = new GmailPage(page, peoplekit);
    const compose = await gmail.open();
    await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
    await expect.poll(() => checkFrame(page)).not.toBeNull();
    const frame = checkFrame(page)!;
    if (fault === 'does not answer') {
      // The frame's script stops answering (hung, or broken by an update): nothing it says arrives.
      await frame.evaluate(() => {
        MessagePort.prototype.postMessage = () => undefined;
      });
    }
    await gmail.attemptSend(compose, 'click');
    if (fault === 'is navigated away') {
      await expect(gmail.dialog()).toBeVisible();
      await frame.evaluate(() => location.replace('about:blank'));
    }
    let dialogs: Awaited<ReturnType<typeof closedShadowQuery>> = [];
    await expect
      .poll(async () =>
        (dialogs = await closedShadowQuery(page, 'data-testid')).map((n) => n.attributes['data-testid']),
      )
      .toContain('send-check-dialog');
    const fallback = dialogs.find((n) => n.attributes['data-testid'] === 'send-check-dialog')!;
    expect(fallback.attributes.role).toBe('alertdialog');
    expect(fallback.text).toContain('Not end-to-end encrypted');
    expect(fallback.text).toContain('could not open its own window');
    const findings = await closedShadowQuery(page, 'data-finding-id');
    expect(findings.map((n) => n.attributes['data-finding-id'])).toContain('encryption');
    expect(await gmail.sent()).toHaveLength(0);

    const buttons = await closedShadowQuery(page, 'data-action');
    const sendAnyway = buttons.find((n) => n.attributes['data-action'] === 'send-anyway')!;
    expect(buttons.map((n) => n.attributes['data-action']).sort()).toEqual(['edit', 'send-anyway']);
    await page.mouse.click(sendAnyway.center!.x, sendAnyway.center!.y);
    await page.mouse.click(sendAnyway.center!.x, sendAnyway.center!.y); // a second click sends nothing more
    await expect.poll(() => gmail.sent().then((s) => s.length)).toBe(1);
    await page.waitForTimeout(500);
    expect(await gmail.sent()).toHaveLength(1);
  });
}

test('the fallback: Esc is Edit, back in the unchanged draft, nothing sent', async ({ page }) => {
  const gmail = new GmailPage(page, peoplekit);
  const compose = await gmail.open();
  await gmail.write(compose, { to: [THERAPIST], subject: 'Thursday', body: 'See you Thursday.' });
  await expect.poll(() => checkFrame(page)).not.toBeNull();
  await checkFrame(page)!.evaluate(() => {
    MessagePort.prototype.postMessage = () => undefined;
  });
  await gmail.attemptSend(compose, 'click');
  await expect.poll(async () => (await closedShadowQuery(page, 'data-action')).length, { timeout: 5000 }).toBe(2);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await closedShadowQuery(page, 'data-action')).length).toBe(0);
  expect(await gmail.bodyText(compose)).toContain('See you Thursday.');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
  expect(await gmail.sent()).toHaveLength(0);
});
