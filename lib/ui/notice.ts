/**
 * A small notice in the corner of the page, outside any modal: used when the extension cannot
 * act (it was updated under the page, or could not press Send). Plain DOM on purpose: it must
 * still work after the extension context is gone.
 */
import { t } from '../i18n';
import { HOST_TAGS } from './host-tags';

const CSS = `
.notice { position: fixed; right: 16px; bottom: 16px; max-width: 360px; display: flex; gap: 10px;
  align-items: flex-start; padding: 12px 14px; border-radius: 10px; background: #1f2937; color: #f9fafb;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 8px 24px rgb(0 0 0 / 30%); }
button { font: inherit; background: transparent; color: inherit; border: 1px solid #9ca3af;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; }`;
/** A notice with more than a line: text under the extra part, the whole box scrolls. */
const STACKED_CSS = `.notice.stacked { flex-direction: column; align-items: stretch; max-width: 400px;
  max-height: calc(100vh - 48px); overflow: auto; }`;

export interface NoticeOptions {
  testId: string;
  timeoutMs?: number;
  /** Shown above the text (the crisis notice's safety plan), with its own styles. */
  before?: { node: Node; css: string };
}

export function showNotice(doc: Document, text: string, options: NoticeOptions): () => void {
  doc.querySelector(`between-sessions-notice[data-testid="${options.testId}"]`)?.remove();
  const host = doc.createElement(HOST_TAGS.notice);
  host.dataset.testid = options.testId;
  host.style.cssText = 'position:fixed;z-index:2147483646;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = options.before ? `${CSS}\n${STACKED_CSS}\n${options.before.css}` : CSS;
  const box = doc.createElement('div');
  box.className = options.before ? 'notice stacked' : 'notice';
  const message = doc.createElement('span');
  message.textContent = text;
  // Only the line of text is announced; a long plan in a live region would drown it.
  (options.before ? message : box).setAttribute('role', 'status');
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t('notice_dismiss');
  const remove = () => host.remove();
  close.addEventListener('click', remove);
  if (options.before) box.append(options.before.node);
  box.append(message, close);
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  if (options.timeoutMs) setTimeout(remove, options.timeoutMs);
  return remove;
}
