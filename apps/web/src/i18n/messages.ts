import type { en } from './en.ts';

/** A key of the dictionaries: a key of one of the English slices merged in `en.ts`. */
export type MessageKey = keyof typeof en;

/** A complete dictionary: exactly the keys of `en.ts`, each a non-empty string (checked by a test). */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Values for `{placeholders}` in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;
