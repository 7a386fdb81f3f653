// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SendCheckDialog } from '../../../../components/SendCheckDialog';
import type { Finding } from '../../../../lib/checks/finding';
import { createGmailAdapter } from '../../../../lib/hosts/gmail/adapter';
import { buildSelfCheck } from '../../../../lib/selfcheck/answer';
import { formatReport } from '../../../../lib/selfcheck/report';
import { importSafetyPlanText, loadSafetyPlan } from '../../../../lib/storage/safety-plan';
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
  it('even with the plan stored, and drawn into the page itself (worse than the real frame)', async () => {
    loadFakePage('gmail', 'compose-peoplekit');
    expect((await importSafetyPlanText(PLAN)).ok).toBe(true);
    const stored = await loadSafetyPlan();
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        createElement(SendCheckDialog, {
          findings: [CRISIS],
          onSendAnyway: () => undefined,
          onEdit: () => undefined,
          safetyPlan: stored,
        }),
      ),
    );
    expect(container.querySelector('[data-testid="safety-plan"]')?.textContent).toContain('Aunt Rita');

    const check = buildSelfCheck(createGmailAdapter(document), () => true, {
      version: '1.0.0',
      hostname: 'mail.google.com',
      recipientsUnread: false,
    });
    const sent = JSON.stringify(check) + formatReport(check);
    for (const word of PLAN_WORDS) expect(sent).not.toContain(word);
    root.unmount();
  });

  it('the self-check code never reads the safety plan', () => {
    const dir = path.join(process.cwd(), 'lib/selfcheck/');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(`${dir}${file}`, 'utf8')).not.toMatch(/safety-?plan|safetyPlan/i);
    }
  });
});
