import { describe, expect, it } from 'vitest';
import { ThreatResult } from '@pactesur/contracts';
import { vehicleIndicators } from './vehicle-indicators.ts';

const point = (speedKmh: number, i: number) => ({
  atM: i * 3,
  at: [4.7765, 51.5881] as [number, number],
  speedKmh,
  energyKJ: speedKmh * 10,
  angleDeg: 90,
  entry: null,
});
const vehicle = (id: string, speeds: number[], maxEnergyKJ: number) => ({
  class: id,
  name: id.toUpperCase(),
  massKg: 1500,
  maxSpeedKmh: Math.max(0, ...speeds),
  maxEnergyKJ,
  band: null,
  points: speeds.map(point),
  entries: [],
});

describe('vehicleIndicators', () => {
  it('gives each class its shares at 32, 48 and 64 km/h, and the worst share and energy', () => {
    const result = ThreatResult.parse({
      perimeterM: 24,
      variants: [],
      classes: [
        // 8 points; ≥ 32: 32, 47.9, 48, 60, 64, 80 → 6/8; ≥ 48: 48, 60, 64, 80 → 4/8; ≥ 64: 64, 80 → 2/8.
        vehicle('car', [0, 30, 32, 47.9, 48, 60, 64, 80], 370),
        // 4 points; ≥ 32: 40, 50 → 2/4; ≥ 48: 50 → 1/4; none at 64.
        vehicle('rigid-18t', [10, 20, 40, 50], 1_736),
        // A class that reaches no point of the perimeter at all has no points: shares 0.
        vehicle('artic-40t', [], 0),
      ],
    });
    const { accessibility, energy } = vehicleIndicators(result);
    expect(accessibility.detail.classes).toEqual([
      {
        class: 'car',
        name: 'CAR',
        share32: 0.75,
        share48: 0.5,
        share64: 0.25,
        maxSpeedKmh: 80,
        maxEnergyKJ: 370,
      },
      {
        class: 'rigid-18t',
        name: 'RIGID-18T',
        share32: 0.5,
        share48: 0.25,
        share64: 0,
        maxSpeedKmh: 50,
        maxEnergyKJ: 1_736,
      },
      {
        class: 'artic-40t',
        name: 'ARTIC-40T',
        share32: 0,
        share48: 0,
        share64: 0,
        maxSpeedKmh: 0,
        maxEnergyKJ: 0,
      },
    ]);
    expect(accessibility.detail.key).toBe('vehicle-accessibility');
    expect(accessibility.value).toBe(0.5);
    expect(energy.detail).toEqual({ key: 'vehicle-energy', classes: accessibility.detail.classes });
    expect(energy.value).toBe(1_736);
  });

  it('gives 0 for an analysis without classes', () => {
    const { accessibility, energy } = vehicleIndicators({ perimeterM: 0, classes: [], variants: [] });
    expect([accessibility.value, energy.value]).toEqual([0, 0]);
    expect(accessibility.detail.classes).toEqual([]);
  });
});
