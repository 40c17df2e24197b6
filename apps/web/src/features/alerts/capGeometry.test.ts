import { describe, expect, it } from 'vitest';
import { areaBounds, areaFeatures, capCircle, centreOf, circleRing, readCapCircle, readCapPolygon } from './capGeometry.ts';
import { PALAIS_POLYGON } from './testAlert.ts';

describe('CAP geometry read back', () => {
  it('reads a polygon latitude first into GeoJSON corners, longitude first', () => {
    expect(readCapPolygon(PALAIS_POLYGON)).toEqual([
      [7.42, 43.731],
      [7.421, 43.731],
      [7.421, 43.732],
      [7.42, 43.732],
      [7.42, 43.731],
    ]);
    expect(readCapPolygon('43.731,7.42 43.731,7.421 43.731,7.42')).toBeNull();
    expect(readCapPolygon('43.731;7.42 43.731,7.421 43.732,7.421 43.731,7.42')).toBeNull();
    expect(readCapPolygon('95,7.42 43.731,7.421 43.732,7.421 95,7.42')).toBeNull();
  });

  it('reads and writes a circle in kilometres', () => {
    expect(readCapCircle('43.7311,7.4203 0.5')).toEqual({ centre: [7.4203, 43.7311], radiusKm: 0.5 });
    expect(readCapCircle('43.7311,7.4203')).toBeNull();
    expect(readCapCircle('43.7311,7.4203 -1')).toBeNull();
    expect(readCapCircle('43.7311,7.4203 1 2')).toBeNull();
    expect(capCircle({ centre: [7.42031234567, 43.7311], radiusKm: 0.25049 })).toBe('43.7311,7.420312 0.25');
  });

  it('reads a centre typed latitude first, as CAP and most people write it', () => {
    expect(centreOf('43.7311, 7.4203')).toEqual([7.4203, 43.7311]);
    expect(centreOf(' -33.9 ; 151.2 ')).toEqual([151.2, -33.9]);
    expect(centreOf('43.7311 7.4203')).toEqual([7.4203, 43.7311]);
    for (const text of ['', '43.7311', '95, 7', '43, 190', 'north, east', '1e3, 2']) expect(centreOf(text), text).toBeNull();
  });

  it('draws a circle as a closed ring whose corners lie at its radius', () => {
    const ring = circleRing({ centre: [7.42, 43.73], radiusKm: 1 }, 16);
    expect(ring).toHaveLength(17);
    expect(ring[0]).toEqual(ring[16]);
    // The northernmost corner is 1 km north: 1 / 111.195 degrees of latitude.
    expect((ring[0]?.[1] ?? 0) - 43.73).toBeCloseTo(1 / 111.195, 4);
    expect(ring[0]?.[0]).toBeCloseTo(7.42, 9);
  });

  it('gives the drawable polygons of areas and their bounds, leaving out what cannot be read', () => {
    const areas = [
      { areaDesc: 'Palais', polygons: [PALAIS_POLYGON, 'nonsense'], circles: ['43.74,7.43 0.1', '43.74,7.43 0'] },
    ];
    const features = areaFeatures(areas).features;
    expect(features).toHaveLength(2);
    expect(features.every((f) => f.properties.areaDesc === 'Palais')).toBe(true);
    const [w, s, e, n] = areaBounds(areas) ?? [];
    expect(w).toBe(7.42);
    expect(s).toBe(43.731);
    expect(e).toBeGreaterThan(7.43);
    expect(n).toBeGreaterThan(43.74);
    expect(areaBounds([{ areaDesc: 'x', polygons: [], circles: [] }])).toBeNull();
  });
});
