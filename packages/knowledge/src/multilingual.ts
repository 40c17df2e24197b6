import type { Multilingual } from '@pactesur/contracts';

/** A text of a record's table of languages, trimmed; '' when the language has none. */
export function entryOf(table: Readonly<Record<string, string>>, lang: string): string {
  return Object.hasOwn(table, lang) ? (table[lang] ?? '').trim() : '';
}

/**
 * What a multilingual text says in the words of a person: its source-language text or, when that is empty,
 * the longest of its human translations (machine translations never count). '' when it has none.
 */
export function humanTextOf(m: Multilingual | null): string {
  if (m === null) return '';
  const source = entryOf(m.texts, m.source);
  if (source !== '') return source;
  let best = '';
  for (const lang of Object.keys(m.texts).sort()) {
    const text = entryOf(m.texts, lang);
    if (charCount(text) > charCount(best)) best = text;
  }
  return best;
}

/** Length in characters as a reader counts them (code points: an accent or an emoji is one). */
export function charCount(text: string): number {
  return Array.from(text).length;
}
