// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDialogPresenter } from '../../../../entrypoints/mail.content/dialog';
import type { Finding } from '../../../../lib/checks/finding';
import { createGmailAdapter } from '../../../../lib/hosts/gmail/adapter';
import { buildSelfCheck } from '../../../../lib/selfcheck/answer';
import { formatReport } from '../../../../lib/selfcheck/report';
import { importSafetyPlanText } from '../../../../lib/storage/safety-plan';
import { createModalLayers } from '../../../../lib/ui/modal-layer';
import { loadFakePage } from '../../support/fake-pages';

/** What the plan says: none of it may reach the popup or the diagnostic report. */
const PLAN_WORDS = ['Thinking nobody would notice', 'Cold shower', 'Aunt Rita', '0142', 'Sam (brother)', 'garden'];
const PLAN = JSON.stringify({
  format: 'between-sessions.safety-plan',
  version: 1,
  warningSigns: ['Thinking nobody would notice'],
  copingStrategies: ['Cold shower'],
  distractions: [{ name: 'Aunt Rita', phone: '+1 555 0142' }],
  helpers: [{ name: 'Sam (brother)' }],
  reasonsForLiving: ['Finishing the garden'],
});
const CRISIS: Finding = { id: 'crisis', severity: 'critical', message: 'risk', crisis: { region: 'US', lines: [] } };

afterEach(() => {
  document.body.replaceChildren();
  fakeBrowser.reset();
});

describe('the safety plan is never in the self-check or its diagnostic report', () => {
  it('even with the plan stored and shown in an open dialog on the page', async () => {
    loadFakePage('gmail', 'compose-peoplekit');
    expect((await importSafetyPlanText(PLAN)).ok).toBe(true);
    const controller = new AbortController();
    const presenter = createDialogPresenter(createModalLayers(window, controller.signal));
    presenter.open([CRISIS], { sendAnyway: () => undefined, edit: () => undefined });
    const shadow = document.querySelector('between-sessions-layer')!.shadowRoot!;
    await expect.poll(() => shadow.querySelector('[data-testid="safety-plan"]')?.textContent).toContain('Aunt Rita');

    const check = buildSelfCheck(createGmailAdapter(document), () => true, {
      version: '1.0.0',
      hostname: 'mail.google.com',
      recipientsUnread: false,
    });
    const sent = JSON.stringify(check) + formatReport(check);
    for (const word of PLAN_WORDS) expect(sent).not.toContain(word);
    controller.abort();
  });

  it('the self-check code never reads the safety plan', () => {
    const dir = path.join(process.cwd(), 'lib/selfcheck/');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(`${dir}${file}`, 'utf8')).not.toMatch(/safety-?plan|safetyPlan/i);
    }
  });
});
