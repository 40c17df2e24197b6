import type { ClassThreat, ThreatEntry, ThreatPoint } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { styleErrors } from '../../../map/test-support/styleErrors.ts';
import { NOT_REACHED_COLOUR, speedColour } from './threatColours.ts';
import {
  defaultClassId,
  entriesByDanger,
  entryBounds,
  entryPathFeatures,
  entryStretch,
  perimeterPointFeatures,
  zoneBounds,
} from './threatFeatures.ts';
import { THREAT_POINT_LAYER, threatOverlays, zoneOverlay } from './threatOverlay.ts';

const point = (atM: number, speedKmh: number, entry: number | null): ThreatPoint => ({
  atM,
  at: [7.27 + atM * 1e-5, 43.7],
  speedKmh,
  energyKJ: speedKmh * 10,
  angleDeg: entry === null ? null : 80,
  entry,
});

const entry = (speedKmh: number, energyKJ: number, fromM: number, toM: number, runUpM = 50): ThreatEntry => ({
  speedKmh,
  energyKJ,
  runUpM,
  angleDeg: 75,
  at: [7.27 + fromM * 1e-5, 43.7],
  fromM,
  toM,
  origin: [7.26, 43.69],
  path: [
    [7.26, 43.69],
    [7.265, 43.695],
    [7.27 + fromM * 1e-5, 43.7],
  ],
  band: { lowKmh: speedKmh - 5, highKmh: speedKmh + 4 },
});

/** A perimeter of 30 m: points every 3 m, two entries, a stretch nobody reaches, one entry wrapping around. */
const car: ClassThreat = {
  class: 'car',
  name: 'M1 car',
  massKg: 1500,
  maxSpeedKmh: 62,
  maxEnergyKJ: 222,
  band: { lowKmh: 55, highKmh: 68 },
  points: [
    point(0, 40, 1),
    point(3, 40, 1),
    point(6, 0, null),
    point(9, 0, null),
    point(12, 62, 0),
    point(15, 60, 0),
    point(18, 58, 0),
    point(21, 0, null),
    point(24, 0, null),
    point(27, 38, 1),
  ],
  entries: [entry(62, 222, 12, 18), entry(40, 93, 27, 3)],
};

const truck: ClassThreat = {
  ...car,
  class: 'artic-40t',
  name: 'Articulated truck',
  massKg: 40000,
  maxSpeedKmh: 35,
  maxEnergyKJ: 1890,
};
const stuck: ClassThreat = {
  ...car,
  class: 'rigid-18t',
  maxSpeedKmh: 0,
  maxEnergyKJ: 0,
  points: [],
  entries: [],
};

describe('defaultClassId', () => {
  it('chooses the class bringing the most energy into the zone', () => {
    expect(defaultClassId({ classes: [car, truck, stuck] })).toBe('artic-40t');
    expect(defaultClassId({ classes: [stuck, car] })).toBe('car');
  });

  it('falls back to the first class when none gets in, and to null without classes', () => {
    expect(defaultClassId({ classes: [stuck] })).toBe('rigid-18t');
    expect(defaultClassId({ classes: [] })).toBeNull();
  });
});

describe('entriesByDanger', () => {
  it('sorts by speed, then energy, keeping the index people refer to', () => {
    const tie = { entries: [entry(40, 90, 0, 3), entry(62, 200, 6, 9), entry(40, 120, 12, 15)] };
    expect(entriesByDanger(tie).map((r) => r.index)).toEqual([1, 2, 0]);
  });
});

describe('perimeter points and paths', () => {
  it('colours each point by its speed, unreached grey and drawn first', () => {
    const fc = perimeterPointFeatures(car);
    expect(fc.features).toHaveLength(10);
    const first = fc.features[0]?.properties;
    expect(first).toMatchObject({ reached: false, entry: -1, colour: NOT_REACHED_COLOUR });
    const last = fc.features.at(-1)?.properties;
    expect(last).toMatchObject({ atM: 12, speedKmh: 62, entry: 0, colour: speedColour(62) });
  });

  it('draws one line per entry path, the fastest on top', () => {
    const fc = entryPathFeatures(car);
    expect(fc.features.map((f) => f.properties.entry)).toEqual([1, 0]);
    expect(fc.features[1]?.geometry.coordinates).toHaveLength(3);
  });
});

describe('entryStretch', () => {
  it('follows the perimeter points of the entry', () => {
    const stretch = entryStretch(car, 0);
    expect(stretch?.geometry).toEqual({
      type: 'LineString',
      coordinates: [car.points[4]!.at, car.points[5]!.at, car.points[6]!.at],
    });
  });

  it('wraps past the first corner of the perimeter', () => {
    const stretch = entryStretch(car, 1);
    expect(stretch?.geometry.type).toBe('LineString');
    const coords = stretch?.geometry.type === 'LineString' ? stretch.geometry.coordinates : [];
    expect(coords).toEqual([car.points[9]!.at, car.points[0]!.at, car.points[1]!.at]);
  });

  it('is the impact point when no perimeter point lies in the stretch, and null for no entry', () => {
    const single = { points: [], entries: [entry(30, 50, 4, 5)] };
    expect(entryStretch(single, 0)?.geometry).toEqual({ type: 'Point', coordinates: [7.27004, 43.7] });
    expect(entryStretch(car, 7)).toBeNull();
  });
});

describe('bounds', () => {
  it('frame the entry from its origin to its stretch', () => {
    const [w, s, e, n] = entryBounds(car, 0) ?? [];
    expect([w, s]).toEqual([7.26, 43.69]);
    expect(e).toBeCloseTo(7.27018, 9);
    expect(n).toBe(43.7);
    expect(entryBounds(car, 9)).toBeNull();
  });

  it('frame a zone by its outer ring', () => {
    const ring: [number, number][] = [
      [7.1, 43.1],
      [7.2, 43.1],
      [7.2, 43.3],
      [7.1, 43.1],
    ];
    expect(zoneBounds({ type: 'Polygon', coordinates: [ring] })).toEqual([7.1, 43.1, 7.2, 43.3]);
  });
});

describe('threatOverlays', () => {
  const zone = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [7.27, 43.7],
        [7.2703, 43.7],
        [7.2703, 43.7002],
        [7.27, 43.7],
      ] as [number, number][],
    ],
  };

  it('always gives the same four overlays, empty without data, so layers keep their order', () => {
    const empty = threatOverlays(null, null, null);
    const full = threatOverlays(zone, car, 0);
    expect(empty.map((o) => o.id)).toEqual(full.map((o) => o.id));
    expect(full.flatMap((o) => o.layers.map((l) => l.id))).toContain(THREAT_POINT_LAYER);
    const selected = full.find((o) => o.id === 'threat-selected')?.data as { features: unknown[] };
    expect(selected.features).toHaveLength(3);
  });

  it('is a valid MapLibre style', () => {
    for (const overlay of [...threatOverlays(zone, car, 1), zoneOverlay(null)])
      expect(styleErrors(overlay)).toEqual([]);
  });
});
