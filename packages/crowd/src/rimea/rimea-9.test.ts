import { describe, expect, it } from 'vitest';
import { rimea9 } from './rimea-9.ts';

// 1000 people through a hall, twice: the longest test of the suite (about 30 s alone on one core), so it
// gets room for a loaded machine.
describe.each(['cfsm', 'sfm'] as const)('RiMEA 9 with the %s model', (kind) => {
  it('empties the hall both times, twice as long with two exits as with four', { timeout: 300_000 }, () => {
    const o = rimea9(kind);
    expect(o.figures.outWithFour).toBe(1000);
    expect(o.figures.outWithTwo).toBe(1000);
    expect(o.figures.ratio).toBeGreaterThanOrEqual(1.6);
    expect(o.figures.ratio).toBeLessThanOrEqual(2.4);
  });
});
