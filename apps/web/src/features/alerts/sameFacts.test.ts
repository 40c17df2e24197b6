import { describe, expect, it } from 'vitest';
import { copyFacts, differingFacts, factKey, withAreas } from './sameFacts.ts';
import { PALAIS_POLYGON, testInfo } from './testAlert.ts';

const fr = testInfo();
const en = testInfo({ language: 'en-GB', event: 'Vehicle ramming', headline: 'Attack: avoid the area', instruction: 'Move away.' });

describe('the same facts in every language', () => {
  it('finds no difference when only the words differ', () => {
    expect(differingFacts([fr, en])).toEqual([]);
    expect(differingFacts([])).toEqual([]);
    expect(differingFacts([fr])).toEqual([]);
  });

  it('names each fact that differs, in a fixed order', () => {
    const other = { ...en, severity: 'Severe' as const, responseTypes: ['Evacuate' as const], areas: [] };
    expect(differingFacts([fr, other])).toEqual(['severity', 'responseTypes', 'areas']);
  });

  it('compares lists whatever their order, and expiry as a moment whatever its offset', () => {
    const reordered = { ...en, responseTypes: [...fr.responseTypes].reverse(), expires: '2026-07-14T21:30:00-00:00' };
    expect(factKey(reordered, 'responseTypes')).toBe(factKey(fr, 'responseTypes'));
    expect(differingFacts([fr, reordered])).toEqual([]);
    expect(differingFacts([fr, { ...en, expires: '2026-07-14T21:31:00-00:00' }])).toEqual(['expires']);
    expect(differingFacts([fr, { ...en, expires: null }])).toEqual(['expires']);
  });

  it('copies facts from one language to the others and keeps their words', () => {
    const changed = { ...fr, urgency: 'Expected' as const, expires: '2026-07-15T08:00:00+02:00' };
    const copied = copyFacts([changed, en], 0);
    expect(differingFacts(copied)).toEqual([]);
    expect(copied[1]?.headline).toBe(en.headline);
    expect(copied[1]?.urgency).toBe('Expected');
    expect(copied[0]).toBe(changed);
  });

  it('copies only the facts asked for, and the areas’ shapes under each language’s own description', () => {
    const moved = { ...en, areas: [{ areaDesc: 'Palace square', polygons: [], circles: ['43.73,7.42 0.5'] }], urgency: 'Future' as const };
    const copied = copyFacts([fr, moved], 0, ['areas']);
    expect(copied[1]?.areas).toEqual([{ areaDesc: 'Palace square', polygons: [PALAIS_POLYGON], circles: [] }]);
    expect(copied[1]?.urgency).toBe('Future');
    expect(copyFacts([fr, en], 5)).toEqual([fr, en]);
  });

  it('gives the same areas to every language', () => {
    const areas = [{ areaDesc: 'Zone', polygons: [], circles: ['43.73,7.42 1'] }];
    const given = withAreas([fr, en], areas);
    expect(given.map((i) => i.areas)).toEqual([areas, areas]);
    expect(given[0]?.areas[0]).not.toBe(given[1]?.areas[0]);
  });
});
