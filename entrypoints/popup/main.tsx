import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { SelfCheckState } from '../../components/SelfCheckPanel';
import { SelfCheckPanel } from '../../components/SelfCheckPanel';
import { SELF_CHECK_REQUEST, selfCheckSchema } from '../../lib/selfcheck/report';
import { installBrowserCatalogue } from '../../lib/i18n/browser';
import { setDocumentLanguage } from '../../lib/i18n/language';
import type { ChecksState, NotesCount } from '../../components/popup/status-types';
import { deleteNote } from '../../lib/storage/notes';
import { readChecks, readNotesCount } from './status';
import './style.css';

installBrowserCatalogue();
setDocumentLanguage(document);

/** Asks the current tab's content script for its self-check; any failure means "not a mail page". */
async function askTab(): Promise<SelfCheckState> {
  // `?tab=<id>` lets a test point the popup at a tab; a person opens it on the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const tabId =
    param && /^\d+$/.test(param)
      ? Number(param)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { kind: 'not-mail' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer: unknown = await Promise.race([
      browser.tabs.sendMessage(tabId, { type: SELF_CHECK_REQUEST }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
    ]);
    const parsed = selfCheckSchema.safeParse(answer);
    return parsed.success ? { kind: 'checked', check: parsed.data } : { kind: 'not-mail' };
  } catch {
    return { kind: 'not-mail' };
  } finally {
    clearTimeout(timer);
  }
}

// The options page focuses its notes section at this hash (entrypoints/options/main.tsx).
const NOTES_URL = browser.runtime.getURL('/options.html#notes');

function Popup() {
  const [state, setState] = useState<SelfCheckState>({ kind: 'loading' });
  const [checks, setChecks] = useState<ChecksState>({ kind: 'loading' });
  const [notes, setNotes] = useState<NotesCount>({ kind: 'loading' });
  useEffect(() => {
    void askTab().then(setState);
    void readChecks().then(setChecks);
    void readNotesCount().then(setNotes);
  }, []);
  return (
    <SelfCheckPanel
      state={state}
      checks={checks}
      notes={notes}
      notesHref={NOTES_URL}
      // tabs.create needs no permission; openOptionsPage takes no hash.
      openNotes={() => void browser.tabs.create({ url: NOTES_URL }).then(() => window.close())}
      deleteNote={async (id) => {
        await deleteNote(id);
        setNotes(await readNotesCount());
      }}
      copy={(text) => navigator.clipboard.writeText(text)}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
