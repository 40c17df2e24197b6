import { describe, expect, it } from 'vitest';
import { planReasonOf } from './plan-reason.ts';

describe('planReasonOf', () => {
  it('reads the class that cannot be stopped', () => {
    expect(planReasonOf('no allowed barrier stops truck-40t on one of its approaches (its way crosses gap-5)', 'class')).toEqual({
      code: 'class-unstoppable',
      params: { class: 'truck-40t' },
    });
  });

  it('reads the station of an emergency route that cannot stay open', () => {
    expect(planReasonOf('emergency route Feuerwache 1 cannot stay open: every way to the zone crosses …', 'emergency')).toEqual({
      code: 'emergency-route',
      params: { station: 'Feuerwache 1' },
    });
  });

  it('knows locks in conflict, an unavailable locked product and a solver that stopped', () => {
    expect(planReasonOf('the classes cannot all be stopped together with the locked and forbidden places', 'solver')?.code).toBe('locks-conflict');
    expect(planReasonOf('locked product bench-n1g-48 is not an option at [11.5, 48.1] (not in the catalogue)', 'edit')).toEqual({
      code: 'locked-unavailable',
      params: { product: 'bench-n1g-48' },
    });
    expect(planReasonOf('Model status: Out of memory', 'solver')?.code).toBe('solver-stopped');
  });

  it('gives null for words it does not know, so they are shown as they are', () => {
    expect(planReasonOf('something new', 'budget')).toBeNull();
    expect(planReasonOf(null)).toBeNull();
  });
});
