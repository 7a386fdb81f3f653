/**
 * A small notice in the corner of the page, outside any modal: used when the extension cannot
 * act (it was updated under the page, or could not press Send). Plain DOM on purpose: it must
 * still work after the extension context is gone.
 */
const CSS = `
.notice { position: fixed; right: 16px; bottom: 16px; max-width: 360px; display: flex; gap: 10px;
  align-items: flex-start; padding: 12px 14px; border-radius: 10px; background: #1f2937; color: #f9fafb;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 8px 24px rgb(0 0 0 / 30%); }
button { font: inherit; background: transparent; color: inherit; border: 1px solid #9ca3af;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; }`;

export function showNotice(doc: Document, text: string, options: { testId: string; timeoutMs?: number }): () => void {
  doc.querySelector(`between-sessions-notice[data-testid="${options.testId}"]`)?.remove();
  const host = doc.createElement('between-sessions-notice');
  host.dataset.testid = options.testId;
  host.style.cssText = 'position:fixed;z-index:2147483646;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const message = doc.createElement('span');
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  const remove = () => host.remove();
  close.addEventListener('click', remove);
  box.append(message, close);
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  if (options.timeoutMs) setTimeout(remove, options.timeoutMs);
  return remove;
}
