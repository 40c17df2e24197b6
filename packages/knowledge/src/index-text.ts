import type { Multilingual, PracticeContent } from '@pactesur/contracts';
import { languagesOf, searchConfigOf } from './languages.ts';
import { entryOf } from './multilingual.ts';

/** Where a text shown to a reader comes from: the language it was written in, a person's or a machine's translation. */
export type TextKind = 'source' | 'human' | 'machine';

/** A text chosen for a reader, with the language it is really in. */
export interface ShownText {
  text: string;
  kind: TextKind;
  language: string;
}

/**
 * The best text of `m` for a reader of `lang`: a person's text in their language (`source` when it is the
 * language it was written in), else the source text, else a machine translation into their language (to be
 * labelled as such), else a person's translation into another language. `null` when it has no text.
 */
export function textIn(m: Multilingual | null, lang: string): ShownText | null {
  if (m === null) return null;
  const own = entryOf(m.texts, lang);
  if (own !== '') return { text: own, kind: lang === m.source ? 'source' : 'human', language: lang };
  const source = entryOf(m.texts, m.source);
  if (source !== '') return { text: source, kind: 'source', language: m.source };
  const machine = entryOf(m.machine, lang);
  if (machine !== '') return { text: machine, kind: 'machine', language: lang };
  for (const other of Object.keys(m.texts).sort()) {
    const text = entryOf(m.texts, other);
    if (text !== '') return { text, kind: 'human', language: other };
  }
  return null;
}

/** The text of `m` to show a reader of `lang` (see {@link textIn}), '' when there is none. */
export function displayText(m: Multilingual | null, lang: string): string {
  return textIn(m, lang)?.text ?? '';
}

/** The text of a practice to index in one language, by weight, and the configuration to index it with. */
export interface IndexText {
  language: string;
  config: string;
  /** Weight A: the title. */
  a: string;
  /** Weight B: summary, problem, method, objectives. */
  b: string;
  /** Weight C: every other text. */
  c: string;
}

/** The text in `lang` only: a person's, or failing that a machine's (searchable, labelled where shown). */
function indexedIn(m: Multilingual | null, lang: string): string {
  if (m === null) return '';
  const human = entryOf(m.texts, lang);
  return human !== '' ? human : entryOf(m.machine, lang);
}

const joined = (parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n');

/**
 * What to index of a practice, one entry per language it has text in (see {@link languagesOf}), the
 * language it was written in first: at weight A its title, at B its summary, problem, method and objectives,
 * at C the rest of its texts (context, timeline, results, effectiveness, unintended effects, conditions,
 * lessons, what to do differently) with its names and lines that have no language (city, co-owners,
 * partners and their roles, audience, funding, evaluator), and, in the language it was written in only, its
 * legal prerequisites.
 */
export function indexTextsOf(content: PracticeContent): IndexText[] {
  const source = content.title.source;
  const names = [
    content.city,
    ...content.coOwners,
    ...content.partners.flatMap((p) => [p.name, p.role]),
    content.audience,
    content.funding,
    content.evaluator,
  ];
  return languagesOf(content).map((language) => {
    const at = (m: Multilingual | null): string => indexedIn(m, language);
    return {
      language,
      config: searchConfigOf(language),
      a: joined([at(content.title)]),
      b: joined([content.summary, content.problem, content.method, content.objectives].map(at)),
      c: joined([
        ...[
          content.context,
          content.timeline,
          content.results,
          content.effectiveness,
          content.unintendedEffects,
          content.conditions,
          content.lessons,
          content.differently,
        ].map(at),
        ...names,
        ...(language === source ? content.legal.map((l) => l.text) : []),
      ]),
    };
  });
}
