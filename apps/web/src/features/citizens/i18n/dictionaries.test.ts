import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../i18n/translate.ts';
import { citizensEn } from './en.ts';
import { citizensEs } from './es.ts';
import { citizensFr } from './fr.ts';
import { citizensIt } from './it.ts';

const SLICES = { fr: citizensFr, es: citizensEs, it: citizensIt } as const;

/** Words spelt alike in English and the language (on the app's list of shared words, `i18n.test.ts`). */
const SHARED: Readonly<Record<keyof typeof SLICES, ReadonlySet<string>>> = {
  fr: new Set(['Latitude', 'Longitude']),
  es: new Set(),
  it: new Set(),
};

/** Whether a message has words of its own, not only placeholders and punctuation. */
const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));

describe('the words of the citizens’ reports', () => {
  for (const [lang, slice] of Object.entries(SLICES) as [
    keyof typeof SLICES,
    Readonly<Record<string, string>>,
  ][]) {
    describe(lang, () => {
      it('has every English key, each with a message', () => {
        expect(Object.keys(slice).sort()).toEqual(Object.keys(citizensEn).sort());
        expect(Object.entries(slice).filter(([, text]) => text.trim() === '')).toEqual([]);
      });

      it('uses the placeholders of English', () => {
        const differing = Object.entries(citizensEn).filter(
          ([key, english]) => placeholdersOf(slice[key] ?? '').join() !== placeholdersOf(english).join(),
        );
        expect(differing).toEqual([]);
      });

      it('is translated, not copied', () => {
        const copied = Object.entries(citizensEn).filter(
          ([key, english]) => slice[key] === english && hasWords(english) && !SHARED[lang].has(english),
        );
        expect(copied).toEqual([]);
      });
    });
  }
});
