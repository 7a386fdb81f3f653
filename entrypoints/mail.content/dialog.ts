import remCss from '../../components/send-check-dialog.css?inline';
import type { Finding } from '../../lib/checks/finding';
import type { DialogActions } from '../../lib/guard/send-guard';
import type { CheckFrame } from '../../lib/ui/check-frame';
import type { FrameExtras } from '../../lib/ui/frame-protocol';
import { crisisNoticeText } from '../../lib/ui/crisis-notice';
import { renderFallbackDialog } from '../../lib/ui/fallback-dialog';
import { showNotice } from '../../lib/ui/notice';
import type { HeldLayer, ModalLayers, OpenLayer } from '../../lib/ui/modal-layer';
import { focusIn } from '../../lib/ui/modal-layer';
import { t } from '../../lib/i18n';

// The dialog's sizes are in rem for its extension frame, where the browser's font size setting
// sets the root (text at 200%, text-200.spec.ts). In a shadow root on the mail page, rem would be
// the host page's root, whatever it is: the fallback keeps the pixel sizes it always had.
const css = remCss.replace(/(\d*\.?\d+)rem/g, (_, n: string) => `${Number(n) * 16}px`);

/** After this many broken frames on one page, the dialog goes straight to the fallback. */
const FRAME_TRIES = 2;

/**
 * Shows the pre-send dialog: in the extension's frame (check-frame.ts), held modal on the page;
 * when the frame cannot show it (not loaded, no answer in time, navigated away), in a plain
 * fallback on the page with the same findings and buttons. One dialog at a time; `open` throws
 * only when neither can be put on screen.
 */
export function createDialogPresenter(layers: ModalLayers, frame: CheckFrame, orphaned: () => boolean = () => false) {
  let current: { kind: 'frame'; held: HeldLayer } | { kind: 'fallback'; layer: OpenLayer } | null = null;

  const close = () => {
    const closing = current;
    current = null;
    if (closing?.kind === 'frame') {
      closing.held.release();
      frame.hide();
    } else if (closing?.kind === 'fallback') {
      closing.layer.close();
    }
  };

  const isShown = () => {
    if (current?.kind === 'frame') return current.held.isHeld() && frame.shownHost() !== null;
    if (current?.kind === 'fallback') return current.layer.isOpen();
    return false;
  };

  const openFallback = (findings: Finding[], actions: DialogActions, reason: string) => {
    close();
    const layer = layers.open({ css, label: t('dialog_title'), onEscape: actions.edit });
    current = { kind: 'fallback', layer };
    renderFallbackDialog(layer.container, findings, reason, {
      sendAnyway: () => actions.sendAnyway({}),
      edit: actions.edit,
    });
    focusIn(layer.container, '[data-action="edit"]');
  };

  const open = (findings: Finding[], actions: DialogActions, extras: FrameExtras = {}) => {
    close();
    if (frame.failures() >= FRAME_TRIES) return openFallback(findings, actions, t('dialog_fallback_failed_load'));
    // The extension was updated or removed under this page: its frame can no longer load.
    if (orphaned()) return openFallback(findings, actions, t('dialog_fallback_updated'));
    let mine: typeof current = null;
    frame.show(
      findings,
      {
        answer: (answer) => {
          if (current !== mine) return;
          if (answer.action === 'edit') actions.edit();
          else if (answer.action === 'save-note') actions.saveNote();
          else
            actions.sendAnyway({
              ...(answer.acceptPlainEmailFor ? { acceptPlainEmailFor: answer.acceptPlainEmailFor } : {}),
              ...(answer.suppress ? { suppress: answer.suppress } : {}),
            });
        },
        // Still this dialog: the same findings and buttons, on the page.
        failed: (reason) => {
          if (current !== mine) return;
          try {
            openFallback(findings, actions, reason);
          } catch {
            // Not even the fallback could be drawn: nothing may stay held over the page.
            close();
            actions.notShown();
          }
        },
      },
      extras,
    );
    const host = frame.shownHost();
    const iframe = frame.frameElement();
    if (!host || !iframe) throw new Error('the frame could not be made');
    mine = current = { kind: 'frame', held: layers.hold(host, () => [iframe], actions.edit) };
    // Focus into the frame; the frame puts it on Edit once the dialog is drawn.
    iframe.focus();
  };

  return { open, close, isShown };
}

/**
 * The notice after a message with a lowered crisis finding went out: the crisis lines, and the
 * user's safety plan, in a corner frame of the extension's own origin (the page cannot read
 * either). When that frame cannot show it, the lines alone on the page, never the plan.
 */
export function createCrisisNoticePresenter(doc: Document, frame: CheckFrame) {
  return (finding: Finding) =>
    frame.notice(finding, {
      answer: () => undefined,
      closed: () => frame.hide(),
      failed: () => void showNotice(doc, crisisNoticeText(finding), { testId: 'bs-crisis-notice' }),
    });
}
