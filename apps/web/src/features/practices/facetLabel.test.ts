import { FACET_NAMES } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n/messages.ts';
import { facetLabel, type FacetWords } from './facetLabel.ts';
import { practicesEn } from './i18n/en.ts';
import { practicesFr } from './i18n/fr.ts';

const wordsIn = (dictionary: Readonly<Record<string, string>>, locale: string): FacetWords => ({
  t: (key: MessageKey) => dictionary[key] ?? `missing ${key}`,
  countryName: (code) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code,
  locale,
});

describe('facetLabel', () => {
  it('names the values of the lists in the reader’s language', () => {
    expect(facetLabel('place', 'promenade', wordsIn(practicesEn, 'en'))).toBe(
      practicesEn['practicePlace.promenade'],
    );
    expect(facetLabel('threat', 'vehicle-ramming', wordsIn(practicesFr, 'fr'))).toBe(
      practicesFr['practiceThreat.vehicle-ramming'],
    );
    expect(facetLabel('cost', 'over-1m', wordsIn(practicesFr, 'fr'))).toBe(
      practicesFr['practiceCost.over-1m'],
    );
  });

  it('names countries and languages as the browser does', () => {
    expect(facetLabel('country', 'BE', wordsIn(practicesFr, 'fr'))).toBe('Belgique');
    expect(facetLabel('language', 'es', wordsIn(practicesFr, 'it'))).toBe('Spagnolo');
  });

  it('shows a year, and a value it does not know, as it is', () => {
    expect(facetLabel('year', '2016', wordsIn(practicesEn, 'en'))).toBe('2016');
    expect(facetLabel('place', 'moon', wordsIn(practicesEn, 'en'))).toBe('moon');
  });

  it('has a facet name in the dictionary for every facet', () => {
    const missing = FACET_NAMES.filter((f) => !Object.hasOwn(practicesEn, `practiceFacet.${f}`));
    expect(missing).toEqual([]);
  });
});
