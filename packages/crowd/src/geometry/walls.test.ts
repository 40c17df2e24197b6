import { describe, expect, it } from 'vitest';
import { extractWalls } from './walls.ts';
import type { Ring } from './vec.ts';

const room: Ring = [
  [0, 0],
  [10, 0],
  [10, 5],
  [0, 5],
];
const door: Ring = [
  [4.5, 5],
  [5.5, 5],
  [5.5, 5.5],
  [4.5, 5.5],
];

function totalLength(segments: Float64Array): number {
  let s = 0;
  for (let i = 0; i < segments.length; i += 4) {
    s += Math.hypot(
      (segments[i + 2] ?? 0) - (segments[i] ?? 0),
      (segments[i + 3] ?? 0) - (segments[i + 1] ?? 0),
    );
  }
  return s;
}

describe('extractWalls', () => {
  it('leaves the door open and measures its width', () => {
    const { segments, exitWidths } = extractWalls({ walkable: [room], obstacles: [], exits: [door] });
    expect(exitWidths[0]).toBeCloseTo(1);
    // 30 m of perimeter minus the 1 m door; the exit polygon's own edges are not walls.
    expect(totalLength(segments)).toBeCloseTo(29);
  });

  it('removes the edge shared by two touching walkable polygons', () => {
    const left: Ring = [
      [0, 0],
      [5, 0],
      [5, 5],
      [0, 5],
    ];
    const right: Ring = [
      [5, 0],
      [10, 0],
      [10, 5],
      [5, 5],
    ];
    const { segments } = extractWalls({ walkable: [left, right], obstacles: [], exits: [] });
    expect(totalLength(segments)).toBeCloseTo(30);
  });

  it('turns obstacles into walls', () => {
    const pillar: Ring = [
      [2, 2],
      [3, 2],
      [3, 3],
      [2, 3],
    ];
    const { segments } = extractWalls({ walkable: [room], obstacles: [pillar], exits: [] });
    expect(totalLength(segments)).toBeCloseTo(34);
  });

  it('reports zero width for an exit inside the room', () => {
    const inner: Ring = [
      [4, 2],
      [5, 2],
      [5, 3],
      [4, 3],
    ];
    expect(extractWalls({ walkable: [room], obstacles: [], exits: [inner] }).exitWidths[0]).toBe(0);
  });
});
