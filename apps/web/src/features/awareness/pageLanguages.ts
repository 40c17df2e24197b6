import type { AwarenessSection, Multilingual } from '@pactesur/contracts';
import { machineIn, textIn, type ShownText } from '../practices/displayText.ts';

/** The language a page is written in: that of its first section, else `fallback` (a page not written yet). */
export const pageSource = (sections: readonly AwarenessSection[], fallback: string): string =>
  sections[0]?.title.source ?? fallback;

const languagesOf = (m: Multilingual): string[] => [
  m.source,
  ...Object.keys(m.texts),
  ...Object.keys(m.machine),
];

/**
 * Every language a page can be read in (a person's text or a machine translation in it): the one it is
 * written in first, then by code.
 */
export function pageLanguages(sections: readonly AwarenessSection[]): string[] {
  const source = pageSource(sections, '');
  const found = new Set(sections.flatMap((s) => [...languagesOf(s.title), ...languagesOf(s.body)]));
  found.delete(source);
  return [...(source === '' ? [] : [source]), ...[...found].sort()];
}

/** The language a reader is first shown: the interface's when the page has it, else the page's own. */
export function readingLanguage(languages: readonly string[], locale: string, source: string): string {
  return languages.includes(locale) ? locale : source;
}

/**
 * The text of a section to show in the language chosen: a person's text in it, else the machine
 * translation into it (labelled), else the text as written.
 */
export function sectionTextIn(m: Multilingual, lang: string): ShownText | null {
  return machineIn(m, lang) ?? textIn(m, lang);
}
