import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, type Box } from './clip.ts';

const BOX: Box = [0, 0, 10, 10];

describe('clipping to a box', () => {
  it('keeps a ring inside the box as it is, drops one outside, and cuts one across the edge', () => {
    const inside = [[1, 1], [4, 1], [4, 4], [1, 1]];
    expect(clipRing(inside, BOX)).toEqual(inside);
    expect(clipRing([[20, 20], [30, 20], [30, 30], [20, 20]], BOX)).toBeNull();
    const across = clipRing([[-5, 2], [5, 2], [5, 8], [-5, 8], [-5, 2]], BOX);
    expect(across?.at(-1)).toEqual(across?.[0]);
    const xs = across!.map(([x]) => x as number);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(5);
  });

  it('cuts a line into the pieces inside the box', () => {
    // In, out over the top, back in.
    const pieces = clipLine([[1, 5], [5, 5], [5, 15], [8, 15], [8, 5]], BOX);
    expect(pieces).toEqual([
      [[1, 5], [5, 5], [5, 10]],
      [[8, 10], [8, 5]],
    ]);
    expect(clipLine([[20, 20], [30, 30]], BOX)).toEqual([]);
  });
});
