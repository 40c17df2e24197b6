import { describe, expect, it } from 'vitest';
import { PackedRTree } from './packed-rtree.ts';

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('PackedRTree', () => {
  it('finds exactly what a brute-force scan finds', () => {
    const rnd = lcg(7);
    const n = 2000;
    const boxes: [number, number, number, number][] = [];
    const tree = new PackedRTree(n, 8);
    for (let i = 0; i < n; i++) {
      const x = rnd() * 1000,
        y = rnd() * 1000,
        w = rnd() * 20,
        h = rnd() * 20;
      boxes.push([x, y, x + w, y + h]);
      tree.add(x, y, x + w, y + h);
    }
    tree.finish();
    for (let q = 0; q < 50; q++) {
      const x = rnd() * 1000,
        y = rnd() * 1000;
      const query = [x, y, x + 60, y + 40] as const;
      const expected = boxes.flatMap((b, i) =>
        b[0] <= query[2] && b[2] >= query[0] && b[1] <= query[3] && b[3] >= query[1] ? [i] : [],
      );
      expect(tree.search(query).sort((a, b) => a - b)).toEqual(expected);
    }
  });
  it('handles zero and one item', () => {
    const empty = new PackedRTree(0);
    empty.finish();
    expect(empty.search([0, 0, 1, 1])).toEqual([]);
    const one = new PackedRTree(1);
    one.add(0, 0, 1, 1);
    one.finish();
    expect(one.search([0.5, 0.5, 3, 3])).toEqual([0]);
    expect(one.search([2, 2, 3, 3])).toEqual([]);
  });
  it('refuses to be searched before it is built', () => {
    const t = new PackedRTree(1);
    t.add(0, 0, 1, 1);
    expect(() => t.search([0, 0, 1, 1])).toThrow();
  });
});

describe('SegmentIndex', () => {
  it('reports the owner of a crossed segment and ignores touching ones', async () => {
    const { SegmentIndex } = await import('./segment-index.ts');
    const idx = SegmentIndex.build([
      [0, -1, 0, 1, 7],
      [5, 0, 5, 3, 9],
    ]);
    expect(idx.firstCrossing(-1, 0, 1, 0)).toBe(7);
    expect(idx.firstCrossing(4, 1, 6, 1)).toBe(9);
    expect(idx.firstCrossing(5, 0, 6, -1)).toBe(-1);
    expect(idx.firstCrossing(1, 0, 4, 0)).toBe(-1);
  });
});
