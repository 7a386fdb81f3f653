import type { Finding } from '../checks/finding';
import { findingMessage, findingTitle } from '../../components/finding-titles';
import { crisisGuidance, crisisLineDetail } from '../crisis/line-text';
import { t } from '../i18n';

/**
 * The pre-send dialog without React and without the extension frame: shown in a closed shadow
 * root on the page when the frame does not load, does not answer in time or goes away, so a send
 * is never trapped. Same hooks as the frame's dialog (docs/interfaces.md, "Hooks in the user
 * interface"): the same findings and the same two buttons; text only through textContent.
 */
export function renderFallbackDialog(
  container: HTMLElement,
  findings: readonly Finding[],
  reason: string,
  actions: { sendAnyway(): void; edit(): void },
): void {
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}) => {
    const node = doc.createElement(tag);
    if (props.className) node.className = props.className;
    if (props.text !== undefined) node.textContent = props.text;
    return node;
  };
  const backdrop = el('div', { className: 'backdrop' });
  const dialog = el('div', { className: 'dialog' });
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'bs-fallback-title');
  dialog.setAttribute('aria-describedby', 'bs-fallback-lead');
  dialog.dataset.testid = 'send-check-dialog';
  dialog.dataset.fallback = 'true';
  const title = el('h2', { text: t('dialog_heading') });
  title.id = 'bs-fallback-title';
  const attention = findings.filter((f) => f.severity !== 'info').length;
  const lead = el('p', {
    className: 'lead',
    text: attention === 1 ? t('dialog_lead_one') : t('dialog_lead_many', attention),
  });
  lead.id = 'bs-fallback-lead';
  const why = el('p', {
    className: 'evidence',
    text: t('dialog_fallback_why', reason),
  });
  const list = el('ul', { className: 'findings' });
  const ordered = [...findings].sort((a, b) => Number(b.id === 'crisis') - Number(a.id === 'crisis'));
  for (const finding of ordered) {
    const item = el('li', { className: `finding ${finding.severity}` });
    item.dataset.findingId = finding.id;
    item.append(el('h3', { text: findingTitle(finding.id) }), el('p', { text: findingMessage(finding) }));
    if (finding.evidence && finding.evidence.length > 0)
      item.append(
        el('p', {
          className: 'evidence',
          text: `${t('dialog_because_of')} ${finding.evidence.map((e) => `“${e.text}”`).join(', ')}`,
        }),
      );
    if (finding.crisis) item.append(crisisLines(el, finding.crisis));
    list.append(item);
  }
  const buttons = el('div', { className: 'actions' });
  const edit = el('button', { className: 'secondary', text: t('dialog_edit') });
  edit.type = 'button';
  edit.dataset.action = 'edit';
  edit.addEventListener('click', () => actions.edit());
  const send = el('button', { className: 'primary', text: t('dialog_send_anyway') });
  send.type = 'button';
  send.dataset.action = 'send-anyway';
  send.addEventListener('click', () => actions.sendAnyway());
  buttons.append(edit, send);
  dialog.append(title, lead, why, list, buttons);
  backdrop.append(dialog);
  container.replaceChildren(backdrop);
}

type Make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: { className?: string; text?: string },
) => HTMLElementTagNameMap[K];

function crisisLines(el: Make, crisis: NonNullable<Finding['crisis']>): HTMLElement {
  const box = el('div', { className: 'crisis-lines' });
  if (crisis.lines.length > 0) {
    const list = el('ul');
    list.setAttribute(
      'aria-label',
      crisis.region ? t('dialog_crisis_lines_region', crisis.region) : t('dialog_crisis_lines'),
    );
    for (const line of crisis.lines) {
      const item = el('li', { className: 'crisis-line' });
      item.append(el('strong', { text: line.name }));
      if (line.unconfirmed)
        item.append(el('span', { className: 'unconfirmed', text: ` ${t('dialog_number_unconfirmed')}` }));
      const contacts = el('span', { className: 'contacts' });
      for (const c of line.contacts) {
        const a = el('a', { text: c.label });
        a.href = c.href; // tel:, sms:, https: or mailto: only (findingSchema)
        if (c.href.startsWith('https:')) {
          a.target = '_blank';
          a.rel = 'noreferrer';
        }
        contacts.append(a);
      }
      item.append(contacts, el('span', { className: 'line-detail', text: crisisLineDetail(line) }));
      list.append(item);
    }
    box.append(list);
  }
  if (crisis.fallback) box.append(el('p', { text: crisisGuidance(crisis.fallback) }));
  if (crisis.therapistNote)
    box.append(el('p', { className: 'therapist-note', text: t('dialog_therapist_note', crisis.therapistNote) }));
  return box;
}
