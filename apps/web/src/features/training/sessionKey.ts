import { keyOf } from '../network/calls/callDraft.ts';

/** The longest key the API takes for a session (`SessionKey`). */
const MAX_KEY = 40;

/**
 * The key a session's title suggests, unique among the keys of the course's other sessions (`taken`): the
 * title written as a key (`Séance 2 : exercice` → `seance-2-exercice`), `session-<n>` for a title with no
 * letter or digit of the Latin alphabet (`<n>` its place in the course, from 1), then `-2`, `-3` … until it
 * is unused.
 *
 * @example sessionKeyOf('Site visit', 1, ['site-visit']) // 'site-visit-2'
 */
export function sessionKeyOf(title: string, position: number, taken: readonly string[]): string {
  const base = keyOf(title) || `session-${position + 1}`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const key = `${base.slice(0, MAX_KEY - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(key)) return key;
  }
}
