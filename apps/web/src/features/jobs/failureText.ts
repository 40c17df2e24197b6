import type { Translate } from '../../i18n/useI18n.tsx';

const FAILURES: readonly { pattern: RegExp; say: (t: Translate, m: RegExpExecArray) => string }[] = [
  { pattern: /^attempt (\d+) of (\d+) lost/, say: (t, m) => t('failure.lost', { attempt: m[1] ?? '', max: m[2] ?? '' }) },
  { pattern: /^could not be queued/, say: (t) => t('failure.notQueued') },
  { pattern: /^the site extract cannot be read/, say: (t) => t('failure.extractUnreadable') },
  { pattern: /^the site extract has no road or path/, say: (t) => t('failure.noRoads') },
  { pattern: /^(no zone|the zone gave no result)$/, say: (t) => t('failure.zone') },
  { pattern: /^(.+): the file is empty$/s, say: (t, m) => t('failure.emptyFile', { file: m[1] ?? '' }) },
  { pattern: /^(.+?) cannot be read: /s, say: (t, m) => t('failure.fileUnreadable', { file: m[1] ?? '' }) },
  { pattern: /^(.+) has no streets and no walkable space$/s, say: (t, m) => t('failure.fileNoStreets', { file: m[1] ?? '' }) },
];

/**
 * Why a background job failed, as a sentence in the interface language. The job system keeps the
 * computation's own words; known ones are said through the dictionaries, anything else after a sentence
 * that says the computation stopped.
 */
export function failureText(t: Translate, error: string | null): string | null {
  if (error === null || error === '') return null;
  for (const { pattern, say } of FAILURES) {
    const m = pattern.exec(error);
    if (m) return say(t, m);
  }
  return t('failure.other', { detail: error });
}
