import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run inside one of the extension's frames on a mail page, on one part of it (the
 * dialog, the badge). Run from the page, axe never reaches these frames: they sit in closed
 * shadow roots, which it cannot enter. Whole-page rules (one main landmark, an h1) are the host
 * page's business, hence the part.
 */
export async function axeInFrame(frame: Frame, selector: string): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (part) => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    if (!document.querySelector(part)) return [`nothing matches ${part}: axe checked nothing`];
    const results = await axe.run(part);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
