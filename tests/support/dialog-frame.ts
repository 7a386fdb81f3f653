import type { Frame, Locator, Page } from '@playwright/test';

/** The extension's dialog page, as its frame's URL ends (chrome-extension://<id or dynamic id>/...). */
const FRAME_PATH = '/check-frame.html';

/**
 * The extension frame on a mail page. It sits in a closed shadow root, which CSS locators cannot
 * enter, but Playwright lists every frame of the page whatever element holds it: found by its URL.
 */
export function checkFrame(page: Page, which: 'dialog' | 'notice' = 'dialog'): Frame | null {
  const frames = page.frames().filter((f) => !f.isDetached());
  const hash = which === 'notice' ? '#notice' : '';
  return (
    frames.find(
      (f) =>
        /^(chrome|moz)-extension:$/.test(safeProtocol(f.url())) &&
        new URL(f.url()).pathname === FRAME_PATH &&
        new URL(f.url()).hash === hash,
    ) ?? null
  );
}

/**
 * Waits (up to 3 s) until no frame of the page is still loading its first document: a frame the
 * extension makes at Send is found by its URL only once that URL has committed, and a Frame taken
 * before then is a stale handle after it navigates to the extension.
 */
export async function settleFrames(page: Page): Promise<void> {
  const deadline = Date.now() + 3000;
  const loading = () =>
    page
      .frames()
      .some((f) => f !== page.mainFrame() && !f.isDetached() && (f.url() === '' || f.url() === 'about:blank'));
  while (loading() && Date.now() < deadline) await page.waitForTimeout(50);
}

/** The notice after sending (crisis lines, the safety plan), in its own corner frame. */
export function noticeLocator(page: Page, selector: string): Locator {
  const frame = checkFrame(page, 'notice');
  return frame ? frame.locator(selector) : page.locator(selector);
}

/**
 * Where the pre-send dialog is: in the extension frame once the page has one, else the page
 * (where it is never found: the fallback's shadow root is closed; see fallbackDialog below).
 */
export function dialogLocator(page: Page, selector: string): Locator {
  const frame = checkFrame(page);
  return frame ? frame.locator(selector) : page.locator(selector);
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

export interface ClosedNode {
  attributes: Record<string, string>;
  /** Centre of its box on the page, for a real mouse click. */
  center: { x: number; y: number } | null;
  text: string;
}

/**
 * Elements inside closed shadow roots (the in-page fallback dialog), through the DevTools
 * protocol, which sees every shadow root: no page script can do this. Chromium only.
 */
export async function closedShadowQuery(page: Page, attribute: string): Promise<ClosedNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = {
      nodeId: number;
      backendNodeId: number;
      nodeType: number;
      nodeValue?: string;
      attributes?: string[];
      children?: Node[];
      shadowRoots?: Node[];
      shadowRootType?: string;
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const found: Node[] = [];
    const textOf = (n: Node): string =>
      (n.nodeType === 3 ? (n.nodeValue ?? '') : '') +
      [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(n.nodeType === 1 ? ' ' : '');
    const walk = (n: Node, inClosed: boolean) => {
      const attrs = n.attributes ?? [];
      if (inClosed && attrs.includes(attribute)) found.push(n);
      for (const s of n.shadowRoots ?? []) walk(s, inClosed || s.shadowRootType === 'closed');
      for (const c of n.children ?? []) walk(c, inClosed);
    };
    walk(root, false);
    const out: ClosedNode[] = [];
    for (const n of found) {
      const attributes: Record<string, string> = {};
      const list = n.attributes ?? [];
      for (let i = 0; i < list.length; i += 2) attributes[list[i]!] = list[i + 1]!;
      let center: ClosedNode['center'] = null;
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })) as {
          model: { content: number[] };
        };
        const q = model.content;
        center = { x: (q[0]! + q[4]!) / 2, y: (q[1]! + q[5]!) / 2 };
      } catch {
        center = null;
      }
      out.push({ attributes, center, text: textOf(n).replace(/\s+/g, ' ').trim() });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * The pre-send dialog wherever it is: in the extension frame, or in the in-page fallback when
 * the frame could not show it (which one depends on a race the test cannot steer, e.g. the
 * extension reloaded while the frame was drawing). Chromium only (the fallback is read through
 * the DevTools protocol).
 */
export function anyDialog(page: Page) {
  const inFrame = () => checkFrame(page)?.locator('[data-testid="send-check-dialog"]:visible') ?? null;
  return {
    async findingIds(): Promise<string[]> {
      const frameDialog = inFrame();
      if (frameDialog && (await frameDialog.count().catch(() => 0)) > 0)
        return frameDialog
          .locator('[data-finding-id]')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-finding-id') ?? ''))
          .catch(() => []);
      return (await closedShadowQuery(page, 'data-finding-id')).map((n) => n.attributes['data-finding-id'] ?? '');
    },
    /** Clicks the action with a real mouse click wherever the dialog is. */
    async click(action: 'send-anyway' | 'edit'): Promise<void> {
      const frameDialog = inFrame();
      if (frameDialog && (await frameDialog.count()) > 0)
        return frameDialog.locator(`[data-action="${action}"]`).click();
      const node = (await closedShadowQuery(page, 'data-action')).find((n) => n.attributes['data-action'] === action);
      if (!node?.center) throw new Error(`no ${action} button in the dialog`);
      await page.mouse.click(node.center.x, node.center.y);
    },
  };
}
