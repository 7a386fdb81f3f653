/**
 * Renders assets/icon.svg to the PNG sizes the stores ask for (Chrome Web Store: 16, 32, 48, 128;
 * Firefox add-ons: 48 and 96), into public/icon/<size>.png, where WXT finds them for the
 * manifest. Uses the Chromium the tests already use; the PNGs are committed, so a build needs
 * none of this. Run with `npm run icons` after changing the SVG.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchPlainChromium, ROOT } from '../support/extension.ts';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const out = path.join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await launchPlainChromium();
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(path.join(out, `${size}.png`), await page.locator('svg').screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${ICON_SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
