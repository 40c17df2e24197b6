import { describe, expect, it } from 'vitest';
import { NOT_REACHED_COLOUR, SPEED_COLOURS, speedColour, speedRamp } from './threatColours.ts';

describe('speedColour', () => {
  it('colours by barrier test-speed band, the upper bound exclusive', () => {
    expect(speedColour(5)).toBe(SPEED_COLOURS[0]);
    expect(speedColour(15.9)).toBe(SPEED_COLOURS[0]);
    expect(speedColour(16)).toBe(SPEED_COLOURS[1]);
    expect(speedColour(48)).toBe(SPEED_COLOURS[3]);
    expect(speedColour(79.9)).toBe(SPEED_COLOURS[4]);
    expect(speedColour(130)).toBe(SPEED_COLOURS[5]);
  });

  it('greys points that are not reached', () => {
    expect(speedColour(0)).toBe(NOT_REACHED_COLOUR);
    expect(speedColour(null)).toBe(NOT_REACHED_COLOUR);
    expect(speedColour(Number.NaN)).toBe(NOT_REACHED_COLOUR);
  });
});

describe('speedRamp', () => {
  it('lists contiguous bands from open below to open above, each with its colour', () => {
    const ramp = speedRamp();
    expect(ramp.map((b) => [b.fromKmh, b.toKmh])).toEqual([
      [null, 16],
      [16, 32],
      [32, 48],
      [48, 64],
      [64, 80],
      [80, null],
    ]);
    for (const band of ramp) expect(speedColour((band.fromKmh ?? 0) + 1)).toBe(band.colour);
    expect(new Set(ramp.map((b) => b.colour)).size).toBe(ramp.length);
  });
});
