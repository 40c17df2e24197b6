import {
  AwarenessTopic,
  type AwarenessPage,
  type Multilingual,
  type SaveAwarenessInput,
} from '@pactesur/contracts';
import { cleanText } from '../practices/contentDraft.ts';
import { pageLanguages, pageSource } from './pageLanguages.ts';

/** Most sections of a page, and most characters of a section's text in one language, as the API takes. */
export const MAX_SECTIONS = 12;
export const BODY_MAX = 6_000;

/** A section being edited, with a key of its own that stays when sections move. */
export interface DraftSection {
  readonly key: number;
  readonly topic: AwarenessTopic;
  readonly title: Multilingual;
  readonly body: Multilingual;
}

/** A page being edited: the language it is written in, translations opened, its sections, whether it is published. */
export interface AwarenessDraft {
  readonly source: string;
  /** Languages opened for translation that have no text yet. */
  readonly added: readonly string[];
  readonly sections: readonly DraftSection[];
  readonly published: boolean;
  readonly nextKey: number;
}

const empty = (source: string): Multilingual => ({ source, texts: {}, machine: {} });

/** The page as its editor starts: a page never written is in `fallbackSource` (the city's first language). */
export function draftOf(
  page: Pick<AwarenessPage, 'sections' | 'published'>,
  fallbackSource: string,
): AwarenessDraft {
  return {
    source: pageSource(page.sections, fallbackSource),
    added: [],
    sections: page.sections.map((s, key) => ({ key, topic: s.topic, title: s.title, body: s.body })),
    published: page.published,
    nextKey: page.sections.length,
  };
}

/** The tabs of the editor: the language the page is written in, then its translations and those opened. */
export function draftLanguages(draft: AwarenessDraft): string[] {
  return [...new Set([draft.source, ...pageLanguages(draft.sections), ...draft.added])];
}

/** A new section at the end, on the first topic the page does not cover yet. */
export function withNewSection(draft: AwarenessDraft): AwarenessDraft {
  if (draft.sections.length >= MAX_SECTIONS) return draft;
  const used = new Set(draft.sections.map((s) => s.topic));
  const topic = AwarenessTopic.options.find((t) => !used.has(t)) ?? 'other';
  const section = { key: draft.nextKey, topic, title: empty(draft.source), body: empty(draft.source) };
  return { ...draft, sections: [...draft.sections, section], nextKey: draft.nextKey + 1 };
}

export const withoutSection = (draft: AwarenessDraft, key: number): AwarenessDraft => ({
  ...draft,
  sections: draft.sections.filter((s) => s.key !== key),
});

/** The section moved one place up (`-1`) or down (`1`); at an end, left where it is. */
export function withSectionMoved(draft: AwarenessDraft, key: number, by: -1 | 1): AwarenessDraft {
  const from = draft.sections.findIndex((s) => s.key === key);
  const to = from + by;
  const moving = draft.sections[from];
  if (from < 0 || to < 0 || to >= draft.sections.length || !moving) return draft;
  const rest = draft.sections.filter((s) => s.key !== key);
  return { ...draft, sections: [...rest.slice(0, to), moving, ...rest.slice(to)] };
}

export const withSectionChanged = (
  draft: AwarenessDraft,
  key: number,
  patch: Partial<Pick<DraftSection, 'topic' | 'title' | 'body'>>,
): AwarenessDraft => ({
  ...draft,
  sections: draft.sections.map((s) => (s.key === key ? { ...s, ...patch } : s)),
});

/** The page marked as written in `lang`: every text's language written in changes with it. */
export const withDraftSource = (draft: AwarenessDraft, lang: string): AwarenessDraft => ({
  ...draft,
  source: lang,
  sections: draft.sections.map((s) => ({
    ...s,
    title: { ...s.title, source: lang },
    body: { ...s.body, source: lang },
  })),
});

/** A translation opened, before it has any text. */
export const withLanguage = (draft: AwarenessDraft, lang: string): AwarenessDraft =>
  draft.added.includes(lang) ? draft : { ...draft, added: [...draft.added, lang] };

/** What keeps a page from being saved: a section (numbered from 1) without a title or text as written. */
export interface DraftProblem {
  readonly n: number;
  readonly problem: 'title' | 'body';
}

const written = (m: Multilingual, source: string): boolean => (m.texts[source] ?? '').trim() !== '';

export function draftProblems(draft: AwarenessDraft): DraftProblem[] {
  return draft.sections.flatMap((s, i): DraftProblem[] => [
    ...(written(s.title, draft.source) ? [] : [{ n: i + 1, problem: 'title' as const }]),
    ...(written(s.body, draft.source) ? [] : [{ n: i + 1, problem: 'body' as const }]),
  ]);
}

/** The page as it is saved: in its order, texts trimmed and empty languages dropped. */
export function saveOf(draft: AwarenessDraft): SaveAwarenessInput {
  return {
    published: draft.published,
    sections: draft.sections.map((s) => ({
      topic: s.topic,
      title: cleanText(s.title) ?? empty(draft.source),
      body: cleanText(s.body) ?? empty(draft.source),
    })),
  };
}
