import type { MultiPolygon } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  distanceM,
  exitBetween,
  exitIdProblems,
  exitsText,
  exitWidthM,
  nextExitId,
  parseExitsText,
  snapToOutline,
} from './crowdExits.ts';

/** About 100 m × 100 m at Nice (1e-3° of latitude ≈ 111 m). */
const W = 7.27;
const S = 43.7;
const D = 0.001;
const square: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [W, S],
        [W + D, S],
        [W + D, S + D],
        [W, S + D],
        [W, S],
      ],
      // A hole (a building): never an exit.
      [
        [W + 0.0004, S + 0.0004],
        [W + 0.0006, S + 0.0004],
        [W + 0.0006, S + 0.0006],
        [W + 0.0004, S + 0.0006],
        [W + 0.0004, S + 0.0004],
      ],
    ],
  ],
};
const label = (n: number) => `Exit ${n}`;
/** A point of the square, offset from its south-west corner (to compare with toBeCloseTo). */
const at = (dx: number, dy: number): [number, number] => [W + dx, S + dy];
/** Points equal to 1e-9° (0.1 mm). */
const expectNear = (
  actual: readonly (readonly number[])[] | undefined | null,
  expected: readonly (readonly number[])[],
) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((p, i) => p.forEach((v, k) => expect(actual?.[i]?.[k]).toBeCloseTo(v, 9)));
};

describe('snapToOutline', () => {
  it('moves a point inside to the nearest edge', () => {
    const snapped = snapToOutline([W + 0.0005, S + 0.0001], square);
    expectNear([snapped?.at ?? []], [at(0.0005, 0)]);
    expect(snapped?.edge).toBe(0);
    expect(snapped?.distanceM).toBeCloseTo(11.1, 0);
  });

  it('moves a point outside onto the edge, and a point beyond a corner onto the corner', () => {
    expectNear([snapToOutline([W + D + 0.0002, S + 0.0005], square)?.at ?? []], [at(D, 0.0005)]);
    expect(snapToOutline([W - 0.0001, S - 0.0001], square)?.at).toEqual([W, S]);
  });

  it('ignores holes: the edge of the site is its outer ring', () => {
    const snapped = snapToOutline([W + 0.00061, S + 0.0005], square);
    expectNear([snapped?.at ?? []], [at(D, 0.0005)]);
  });

  it('takes a click on a copy of the world east of the first one as a click on the site', () => {
    const snapped = snapToOutline([W + 360 + 0.0005, S + 0.0001], square);
    expectNear([snapped?.at ?? []], [at(0.0005, 0)]);
    expect(snapped?.distanceM).toBeCloseTo(11.1, 0);
  });

  it('answers null for an outline without edges', () => {
    expect(snapToOutline([W, S], { type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});

describe('exitBetween', () => {
  it('snaps both clicks to the same edge', () => {
    const exit = exitBetween([W + 0.0004, S + 0.00002], [W + 0.00045, S - 0.00001], square);
    expectNear(exit, [at(0.0004, 0), at(0.00045, 0)]);
    // Exactly on the edge: not rounded.
    expect(exit?.[0][1]).toBe(S);
    expect(
      exitWidthM(
        exit ?? [
          [0, 0],
          [0, 0],
        ],
      ),
    ).toBeCloseTo(4.03, 2);
  });

  it('keeps an exit along the first edge when the second click is round a corner', () => {
    const exit = exitBetween([W + D - 0.00002, S + 0.00001], [W + D + 0.00001, S + 0.00002], square);
    expectNear([exit?.[0] ?? []], [at(D - 0.00002, 0)]);
    // Moved onto the south edge (its east end), not across the corner.
    expect(exit?.[1][1]).toBe(S);
  });

  it('refuses two clicks on the same spot', () => {
    expect(exitBetween([W, S + 0.0005], [W, S + 0.0005], square)).toBeNull();
  });
});

describe('exits as text', () => {
  it('round-trips the exits through GeoJSON', () => {
    const exits = [
      { id: 'North gate', line: [at(0.0004, D), at(0.0005, D)] as [[number, number], [number, number]] },
    ];
    const parsed = parseExitsText(exitsText(exits), square, label);
    expect(parsed).toEqual({ ok: true, exits });
  });

  it('accepts bare LineStrings, snaps them and names them', () => {
    const parsed = parseExitsText(
      JSON.stringify([
        {
          type: 'LineString',
          coordinates: [
            [W - 0.00001, S + 0.0002],
            [W - 0.00001, S + 0.0003],
          ],
        },
      ]),
      square,
      label,
    );
    expect(parsed.ok && parsed.exits.map((e) => e.id)).toEqual(['Exit 1']);
    expectNear(parsed.ok ? parsed.exits[0]?.line : null, [at(0, 0.0002), at(0, 0.0003)]);
  });

  it('says what is wrong', () => {
    expect(parseExitsText('{', square, label)).toEqual({ ok: false, problem: 'json' });
    expect(parseExitsText('{"type":"Point","coordinates":[1,2]}', square, label)).toEqual({
      ok: false,
      problem: 'shape',
    });
    expect(parseExitsText('[]', square, label)).toEqual({ ok: false, problem: 'empty' });
    const far = JSON.stringify({
      type: 'LineString',
      coordinates: [
        [W + 0.01, S],
        [W + 0.011, S],
      ],
    });
    expect(parseExitsText(far, square, label)).toEqual({ ok: false, problem: 'off-edge' });
  });
});

describe('exit names', () => {
  it('gives the next free default name', () => {
    expect(nextExitId([], label)).toBe('Exit 1');
    expect(nextExitId([{ id: 'Exit 2' }], label)).toBe('Exit 3');
    expect(nextExitId([{ id: 'Exit 2' }, { id: 'Exit 3' }], label)).toBe('Exit 4');
    expect(nextExitId([{ id: 'Exit 2' }, { id: 'x' }], label)).toBe('Exit 3');
  });

  it('finds empty and repeated names', () => {
    expect(exitIdProblems([{ id: 'A' }, { id: 'B' }])).toEqual({ empty: false, duplicate: false });
    expect(exitIdProblems([{ id: 'A' }, { id: ' A ' }])).toEqual({ empty: false, duplicate: true });
    expect(exitIdProblems([{ id: ' ' }])).toEqual({ empty: true, duplicate: false });
  });
});

describe('distanceM', () => {
  it('measures a thousandth of a degree of latitude at Nice as 111.106 m (WGS84 meridian at 43.7°)', () => {
    expect(distanceM([W, S], [W, S + D])).toBeCloseTo(111.106, 3);
  });
});
