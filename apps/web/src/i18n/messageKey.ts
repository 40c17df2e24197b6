import { en } from './en.ts';
import type { MessageKey } from './messages.ts';

/** Whether a key built from data (a kind, a code, an id) has a message in the dictionaries. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
