import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import { noStationText } from './noStationText.ts';

const en = (key: Parameters<typeof translate>[1]) => translate(DICTIONARIES.en, key);

describe('why no emergency route was checked', () => {
  it('says that no station was found in the map data and asks for one, when the data was searched', () => {
    const text = noStationText(en, { osmAsked: true, osmFound: 0, given: 0 });
    expect(text).toMatch(/no station was found in the map data/);
    expect(text).toMatch(/place the fire, ambulance and police stations on the map/);
  });

  it('says that none was given when the search was not asked for', () => {
    expect(noStationText(en, { osmAsked: false, osmFound: 0, given: 0 })).toMatch(
      /^\(no station was given: place/,
    );
  });

  it('keeps the old words for plans that did not record the search', () => {
    expect(noStationText(en, undefined)).toBe(DICTIONARIES.en['protection.noStationsChecked']);
  });
});
