import { LOCALES } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './dictionaries.ts';
import { en } from './en.ts';
import { pickLocale, placeholdersOf, translate } from './translate.ts';

const keys = Object.keys(en).sort();

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

  it('are translated, not copied: most French, Spanish and Italian messages differ from English', () => {
    for (const locale of ['fr', 'es', 'it'] as const) {
      const same = keys.filter(
        (k) => DICTIONARIES[locale][k as keyof typeof en] === en[k as keyof typeof en],
      );
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(keys.length / 10);
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
