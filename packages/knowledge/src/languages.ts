import type { Multilingual, PracticeContent } from '@pactesur/contracts';
import { entryOf } from './multilingual.ts';

/**
 * The text-search configurations PostgreSQL ships (its Snowball stemmers), by ISO 639-1 language code:
 * "barrières" finds "barrière" in French, "Polizeikräfte" finds "Polizeikraft" in German. `estonian` came
 * with PostgreSQL 17; every other one with 13 or earlier.
 */
export const SEARCH_CONFIGS: Readonly<Record<string, string>> = Object.freeze({
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
});

/** The configuration without stemming, for a language PostgreSQL has none for (Polish, Latvian, Slovak …). */
export const FALLBACK_SEARCH_CONFIG = 'simple';

/** The text-search configuration to index and query a language's text with. */
export function searchConfigOf(lang: string): string {
  return Object.hasOwn(SEARCH_CONFIGS, lang)
    ? (SEARCH_CONFIGS[lang] ?? FALLBACK_SEARCH_CONFIG)
    : FALLBACK_SEARCH_CONFIG;
}

/** Every multilingual text of a practice, in the order of the record. */
export function multilingualFieldsOf(content: PracticeContent): (Multilingual | null)[] {
  return [
    content.title,
    content.summary,
    content.problem,
    content.context,
    content.objectives,
    content.method,
    content.timeline,
    content.results,
    content.effectiveness,
    content.unintendedEffects,
    content.conditions,
    content.lessons,
    content.differently,
  ];
}

/**
 * Every language a practice has text in, by a person or by a machine: the language it was written in (its
 * title's source, always there) first, then the others in alphabetical order of their codes. An empty text
 * does not count; legal prerequisites, kept per country, have no language of their own.
 */
export function languagesOf(content: PracticeContent): string[] {
  const source = content.title.source;
  const others = new Set<string>();
  for (const m of multilingualFieldsOf(content)) {
    if (m === null) continue;
    for (const table of [m.texts, m.machine]) {
      for (const lang of Object.keys(table))
        if (lang !== source && entryOf(table, lang) !== '') others.add(lang);
    }
  }
  return [source, ...[...others].sort()];
}
