import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CrisisNotice } from '../../components/CrisisNotice';
import planCss from '../../components/safety-plan.css?inline';
import { SendCheckDialog } from '../../components/SendCheckDialog';
import dialogCss from '../../components/send-check-dialog.css?inline';
import badgeCss from '../../components/compose-badge.css?inline';
import type { Finding } from '../../lib/checks/finding';
import { loadSafetyPlan, type StoredSafetyPlan } from '../../lib/storage/safety-plan';
import { OUTLOOK_HOSTNAMES } from '../../lib/hosts/hosts';
import { acceptFindings } from '../../lib/messaging/findings';
import type { FrameExtras, FromFrame } from '../../lib/ui/frame-protocol';
import { PORT_HELLO, readToFrame } from '../../lib/ui/frame-protocol';
import { installBrowserCatalogue } from '../../lib/i18n/browser';
import { setDocumentLanguage } from '../../lib/i18n/language';
import { t } from '../../lib/i18n';
import { createBadgeScreen } from './badge';
import { holdKeys } from './keys';
import './style.css';

installBrowserCatalogue();
document.title = t('dialog_title');
setDocumentLanguage(document);

/**
 * The pre-send dialog, in the extension's own origin: the mail page cannot read it or press its
 * buttons. It takes one MessagePort, from its parent on a mail host, and answers only there.
 * Anything only the dialog needs (it never goes through the mail page) is read here, from the
 * extension's storage, by this page itself.
 */
const MAIL_ORIGINS = new Set(['https://mail.google.com', ...OUTLOOK_HOSTNAMES.map((h) => `https://${h}`)]);

/** `#badge`: this frame is the compose badge (lib/ui/compose-badge.ts), not the dialog. */
const isBadge = location.hash === '#badge';
if (isBadge) document.documentElement.classList.add('badge-frame');

const style = document.createElement('style');
style.textContent = isBadge ? badgeCss : `${dialogCss}\n${planCss}`;
document.head.append(style);

const rootElement = document.getElementById('root')!;
const root = createRoot(rootElement, {
  onUncaughtError: () => {
    if (showing !== null) say({ type: 'failed', seq: showing });
    showing = null;
  },
});
let port: MessagePort | null = null;
/** The dialog on screen, by the content script's number; null when hidden. */
let showing: number | null = null;

const say = (message: FromFrame) => port?.postMessage(message);
const badge = isBadge ? createBadgeScreen(root, rootElement, say) : null;

const hide = () => {
  showing = null;
  flushSync(() => root.render(null));
};

const answer = (seq: number, message: Omit<Extract<FromFrame, { type: 'answer' }>, 'type' | 'seq'>) => {
  // One answer per dialog: a second click never sends twice.
  if (showing !== seq) return;
  hide();
  say({ type: 'answer', seq, ...message });
};

/**
 * The user's safety plan, read here from extension storage (it never passes through the mail
 * page), only when a crisis finding is shown, and never waited for: `then` runs when storage
 * answers, if the same dialog or notice is still on screen.
 */
const withSafetyPlan = (findings: readonly Finding[], still: () => boolean, then: (plan: StoredSafetyPlan) => void) => {
  if (!findings.some((f) => f.id === 'crisis')) return;
  void loadSafetyPlan().then((stored) => {
    if (still() && (stored.plan || stored.problem)) then(stored);
  });
};

/** A notice after sending, by the content script's number; null when none. */
let noticing: number | null = null;

const showNotice = (seq: number, raw: unknown) => {
  const [finding] = acceptFindings([raw]);
  if (!finding || finding.id !== 'crisis') return say({ type: 'failed', seq });
  noticing = seq;
  const dismiss = () => {
    if (noticing !== seq) return;
    noticing = null;
    flushSync(() => root.render(null));
    say({ type: 'notice-closed', seq });
  };
  const render = (safetyPlan?: StoredSafetyPlan) =>
    root.render(<CrisisNotice key={seq} finding={finding} safetyPlan={safetyPlan} onDismiss={dismiss} />);
  flushSync(() => render());
  if (!rootElement.querySelector('[data-testid="bs-crisis-notice"]')) {
    noticing = null;
    return say({ type: 'failed', seq });
  }
  say({ type: 'shown', seq });
  withSafetyPlan(
    [finding],
    () => noticing === seq,
    (stored) => flushSync(() => render(stored)),
  );
};

const show = (seq: number, raw: unknown[], extras: FrameExtras = {}) => {
  const findings = acceptFindings(raw);
  showing = seq;
  const render = (safetyPlan?: StoredSafetyPlan) =>
    root.render(
      <SendCheckDialog
        key={seq}
        findings={findings}
        onSendAnyway={(choice) =>
          answer(seq, {
            action: 'send-anyway',
            ...(choice.acceptPlainEmailFor ? { acceptPlainEmailFor: choice.acceptPlainEmailFor } : {}),
            ...(choice.suppress?.length ? { suppress: choice.suppress } : {}),
          })
        }
        onEdit={() => answer(seq, { action: 'edit' })}
        onSaveNote={() => answer(seq, { action: 'save-note' })}
        {...(extras.secureChannel ? { secureChannel: extras.secureChannel } : {})}
        safetyPlan={safetyPlan}
      />,
    );
  flushSync(() => render());
  const edit = rootElement.querySelector<HTMLElement>('[data-action="edit"]');
  if (showing !== seq || !edit) {
    if (showing === seq) say({ type: 'failed', seq });
    showing = null;
    return;
  }
  window.focus();
  edit.focus();
  // For the e2e timing report (tests/e2e/latency.spec.ts): when the dialog was on screen.
  performance.mark('between-sessions:dialog-shown');
  say({ type: 'shown', seq });
  withSafetyPlan(
    findings,
    () => showing === seq,
    (stored) => flushSync(() => render(stored)),
  );
};

holdKeys(window, {
  isOpen: () => showing !== null,
  onEscape: () => {
    if (showing !== null) answer(showing, { action: 'edit' });
  },
  root: rootElement,
});

window.addEventListener('message', (event) => {
  // The first port from the parent on a mail host, and no other: a page that posts its own port
  // first only makes the content script fall back to its in-page dialog.
  if (port || event.source !== window.parent || !MAIL_ORIGINS.has(event.origin)) return;
  const data = event.data as { type?: unknown } | null;
  const received = event.ports[0];
  if (data?.type !== PORT_HELLO || !received) return;
  port = received;
  port.onmessage = (e: MessageEvent) => {
    const message = readToFrame(e.data);
    if (!message) return;
    if (message.type === 'badge') void badge?.show(message.seq, message.counterpartId, message.findings);
    else if (badge) return;
    else if (message.type === 'show') show(message.seq, message.findings, message.extras);
    else if (message.type === 'notice') showNotice(message.seq, message.finding);
    else if (message.type === 'hide') hide();
  };
  say({ type: 'ready' });
});
