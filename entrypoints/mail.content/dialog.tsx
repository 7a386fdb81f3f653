import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SendCheckDialog } from '../../components/SendCheckDialog';
import css from '../../components/send-check-dialog.css?inline';
import type { Finding } from '../../lib/checks/finding';
import type { DialogActions } from '../../lib/guard/send-guard';
import type { ModalLayers, OpenLayer } from '../../lib/ui/modal-layer';
import { focusIn } from '../../lib/ui/modal-layer';
import type { DialogExtras } from './wiring';

/**
 * Mounts the React dialog in a modal layer; one at a time. `open` returns only once the dialog's
 * buttons are really in the document, and otherwise closes its overlay and throws: React 19
 * reports render errors to `onUncaughtError` instead of throwing from `flushSync`.
 */
export function createDialogPresenter(layers: ModalLayers) {
  let current: { layer: OpenLayer; root: Root } | null = null;

  const close = () => {
    const closing = current;
    current = null;
    try {
      closing?.root.unmount();
    } finally {
      closing?.layer.close();
    }
  };

  const isShown = () =>
    current !== null &&
    current.layer.isOpen() &&
    current.layer.container.querySelector('[data-action="send-anyway"]') !== null;

  const open = (findings: Finding[], actions: DialogActions, extras: DialogExtras = {}) => {
    close();
    const layer = layers.open({ css, label: 'Between Sessions: check before sending', onEscape: actions.edit });
    let failure: unknown = null;
    try {
      const root = createRoot(layer.container, {
        onUncaughtError: (error) => void (failure = error ?? 'render failed'),
      });
      current = { layer, root };
      // Rendered synchronously so focus can move into the dialog at once.
      flushSync(() => {
        root.render(
          <SendCheckDialog
            findings={findings}
            onSendAnyway={actions.sendAnyway}
            onEdit={actions.edit}
            onSaveNote={actions.saveNote}
            {...(extras.secureChannel ? { secureChannel: extras.secureChannel } : {})}
          />,
        );
      });
      // Not on screen after rendering: its render failed, or its overlay is already gone.
      if (failure !== null || !isShown()) throw new Error('the dialog did not render');
      focusIn(layer.container, '[data-action="edit"]');
    } catch (error) {
      if (current?.layer === layer) close();
      else layer.close();
      throw error;
    }
  };

  return { open, close, isShown };
}
