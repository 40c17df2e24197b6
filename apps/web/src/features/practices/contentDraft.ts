import { MAX_NAME_LENGTH, PracticeContent, type LngLat, type Multilingual } from '@pactesur/contracts';

/** The texts of a practice that are kept in several languages. */
export const MULTILINGUAL_FIELDS = [
  'title',
  'summary',
  'problem',
  'context',
  'objectives',
  'method',
  'timeline',
  'results',
  'effectiveness',
  'unintendedEffects',
  'conditions',
  'lessons',
  'differently',
] as const satisfies readonly (keyof PracticeContent)[];

export type MultilingualField = (typeof MULTILINGUAL_FIELDS)[number];

/** Most characters of one language's text of each, as the API takes. */
export const TEXT_MAX: Readonly<Record<MultilingualField, number>> = {
  title: MAX_NAME_LENGTH,
  summary: 2_000,
  problem: 10_000,
  context: 10_000,
  objectives: 10_000,
  method: 10_000,
  timeline: 5_000,
  results: 10_000,
  effectiveness: 10_000,
  unintendedEffects: 10_000,
  conditions: 10_000,
  lessons: 10_000,
  differently: 10_000,
};

/** Where a text goes: the human texts (the one as written among them) or the machine translations. */
export type TextSide = 'texts' | 'machine';

/** A new practice written in `source`: every field empty or at its default. */
export function newContent(source: string): PracticeContent {
  return PracticeContent.parse({ title: { source, texts: {}, machine: {} } });
}

/**
 * A multilingual text with the text of one language set (or removed when empty), as typed: trimming
 * waits for `cleanContent`.
 */
export function withText(
  m: Multilingual | null,
  source: string,
  lang: string,
  side: TextSide,
  text: string,
): Multilingual {
  const base = m ?? { source, texts: {}, machine: {} };
  const { [lang]: _old, ...others } = base[side];
  return { ...base, [side]: text === '' ? others : { ...others, [lang]: text } };
}

/** Every language the practice has a text in (human or machine): the one it is written in first, then by code. */
export function contentLanguages(content: PracticeContent): string[] {
  const source = content.title.source;
  const found = new Set<string>();
  for (const field of MULTILINGUAL_FIELDS) {
    const m = content[field];
    if (!m) continue;
    for (const lang of [...Object.keys(m.texts), ...Object.keys(m.machine)]) found.add(lang);
  }
  found.delete(source);
  return [source, ...[...found].sort()];
}

/** The practice marked as written in `lang`: every text's source language changes with it. */
export function withSource(content: PracticeContent, lang: string): PracticeContent {
  const next: PracticeContent = { ...content, title: { ...content.title, source: lang } };
  for (const field of MULTILINGUAL_FIELDS) {
    if (field === 'title') continue;
    const m = content[field];
    if (m) next[field] = { ...m, source: lang };
  }
  return next;
}

const trimmed = (texts: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(texts).flatMap(([lang, text]) => (text.trim() === '' ? [] : [[lang, text.trim()]])),
  );

/** A text without its empty languages; null when nothing is left (the title stays, however empty). */
export function cleanText(m: Multilingual | null): Multilingual | null {
  if (!m) return null;
  const texts = trimmed(m.texts);
  const machine = trimmed(m.machine);
  return Object.keys(texts).length + Object.keys(machine).length === 0
    ? null
    : { source: m.source, texts, machine };
}

/**
 * The practice as it is saved: texts trimmed, empty languages, texts and rows dropped, the organisations
 * of a restricted practice kept only while it is restricted.
 */
export function cleanContent(content: PracticeContent): PracticeContent {
  const next: PracticeContent = {
    ...content,
    title: cleanText(content.title) ?? { source: content.title.source, texts: {}, machine: {} },
    city: content.city.trim(),
    contact: content.contact.trim(),
    audience: content.audience.trim(),
    funding: content.funding.trim(),
    staffEffort: content.staffEffort.trim(),
    evaluator: content.evaluator.trim(),
    coOwners: content.coOwners.map((o) => o.trim()).filter((o) => o !== ''),
    partners: content.partners
      .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
      .filter((p) => p.name !== ''),
    legal: content.legal
      .map((l) => ({ country: l.country, text: l.text.trim() }))
      .filter((l) => l.text !== ''),
    restrictedTo: content.confidentiality === 'restricted' ? content.restrictedTo : [],
  };
  for (const field of MULTILINGUAL_FIELDS) if (field !== 'title') next[field] = cleanText(content[field]);
  return next;
}

/** What keeps a practice from being saved, as the form says it. */
export type DraftProblem = 'title' | 'dates' | 'restricted';

/** The problems of a practice about to be saved (the server checks the rest). */
export function draftProblems(content: PracticeContent): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if ((content.title.texts[content.title.source] ?? '').trim() === '') problems.push('title');
  if (content.startedOn && content.endedOn && content.endedOn < content.startedOn) problems.push('dates');
  if (content.confidentiality === 'restricted' && content.restrictedTo.length === 0)
    problems.push('restricted');
  return problems;
}

/** A list of names with one ticked or unticked, in the order of `options`. */
export function toggled<T extends string>(
  options: readonly T[],
  list: readonly T[],
  value: T,
  on: boolean,
): T[] {
  const chosen = new Set(list);
  if (on) chosen.add(value);
  else chosen.delete(value);
  return options.filter((o) => chosen.has(o));
}

/** A decimal number as typed, with a point or a comma (`43,695` in French). */
const decimal = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

/**
 * A place from a longitude and a latitude as typed: null when both are empty, `invalid` when only one is
 * given or one is out of range.
 *
 * @example locationOf('7.262', '43,695') // [7.262, 43.695]
 */
export function locationOf(lon: string, lat: string): LngLat | null | 'invalid' {
  if (lon.trim() === '' && lat.trim() === '') return null;
  const x = decimal(lon);
  const y = decimal(lat);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'invalid';
  if (Math.abs(x) > 180 || Math.abs(y) > 90) return 'invalid';
  return [x, y];
}
