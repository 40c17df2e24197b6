import type { PlanMeasure } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { parseLngLatText } from './lngLatText.ts';
import {
  addForbidden,
  hasEdits,
  NO_EDITS,
  pendingLockIndexes,
  removeForbidden,
  reoptimiseRequest,
  toggleLock,
} from './planEdits.ts';

const measure = (over: Partial<PlanMeasure> = {}) => ({
  at: [7.4193, 43.7312] as [number, number],
  product: 'bollard-fixed-n3c-48',
  name: 'Fixed rated bollard, 7.2 t at 48 km/h',
  locked: false,
  ...over,
});

describe('plan edits', () => {
  it('locks a line and takes the lock back; a line the plan keeps stays as it is', () => {
    const locked = toggleLock(NO_EDITS, 3, measure());
    const { at, product, name } = measure();
    expect(locked.locks).toEqual([{ index: 3, at, product, name }]);
    expect(pendingLockIndexes(locked)).toEqual(new Set([3]));
    expect(toggleLock(locked, 3, measure())).toEqual(NO_EDITS);
    expect(toggleLock(NO_EDITS, 1, measure({ locked: true }))).toBe(NO_EDITS);
  });

  it('adds forbidden places once, rounded, and removes them by their place in the list', () => {
    const one = addForbidden(NO_EDITS, [7.420512345678, 43.73131]);
    expect(one.forbidden).toEqual([[7.4205123, 43.73131]]);
    expect(addForbidden(one, [7.42051234, 43.73131])).toBe(one);
    const two = addForbidden(one, [7.42, 43.73]);
    expect(removeForbidden(two, 0).forbidden).toEqual([[7.42, 43.73]]);
    expect(hasEdits(NO_EDITS)).toBe(false);
    expect(hasEdits(two)).toBe(true);
  });

  it('asks the re-optimisation for the plan’s own locks and places with the pending ones, without repeats', () => {
    const request = {
      locked: [{ at: [7.4193, 43.7312] as [number, number], product: 'bollard-fixed-n3c-48' }],
      forbidden: [[7.42, 43.73] as [number, number]],
    };
    let edits = toggleLock(NO_EDITS, 0, measure());
    edits = toggleLock(edits, 1, measure({ at: [7.4199, 43.7309], product: 'planter-m1-48' }));
    edits = addForbidden(edits, [7.42, 43.73]);
    edits = addForbidden(edits, [7.4201, 43.7301]);
    expect(reoptimiseRequest(request, edits, '  Scenario B ')).toEqual({
      name: 'Scenario B',
      locked: [
        { at: [7.4193, 43.7312], product: 'bollard-fixed-n3c-48' },
        { at: [7.4199, 43.7309], product: 'planter-m1-48' },
      ],
      forbidden: [
        [7.42, 43.73],
        [7.4201, 43.7301],
      ],
    });
    expect(reoptimiseRequest({}, NO_EDITS, ' ')).toEqual({ locked: [], forbidden: [] });
  });
});

describe('parseLngLatText', () => {
  it('reads longitude then latitude, with commas, semicolons or spaces', () => {
    expect(parseLngLatText('7.4206, 43.7311')).toEqual([7.4206, 43.7311]);
    expect(parseLngLatText(' 7.4206;43.7311 ')).toEqual([7.4206, 43.7311]);
    expect(parseLngLatText('7.4206 43.7311')).toEqual([7.4206, 43.7311]);
  });

  it('refuses anything else', () => {
    expect(parseLngLatText('43.7311')).toBeNull();
    expect(parseLngLatText('7.42, 43.73, 0')).toBeNull();
    expect(parseLngLatText('east, north')).toBeNull();
    expect(parseLngLatText('7.42, 95')).toBeNull();
  });
});
