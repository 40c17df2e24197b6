import { describe, expect, it } from 'vitest';
import { boxOf, flattenPath, renderSdf, sdfByte, signedDistance, type PathCommand } from './glyph-sdf.ts';

/** A square from (0, 0) to (10, 10), y up, drawn counter-clockwise. */
const SQUARE: PathCommand[] = [
  { type: 'M', x: 0, y: 0 },
  { type: 'L', x: 10, y: 0 },
  { type: 'L', x: 10, y: 10 },
  { type: 'L', x: 0, y: 10 },
  { type: 'Z' },
];

describe('signed distance fields of glyph outlines', () => {
  const square = flattenPath(SQUARE);

  it('flattens a closed square into four segments, and curves into many', () => {
    expect(square.length).toBe(16);
    const curve = flattenPath([
      { type: 'M', x: 0, y: 0 },
      { type: 'Q', x1: 5, y1: 10, x: 10, y: 0 },
      { type: 'Z' },
    ]);
    expect(curve.length / 4).toBe(9); // 8 pieces of the curve and the closing line
    // The curve's apex (t = ½) lies at y = 5.
    expect(Math.max(...curve.filter((_, i) => i % 2 === 1))).toBeCloseTo(5, 5);
  });

  it('is positive inside the square, negative outside, and the distance to the nearest edge', () => {
    expect(signedDistance(square, 5, 5)).toBeCloseTo(5);
    expect(signedDistance(square, 1, 5)).toBeCloseTo(1);
    expect(signedDistance(square, -2, 5)).toBeCloseTo(-2);
    expect(signedDistance(square, 13, 14)).toBeCloseTo(-5); // the nearest point is the corner (10, 10)
  });

  it('follows the non-zero winding rule: a clockwise square inside counts as inside too', () => {
    const both = flattenPath([
      ...SQUARE,
      { type: 'M', x: 2, y: 2 },
      { type: 'L', x: 2, y: 8 },
      { type: 'L', x: 8, y: 8 },
      { type: 'L', x: 8, y: 2 },
      { type: 'Z' },
    ]);
    // Opposite windings cancel: the inner square is a hole.
    expect(signedDistance(both, 5, 5)).toBeLessThan(0);
    const same = flattenPath([...SQUARE, { type: 'M', x: 2, y: 2 }, { type: 'L', x: 8, y: 2 }, { type: 'L', x: 8, y: 8 }, { type: 'L', x: 2, y: 8 }, { type: 'Z' }]);
    expect(signedDistance(same, 5, 5)).toBeGreaterThan(0);
  });

  it('encodes like TinySDF: the edge at the cutoff (191), 255 well inside, falling 32 a pixel outside', () => {
    expect(sdfByte(0)).toBe(191);
    expect(sdfByte(3)).toBe(255);
    expect(sdfByte(-1)).toBe(159);
    expect(sdfByte(-8)).toBe(0);
  });

  it('renders a bitmap of the box and its 3 px buffer, inside high, outside low, the edge at the cutoff', () => {
    const box = boxOf(square);
    expect(box).toEqual({ left: 0, top: 10, width: 10, height: 10 });
    const bitmap = renderSdf(square, box!);
    const size = 16;
    expect(bitmap.length).toBe(size * size);
    const at = (col: number, row: number) => bitmap[row * size + col] as number;
    expect(at(8, 8)).toBe(255); // centre
    expect(at(0, 0)).toBeLessThan(100); // a corner of the buffer, 3.5 px out in x and y
    // Across the left edge (between columns 2 and 3): just outside below the cutoff, just inside above.
    expect(at(2, 8)).toBeLessThan(191);
    expect(at(3, 8)).toBeGreaterThan(191);
    expect((at(2, 8) + at(3, 8)) / 2).toBeCloseTo(191, 0);
  });
});
