import { defineConfig } from 'wxt';
import { MAIL_HOSTS } from './lib/hosts/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    // The words are in public/_locales/<lang>/messages.json (docs/i18n.md).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Declared content scripts need no host_permissions (their matches are enough), and nothing
    // else here reaches a page: storage is the only permission.
    permissions: ['storage'],
    // The pre-send dialog's frame, and nothing else, may be loaded by the mail pages alone. Chrome
    // serves it only at a per-session URL (use_dynamic_url) so a page cannot probe for it
    // (developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources, 2026-12-01);
    // Firefox's moz-extension:// URL is already random per install, and its MV2 manifest takes a
    // plain list (WXT converts it).
    web_accessible_resources: [
      {
        resources: ['check-frame.html'],
        matches: MAIL_HOSTS,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Practices can deploy settings through enterprise policy (Chrome reads this schema).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'between-sessions@between-sessions.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
