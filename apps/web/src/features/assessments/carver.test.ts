import { Carver } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { carverDraftOf, completeCarver } from './carver.ts';

const full = {
  criticality: 8,
  accessibility: 9,
  recuperability: 5,
  vulnerability: 7,
  effect: 8,
  recognizability: 10,
  shock: 9,
};

describe('completeCarver', () => {
  it('adds up the seven criteria once all are given (8+9+5+7+8+10+9 = 56)', () => {
    const done = completeCarver(full);
    expect(done?.total).toBe(56);
    expect(Carver.safeParse(done?.carver).success).toBe(true);
  });

  it('is null while one criterion is missing', () => {
    expect(completeCarver({ ...full, shock: null })).toBeNull();
    expect(completeCarver(carverDraftOf(null))).toBeNull();
  });

  it('reads a stored CARVER + Shock back', () => {
    expect(carverDraftOf(full)).toEqual(full);
    expect(Object.values(carverDraftOf(null))).toEqual([null, null, null, null, null, null, null]);
  });
});
