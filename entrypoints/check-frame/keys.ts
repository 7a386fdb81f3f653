/**
 * Keys inside the frame: Esc is Edit, Tab stays in the dialog (it would otherwise leave the frame
 * for the mail page), and a key held since the send (Ctrl+Enter, Space on Send) never presses a
 * dialog button: repeats are dropped, and so is a key released here that was pressed elsewhere.
 * Keys pressed in the frame never reach the mail page, so its shortcuts cannot fire.
 */
const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function holdKeys(win: Window, options: { isOpen(): boolean; onEscape(): void; root: HTMLElement }): void {
  const down = new Set<string>();
  const activates = (key: string) => key === 'Enter' || key === ' ';

  win.addEventListener(
    'keydown',
    (event) => {
      if (!options.isOpen()) return;
      if (event.repeat && activates(event.key)) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      down.add(event.key);
      if (event.key === 'Escape') {
        event.preventDefault();
        options.onEscape();
      } else if (event.key === 'Tab') {
        event.preventDefault();
        const items = Array.from(options.root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
          (el) => el.getClientRects().length > 0,
        );
        if (items.length === 0) return;
        const at = items.indexOf(win.document.activeElement as HTMLElement);
        const next = at === -1 ? 0 : (at + (event.shiftKey ? -1 : 1) + items.length) % items.length;
        items[next]?.focus();
      }
    },
    true,
  );
  win.addEventListener(
    'keyup',
    (event) => {
      const pressedHere = down.delete(event.key);
      if (options.isOpen() && activates(event.key) && !pressedHere) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );
}
