import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SafetyPlanCard } from '../../components/SafetyPlanCard';
import { SendCheckDialog } from '../../components/SendCheckDialog';
import planCss from '../../components/safety-plan.css?inline';
import dialogCss from '../../components/send-check-dialog.css?inline';
import type { Finding } from '../../lib/checks/finding';
import type { DialogActions } from '../../lib/guard/send-guard';
import { loadSafetyPlan, type StoredSafetyPlan } from '../../lib/storage/safety-plan';
import { crisisNoticeText } from '../../lib/ui/crisis-notice';
import type { ModalLayers, OpenLayer } from '../../lib/ui/modal-layer';
import { focusIn } from '../../lib/ui/modal-layer';
import { showNotice } from '../../lib/ui/notice';

const css = `${dialogCss}\n${planCss}`;

/** How long the after-send notice waits for the safety plan before showing without it. */
const PLAN_WAIT_MS = 500;

export interface DialogPresenterOptions {
  doc?: Document;
  /** Reads the safety plan from extension storage (lib/storage/safety-plan.ts). */
  loadPlan?: () => Promise<StoredSafetyPlan>;
}

/**
 * Mounts the React dialog in a modal layer; one at a time. `open` returns only once the dialog's
 * buttons are really in the document, and otherwise closes its overlay and throws: React 19
 * reports render errors to `onUncaughtError` instead of throwing from `flushSync`.
 *
 * The safety plan is read only when a crisis finding is shown, and never waited for: the dialog
 * opens at once and the plan is added above the crisis lines when storage answers (a few ms).
 */
export function createDialogPresenter(layers: ModalLayers, options: DialogPresenterOptions = {}) {
  const loadPlan = options.loadPlan ?? loadSafetyPlan;
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

  const open = (findings: Finding[], actions: DialogActions) => {
    close();
    const layer = layers.open({ css, label: 'Between Sessions: check before sending', onEscape: actions.edit });
    let failure: unknown = null;
    const render = (root: Root, safetyPlan?: StoredSafetyPlan) =>
      root.render(
        <SendCheckDialog
          findings={findings}
          onSendAnyway={actions.sendAnyway}
          onEdit={actions.edit}
          safetyPlan={safetyPlan}
        />,
      );
    try {
      const root = createRoot(layer.container, {
        onUncaughtError: (error) => void (failure = error ?? 'render failed'),
      });
      current = { layer, root };
      // Rendered synchronously so focus can move into the dialog at once.
      flushSync(() => render(root));
      // Not on screen after rendering: its render failed, or its overlay is already gone.
      if (failure !== null || !isShown()) throw new Error('the dialog did not render');
      focusIn(layer.container, '[data-action="edit"]');
      if (findings.some((f) => f.id === 'crisis')) {
        void loadPlan().then((stored) => {
          const still = current?.root === root && isShown();
          if (still && (stored.plan || stored.problem)) render(root, stored);
        });
      }
    } catch (error) {
      if (current?.layer === layer) close();
      else layer.close();
      throw error;
    }
  };

  /** After a send with a lowered crisis finding: the crisis lines, under the plan when there is one. */
  const showCrisisNotice = (finding: Finding) => {
    const doc = options.doc ?? document;
    const text = crisisNoticeText(finding);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PLAN_WAIT_MS)));
    void Promise.race([loadPlan().catch(() => null), late])
      .then((stored) => {
        clearTimeout(timer);
        const node = stored?.plan ? planNode(doc, stored) : null;
        showNotice(doc, text, { testId: 'bs-crisis-notice', ...(node ? { before: { node, css: planCss } } : {}) });
      })
      .catch(() => showNotice(doc, text, { testId: 'bs-crisis-notice' }));
  };

  return { open, close, isShown, showCrisisNotice };
}

/** The plan rendered into a detached element, to be moved into the notice. */
function planNode(doc: Document, stored: StoredSafetyPlan): HTMLElement {
  const container = doc.createElement('div');
  flushSync(() => createRoot(container).render(<SafetyPlanCard plan={stored.plan} problem={stored.problem} />));
  return container;
}
