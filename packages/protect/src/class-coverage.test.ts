import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import { describe, expect, it } from 'vitest';
import { classCoverage } from './class-coverage.ts';

describe('which classes a catalogue can stop', () => {
  it('finds that no default product stops the 40 t articulated lorry, and every other default class is stoppable', () => {
    const coverage = classCoverage(DEFAULT_VEHICLE_CLASSES, DEFAULT_CATALOGUE);
    expect(coverage.filter((c) => !c.stoppable).map((c) => c.classId)).toEqual(['artic-40t']);
    expect(coverage.filter((c) => c.stoppable).map((c) => c.classId)).toEqual(['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t']);
    expect(coverage[0]?.heaviestTestedKg).toBe(30_000);
  });

  it('follows the catalogue: without the 30 t products, the 7.5 t and 18 t rigid lorries cannot be stopped either (7.2 t tests)', () => {
    const light = DEFAULT_CATALOGUE.filter((p) => p.rating.massKg < 30_000);
    const coverage = classCoverage(DEFAULT_VEHICLE_CLASSES, light);
    expect(coverage.filter((c) => !c.stoppable).map((c) => c.classId)).toEqual(['rigid-7.5t', 'rigid-18t', 'artic-40t']);
    expect(coverage[0]?.heaviestTestedKg).toBe(7_200);
  });
});
