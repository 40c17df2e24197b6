import { describe, expect, it } from 'vitest';
import { boundsAround, coordinateOf, placeOfFields, placeOfQuery, roundPlace } from './reportPlace.ts';

describe('the place of a report', () => {
  it('reads latitude and longitude typed in their fields, a comma as decimal mark too', () => {
    expect(placeOfFields('43.7', '7,27')).toEqual([7.27, 43.7]);
    expect(placeOfFields(' 43.70001234 ', '7.2700009')).toEqual([7.270001, 43.700012]);
  });

  it('refuses what is not a place', () => {
    expect(placeOfFields('', '7.27')).toBeNull();
    expect(placeOfFields('91', '7.27')).toBeNull();
    expect(placeOfFields('43.7', '-181')).toBeNull();
    expect(placeOfFields('north', '7.27')).toBeNull();
    expect(coordinateOf('Infinity', -90, 90)).toBeNull();
  });

  it('opens at the place of the address (?at=lng,lat), or nowhere in particular', () => {
    expect(placeOfQuery(['7.2620', '43.7034'])).toEqual([7.262, 43.7034]);
    expect(placeOfQuery([])).toBeNull();
    expect(placeOfQuery(['7.26'])).toBeNull();
    expect(placeOfQuery(['7.26', 'x'])).toBeNull();
  });

  it('rounds a click to 6 decimals', () => {
    expect(roundPlace([7.123456789, -43.987654321])).toEqual([7.123457, -43.987654]);
  });

  it('frames a view around a place, wider in longitude away from the equator', () => {
    const [w, s, e, n] = boundsAround([7.27, 43.7], 0.03);
    expect(w).toBeLessThan(7.27);
    expect(e).toBeGreaterThan(7.27);
    expect(n - s).toBeCloseTo(0.06, 10);
    expect((e - w) / (n - s)).toBeCloseTo(1 / Math.cos((43.7 * Math.PI) / 180), 6);
  });
});
