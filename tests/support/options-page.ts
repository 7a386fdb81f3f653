import { expect, type Page } from '@playwright/test';

/** Opens the extension's options page and waits for its heading (English). */
export async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Between Sessions settings' })).toBeVisible();
}

/** A JSON file for a file input (a policy, a safety plan), as the options page exports them. */
export function jsonFile(value: unknown, name = 'policy.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) };
}
