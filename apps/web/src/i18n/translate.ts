import type { Locale } from '@pactesur/contracts';
import type { MessageKey, MessageParams, Messages } from './messages.ts';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message for `key`, with its `{placeholders}` filled from `params`. A placeholder without a value is
 * left as it is, so a missing parameter shows up instead of vanishing.
 *
 * @example translate(en, 'signIn.welcome', { name: 'Camille' }) // 'Welcome, Camille.'
 */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholders a message uses, sorted: every language must use the same ones. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/**
 * The first supported locale among the browser's preferred languages (`navigator.languages`), else English.
 *
 * @example pickLocale(['it-IT', 'en']) // 'it'
 */
export function pickLocale(preferred: readonly string[], supported: readonly Locale[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = supported.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
