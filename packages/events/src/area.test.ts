import { describe, expect, it } from 'vitest';
import { pathLengthM, polygonAreaM2 } from './area.ts';
import { NICE, offset, rect } from './test-plan.ts';

const R = 6_371_008.8; // mean Earth radius (m)
const RAD = Math.PI / 180;

describe('polygonAreaM2', () => {
  it('measures a rectangle drawn in metres', () => {
    expect(polygonAreaM2(rect(NICE, 100, 60))).toBeCloseTo(6_000, 3);
    expect(polygonAreaM2(rect(offset(NICE, 400, -300), 34, 103))).toBeCloseTo(3_502, 3);
  });

  it('takes the holes off', () => {
    expect(
      polygonAreaM2(
        rect(NICE, 100, 60, [
          [10, 10],
          [20, 5],
        ]),
      ),
    ).toBeCloseTo(6_000 - 100 - 100, 3);
  });

  it('agrees with the area of a spherical cell within 0.5 %', () => {
    // 0.001° × 0.001° at 43.695° N: R² · cos φ · Δλ · Δφ ≈ 8 900 m²
    const [lon, lat] = NICE;
    const d = 0.001;
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat + d],
          [lon, lat + d],
          [lon, lat],
        ],
      ] as [number, number][][],
    };
    const sphere = R * R * Math.cos((lat + d / 2) * RAD) * (d * RAD) * (d * RAD);
    expect(Math.abs(polygonAreaM2(square) / sphere - 1)).toBeLessThan(0.005);
  });

  it('is the same whichever way a ring turns, and 0 for an empty polygon', () => {
    const ring = rect(NICE, 40, 20).coordinates[0] ?? [];
    expect(polygonAreaM2({ type: 'Polygon', coordinates: [[...ring].reverse()] })).toBeCloseTo(800, 3);
    expect(polygonAreaM2({ type: 'Polygon', coordinates: [] })).toBe(0);
  });
});

describe('pathLengthM', () => {
  it('measures a path drawn in metres', () => {
    expect(pathLengthM([offset(NICE, -200, 0), offset(NICE, 200, 0)])).toBeCloseTo(400, 3);
    // 300 east, then 400 north: 700 m
    expect(pathLengthM([NICE, offset(NICE, 300, 0), offset(NICE, 300, 400)])).toBeCloseTo(700, 1);
  });

  it('agrees with a meridian arc within 0.5 %', () => {
    const [lon, lat] = NICE;
    const arc = R * 0.01 * RAD; // ≈ 1 112 m
    expect(
      Math.abs(
        pathLengthM([
          [lon, lat],
          [lon, lat + 0.01],
        ]) /
          arc -
          1,
      ),
    ).toBeLessThan(0.005);
  });

  it('is 0 without two points', () => {
    expect(pathLengthM([])).toBe(0);
    expect(pathLengthM([NICE])).toBe(0);
  });
});
