import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, languageChoices, languageLabel, languageName } from './languages.ts';

describe('language names', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('it', 'fr')).toBe('italien');
    expect(languageName('fr', 'es')).toBe('francés');
    expect(languageLabel('it', 'fr')).toBe('Italien');
    expect(languageLabel('de', 'it')).toBe('Tedesco');
  });

  it('gives the code back where it cannot name it', () => {
    expect(languageName('not a code', 'en')).toBe('not a code');
  });
});

describe('languageChoices', () => {
  it('offers the usual languages and the record’s own, once, sorted by name', () => {
    const choices = languageChoices('en', ['is', 'fr']);
    expect(choices).toContain('is');
    expect(choices.filter((c) => c === 'fr')).toHaveLength(1);
    expect(choices).toHaveLength(TEXT_LANGUAGES.length + 1);
    const names = choices.map((c) => languageLabel(c, 'en'));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
