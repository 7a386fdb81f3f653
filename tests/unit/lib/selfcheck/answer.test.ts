// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createGmailAdapter } from '../../../../lib/hosts/gmail/adapter';
import { createOutlookAdapter } from '../../../../lib/hosts/outlook/adapter';
import { listedRecipients } from '../../../../lib/policy/listed';
import { buildSelfCheck } from '../../../../lib/selfcheck/answer';
import { formatReport, selfCheckSchema } from '../../../../lib/selfcheck/report';
import { loadFakePage } from '../../support/fake-pages';
import { settingsWith, therapist } from '../../support/builders';

const settings = settingsWith([therapist({ name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] })]);
const isListed = (r: Parameters<typeof listedRecipients>[0]) => listedRecipients(r, settings).length > 0;
const page = { version: '9.9.9', hostname: 'outlook.office.com', recipientsUnread: false };
/** Everything of the draft a report must never carry. */
const SECRETS = [
  'Maya',
  'Lee',
  'maya@',
  'calmpractice',
  'Sam',
  'sam.friend',
  'example.org',
  'Thursday',
  'panic attacks',
  'Jordan',
];

afterEach(() => document.body.replaceChildren());

describe('self-check and its diagnostic report', () => {
  it('Outlook: finds every part of a draft; the report names the parts, never the draft', () => {
    loadFakePage('outlook', 'chips-wrapped', {
      openAtLoad: 0,
      drafts: [
        {
          to: ['Maya Lee', 'Sam Friend <sam.friend@example.org>'],
          subject: 'Thursday and my panic attacks',
          body: 'The panic attacks came back on Thursday.',
        },
      ],
    });
    const check = buildSelfCheck(createOutlookAdapter(document), isListed, page);
    expect(selfCheckSchema.parse(check)).toEqual(check);
    expect(check.composes).toEqual([
      { recipients: true, subject: true, body: true, send: true, listed: true, problems: [] },
    ]);
    expect(check.registry['sendButton[0]']).toBe(1);
    const report = formatReport(check);
    expect(report).toContain('Extension version: 9.9.9');
    expect(report).toContain('Host: outlook (outlook.office.com)');
    expect(report).toContain('Compose 1: recipients found, subject field found, body found, Send found');
    expect(report).toContain('  row.to: 1');
    for (const secret of SECRETS) expect(report).not.toContain(secret);
    expect(report).not.toMatch(/listed|yes, this/i); // who is on a draft stays in the popup
  });

  it('Gmail reply: a body that cannot be found is named, and still nothing of the draft is in the report', () => {
    loadFakePage('gmail', 'thread-reply');
    (Array.from(document.querySelectorAll<HTMLElement>('span.ams.bkH[role="link"]')).at(-1) as HTMLElement).click();
    const body = document.querySelector('[g_editable="true"]')!;
    body.append('The panic attacks came back on Thursday.');
    body.removeAttribute('g_editable');
    body.removeAttribute('contenteditable');
    const check = buildSelfCheck(createGmailAdapter(document), isListed, { ...page, hostname: 'mail.google.com' });
    expect(check.composes).toMatchObject([
      { recipients: true, body: false, send: true, listed: true, problems: ['body: no message editor'] },
    ]);
    const report = formatReport(check);
    expect(report).toContain('body NOT FOUND');
    expect(report).toContain('  - body: no message editor');
    for (const secret of SECRETS) expect(report).not.toContain(secret);
  });

  it('a reply whose recipients cannot be read says so, and so does a page where one went out unread', () => {
    loadFakePage('outlook', 'reading-pane-names', { collapsedHeader: 'stuck' });
    (document.querySelector('button[data-testid="fake-reply"]') as HTMLElement).click();
    const check = buildSelfCheck(createOutlookAdapter(document), isListed, { ...page, recipientsUnread: true });
    expect(check.composes).toMatchObject([{ recipients: false, listed: null, body: true, send: true }]);
    const report = formatReport(check);
    expect(report).toContain('recipients NOT FOUND');
    expect(report).toContain('its recipients could not be read');
    for (const secret of SECRETS) expect(report).not.toContain(secret);
  });
});
