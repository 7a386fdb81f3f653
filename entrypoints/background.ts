import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/messaging/handler';
import { readSendLog, recordSend } from '../lib/storage/send-log';
import { acceptPlainEmail, loadSettings } from '../lib/storage/settings';

export default defineBackground(() => {
  // Start the slow first read of enterprise-managed settings now, not at the first send.
  void loadSettings({ waitForManaged: true });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message, {
      loadSettings: async () => (await loadSettings()).settings,
      acceptPlainEmail,
      readSendLog,
      recordSend,
      now: () => new Date(),
      userTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });
});
