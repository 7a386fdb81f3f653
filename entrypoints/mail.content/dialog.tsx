import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SendCheckDialog } from '../../components/SendCheckDialog';
import css from '../../components/send-check-dialog.css?inline';
import type { Finding } from '../../lib/checks/finding';
import type { DialogActions } from '../../lib/guard/send-guard';
import type { ModalLayers, OpenLayer } from '../../lib/ui/modal-layer';
import { focusIn } from '../../lib/ui/modal-layer';

/** Mounts the React dialog in a modal layer; one at a time. */
export function createDialogPresenter(layers: ModalLayers) {
  let current: { layer: OpenLayer; root: Root } | null = null;

  const close = () => {
    current?.root.unmount();
    current?.layer.close();
    current = null;
  };

  const open = (findings: Finding[], actions: DialogActions) => {
    close();
    const layer = layers.open({ css, label: 'Between Sessions: check before sending', onEscape: actions.edit });
    const root = createRoot(layer.container);
    current = { layer, root };
    // Rendered synchronously so focus can move into the dialog at once.
    flushSync(() => {
      root.render(<SendCheckDialog findings={findings} onSendAnyway={actions.sendAnyway} onEdit={actions.edit} />);
    });
    focusIn(layer.container, '[data-action="edit"]');
  };

  return { open, close };
}
