import { describe, expect, it } from 'vitest';
import { rimea9 } from './rimea-9.ts';

describe('RiMEA 9 (collision-free speed model)', () => {
  it('empties the hall both times, twice as long with two exits as with four', () => {
    const o = rimea9('cfsm');
    expect(o.figures.outWithFour).toBe(1000);
    expect(o.figures.outWithTwo).toBe(1000);
    expect(o.figures.ratio).toBeGreaterThanOrEqual(1.6);
    expect(o.figures.ratio).toBeLessThanOrEqual(2.4);
  });
});
