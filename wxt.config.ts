import { defineConfig } from 'wxt';
import { MAIL_HOSTS } from './lib/hosts/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Between Sessions',
    description:
      'Checks mail to your therapist before it leaves Gmail or Outlook on the web. Nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: MAIL_HOSTS,
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
