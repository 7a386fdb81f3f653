import type { Surface, Ui } from './ui.ts';

/** The send paths Gmail and Outlook share, each taken the way a person takes it. */
const COMMON = {
  click: { on: 'send', key: null },
  'enter-on-send': { on: 'send', key: 'Enter' },
  'space-on-send': { on: 'send', key: 'Space' },
  'ctrl-enter-body': { on: 'body', key: 'Control+Enter' },
  'meta-enter-body': { on: 'body', key: 'Meta+Enter' },
  'ctrl-enter-subject': { on: 'subject', key: 'Control+Enter' },
} as const;

export type CommonSendPath = keyof typeof COMMON;

export interface ComposeControls<L> {
  send: L;
  body: L;
  subject: L;
}

export function isCommonPath(path: string): path is CommonSendPath {
  return Object.hasOwn(COMMON, path);
}

/** Clicks Send, or focuses Send (keys on a button) / clicks into a field, then presses the keys. */
export async function takeCommonPath<L extends Ui<L>>(
  page: Surface<L>,
  controls: ComposeControls<L>,
  path: CommonSendPath,
): Promise<void> {
  const { on, key } = COMMON[path];
  if (key === null) return controls.send.click();
  if (on === 'send') await controls.send.focus();
  else await controls[on].click();
  await page.keyboard.press(key);
}
