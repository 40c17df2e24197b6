import { describe, expect, it } from 'vitest';
import { defaultLanguages, languageChoices, languageName, languageTag, localeOfLanguage } from './alertLanguages.ts';

describe('the languages of an alert', () => {
  it('starts with the languages of the city’s profile: Nice publishes in French, English and Italian', () => {
    expect(defaultLanguages({ languages: ['fr', 'en', 'it'], country: 'FR' }, 'es')).toEqual(['fr-FR', 'en-GB', 'it-IT']);
  });

  it('gives a language the city’s country when it is spoken there, else its own', () => {
    expect(defaultLanguages({ languages: ['fr', 'nl', 'de'], country: 'BE' }, 'en')).toEqual(['fr-BE', 'nl-BE', 'de-BE']);
    expect(languageTag('es', 'ES')).toBe('es-ES');
    expect(languageTag('EN', 'FR')).toBe('en-GB');
    expect(languageTag('el', null)).toBe('el-GR');
    expect(languageTag('eu', 'ES')).toBe('eu');
    expect(languageTag('x1', 'FR')).toBeNull();
  });

  it('falls back to the user’s language when the organisation names none', () => {
    expect(defaultLanguages({ languages: [], country: 'IT' }, 'it')).toEqual(['it-IT']);
    expect(defaultLanguages(null, 'fr')).toEqual(['fr-FR']);
    expect(defaultLanguages({ languages: ['fr', 'fr'], country: 'FR' }, 'en')).toEqual(['fr-FR']);
  });

  it('offers the city’s languages first, then the usual ones, once each', () => {
    expect(languageChoices(['fr-BE', 'nl-BE'])).toEqual(['fr-BE', 'nl-BE', 'fr-FR', 'en-GB', 'it-IT', 'es-ES', 'de-DE', 'nl-NL']);
  });

  it('knows which interface language fills in a template, and names languages in the reader’s', () => {
    expect(localeOfLanguage('fr-BE')).toBe('fr');
    expect(localeOfLanguage('nl-NL')).toBeNull();
    expect(languageName('fr-FR', 'en')).toBe('French (France)');
    expect(languageName('it-IT', 'fr')).toBe('italien (Italie)');
  });
});
