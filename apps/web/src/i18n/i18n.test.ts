import { LOCALES } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './all-dictionaries.ts';
import { en } from './en.ts';
import { pickLocale, placeholdersOf, translate } from './translate.ts';

const keys = Object.keys(en).sort();

/** Whether a message has words of its own: not only placeholders, numbers, unit symbols and punctuation. */
const hasWords = (text: string): boolean =>
  /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, '').replace(/\b(?:km\/h|min|kJ|kg|m²|s|m|t)\b/g, ''));

/**
 * Messages that are rightly the same in English and in another language: the product's name, words both
 * languages spell alike (“Organisation”, “Notes”), formats and units. Anything else equal to English is an
 * untranslated message.
 */
const SHARED_WITH_ENGLISH: Readonly<Record<'fr' | 'es' | 'it', ReadonlySet<string>>> = {
  fr: new Set([
    'Pactesur', 'Organisation', 'Sites', 'Site', 'Actions', 'Action', 'Expert', 'Longitude', 'Latitude',
    'Longitude, latitude', 'Promenade', 'Format', 'Relations', 'Notes', 'Simulation', 'Pause', 'Angle',
    'Invitation', 'Plan possible', 'Pick-up / 4×4', 'Documents',
  ]),
  es: new Set(['Pactesur', 'No', '✗ No', 'Editor', 'Pick-up / 4×4']),
  it: new Set(['Pactesur', 'No', '✗ No', 'Account', 'Password', 'Record', 'Pick-up / 4×4']),
};

describe('the dictionaries', () => {
  it('cover every locale the API accepts', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages: Readonly<Record<string, string>> = DICTIONARIES[locale];

      it('has exactly the keys of the English dictionary', () => {
        expect(Object.keys(messages).sort()).toEqual(keys);
      });

      it('has no empty message', () => {
        const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
        expect(empty).toEqual([]);
      });

      it('uses the same placeholders as English in every message', () => {
        const differing = keys.filter(
          (k) => placeholdersOf(messages[k] ?? '').join() !== placeholdersOf(en[k as keyof typeof en]).join(),
        );
        expect(differing).toEqual([]);
      });
    });
  }

  it('are translated, not copied: a French, Spanish or Italian message equals English only when it is on the list of words both languages share', () => {
    for (const locale of ['fr', 'es', 'it'] as const) {
      const same = keys.filter((k) => {
        const english = en[k as keyof typeof en];
        if (DICTIONARIES[locale][k as keyof typeof en] !== english) return false;
        return !SHARED_WITH_ENGLISH[locale].has(english) && hasWords(english);
      });
      expect(same, locale).toEqual([]);
    }
  });

  it('keep the list of shared words small and true: each entry is still the same in its language', () => {
    for (const locale of ['fr', 'es', 'it'] as const) {
      const english = new Set(keys.filter((k) => DICTIONARIES[locale][k as keyof typeof en] === en[k as keyof typeof en]).map((k) => en[k as keyof typeof en]));
      const stale = [...SHARED_WITH_ENGLISH[locale]].filter((word) => !english.has(word));
      expect(stale, locale).toEqual([]);
      expect(SHARED_WITH_ENGLISH[locale].size).toBeLessThan(30);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate(DICTIONARIES.fr, 'signIn.welcome', { name: 'Camille' })).toBe('Bienvenue, Camille.');
    expect(translate(DICTIONARIES.en, 'signIn.welcome')).toBe('Welcome, {name}.');
  });
});

describe('pickLocale', () => {
  it('takes the first supported browser language, by its base tag', () => {
    expect(pickLocale(['de-DE', 'it-IT', 'fr'], LOCALES)).toBe('it');
    expect(pickLocale(['ES'], LOCALES)).toBe('es');
  });

  it('falls back to English', () => {
    expect(pickLocale(['de', 'nl'], LOCALES)).toBe('en');
    expect(pickLocale([], LOCALES)).toBe('en');
  });
});
