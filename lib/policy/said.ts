import type { CoreWordKey, WordArg, Words } from './words';

/**
 * Making words (lib/policy/words.ts), in a module of its own: the address and phone rules use it,
 * and they reach the mail page's script, which should not carry the list of every key.
 */

/** Words with their English text, as the core hands them on. */
export interface Said {
  message: string;
  words: Words;
}

export function words(key: CoreWordKey, ...args: WordArg[]): Words {
  return { key, args };
}

export function said(message: string, key: CoreWordKey, ...args: WordArg[]): Said {
  return { message, words: { key, args } };
}
