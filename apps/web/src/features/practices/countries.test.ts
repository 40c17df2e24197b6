import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryChoices } from './countries.ts';

describe('countryChoices', () => {
  it('sorts by the name in the reader’s language', () => {
    // Germany is Allemagne in French (before Autriche), Austria comes first in English.
    const fr = countryChoices('fr');
    expect(fr.indexOf('DE')).toBeLessThan(fr.indexOf('AT'));
    const en = countryChoices('en');
    expect(en.indexOf('AT')).toBeLessThan(en.indexOf('DE'));
    expect(fr.slice(0, 2)).toEqual(['AL', 'DE']);
  });

  it('offers a record’s own country once', () => {
    expect(countryChoices('en', ['CA', 'FR'])).toHaveLength(COUNTRIES.length + 1);
  });
});
