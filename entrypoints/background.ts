import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeParagraphs } from '../lib/analysis';
import type { Analysis } from '../lib/analysis/types';
import { ManagedSettingsPending } from '../lib/messaging/errors';
import { handleRequest } from '../lib/messaging/handler';
import { renderParts } from '../lib/checks/message-parts';
import { readListedView } from '../lib/storage/listed-view';
import { readSendLog, recordSend } from '../lib/storage/send-log';
import { addNote } from '../lib/storage/notes';
import { acceptPlainEmail, loadSettings, suppressCheck } from '../lib/storage/settings';

export default defineBackground(() => {
  // compromise runs here, never on the mail page; paragraphs already read are kept, so a draft
  // analysed while it was typed costs little at send time.
  const analysisCache = new Map<string, Analysis>();
  const analyze = (text: string) => analyzeParagraphs(text, analysisCache);

  // Start the slow first read of enterprise-managed settings now, not at the first send.
  void loadSettings({ waitForManaged: true });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message, {
      loadSettings: async () => {
        // A freshly woken worker may wait for managed storage, within the page's 2 s budget.
        const loaded = await loadSettings({ managedWaitMs: 800 });
        if (loaded.managedPending) throw new ManagedSettingsPending('managed settings not read yet');
        return loaded.settings;
      },
      acceptPlainEmail,
      listedView: readListedView,
      readSendLog,
      recordSend,
      saveNote: async (note, at) => void (await addNote(note, at)),
      suppressCheck,
      now: () => new Date(),
      userTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      analyze,
      // The in-page fallback dialog cannot read parts: they go to it read here, in the user's language.
      localize: (parts) =>
        renderParts(
          parts,
          (key, subs) => browser.i18n.getMessage(key, subs),
          browser.i18n.getMessage('options_locale') || 'en',
        ),
    });
  });
});
