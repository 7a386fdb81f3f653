import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/** Least privilege: storage only; the declared content script needs no host_permissions. */
describe('manifest permissions', () => {
  it.each(['chrome', 'firefox'])('%s: storage only, no host_permissions', async (browser) => {
    const manifest = config.manifest;
    const env = {
      browser,
      manifestVersion: browser === 'firefox' ? 2 : 3,
      mode: 'production',
      command: 'build',
    } as never;
    const value = await (typeof manifest === 'function' ? manifest(env) : manifest);
    expect(value?.permissions).toEqual(['storage']);
    expect(value).not.toHaveProperty('host_permissions');
    expect(value).not.toHaveProperty('optional_host_permissions');
  });
});
