import type { LngLat, PlanFeature } from '@pactesur/contracts';
import { PlanFeature as PlanFeatureSchema } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  buildFeature,
  nextFeatureId,
  removeFeature,
  toolOf,
  toolShape,
  updateFeature,
  PLAN_TOOLS,
} from './planFeatures.ts';

/** A rectangle on Marienplatz, about 149 m × 111 m. */
const corners: LngLat[] = [
  [11.575, 48.137],
  [11.577, 48.137],
  [11.577, 48.138],
  [11.575, 48.138],
];

const built = (
  features: readonly PlanFeature[],
  ...args: Parameters<typeof buildFeature> extends [unknown, ...infer R] ? R : never
) => {
  const made = buildFeature(features, ...args);
  if (!made.ok) throw new Error(made.problem);
  return made.feature;
};

describe('building the features of a plan', () => {
  const zone = built([], 'zone-audience', corners, 'Square');

  it('closes a zone drawn corner by corner, and takes a typed closing corner as the first', () => {
    expect(zone).toEqual({
      id: 'zone-1',
      name: 'Square',
      type: 'zone',
      use: 'audience',
      polygon: { type: 'Polygon', coordinates: [[...corners, corners[0]]] },
    });
    expect(built([], 'zone-no-view', [...corners, corners[0] as LngLat], '')).toMatchObject({
      use: 'no-view',
      name: '',
    });
    expect(buildFeature([], 'structure', corners.slice(0, 2), 'Stage')).toEqual({
      ok: false,
      problem: 'too-few',
    });
    expect(
      buildFeature([], 'structure', [corners[0], corners[2], corners[1], corners[3]] as LngLat[], ''),
    ).toEqual({
      ok: false,
      problem: 'self-intersecting',
    });
  });

  it('snaps an exit onto the edge of the audience zones and measures its width', () => {
    // 0.0002° of longitude at 48.137° N: 0.0002 × 111,320 m × cos 48.137° ≈ 14.9 m.
    const exit = built(
      [zone],
      'exit',
      [
        [11.5755, 48.13702],
        [11.5757, 48.13698],
      ],
      'South gate',
    );
    expect(exit).toMatchObject({ id: 'exit-1', type: 'exit', kind: 'level', entry: true });
    if (exit.type !== 'exit') throw new Error('not an exit');
    expect(exit.line.map((p) => p[1])).toEqual([48.137, 48.137]);
    expect(exit.widthM).toBeCloseTo(14.9, 1);
    expect(PlanFeatureSchema.safeParse(exit).success).toBe(true);
  });

  it('refuses an exit without audience zone, far from its edge, of one point or three', () => {
    expect(
      buildFeature(
        [],
        'exit',
        [
          [11.5755, 48.137],
          [11.5757, 48.137],
        ],
        '',
      ),
    ).toEqual({ ok: false, problem: 'no-audience-zone' });
    expect(
      buildFeature(
        [zone],
        'exit',
        [
          [11.5755, 48.1375],
          [11.5757, 48.1375],
        ],
        '',
      ),
    ).toEqual({ ok: false, problem: 'off-edge' });
    expect(buildFeature([zone], 'exit', [[11.5755, 48.137]], '')).toEqual({ ok: false, problem: 'too-few' });
    expect(
      buildFeature(
        [zone],
        'exit',
        [
          [11.5755, 48.137],
          [11.5756, 48.137],
          [11.5757, 48.137],
        ],
        '',
      ),
    ).toEqual({ ok: false, problem: 'too-many' });
    expect(
      buildFeature(
        [zone],
        'exit',
        [
          [11.5755, 48.137],
          [11.5755, 48.137],
        ],
        '',
      ),
    ).toEqual({ ok: false, problem: 'same-point' });
  });

  it('makes routes, barrier lines, screening points and points with their defaults', () => {
    const path: LngLat[] = [
      [11.574, 48.1372],
      [11.575, 48.1372],
    ];
    expect(built([], 'route', path, 'Approach')).toMatchObject({
      type: 'route',
      widthM: 6,
      flowPerMin: 0,
      path,
    });
    expect(built([], 'vehicle-barrier', path, '')).toMatchObject({
      id: 'barrier-1',
      type: 'vehicle-barrier',
      productId: null,
    });
    expect(built([], 'screening', [[11.575, 48.137]], '')).toMatchObject({ type: 'screening', lanes: 4 });
    expect(built([], 'point-steward', [[11.575, 48.137]], '')).toMatchObject({
      type: 'point',
      kind: 'steward',
      staff: 1,
    });
    expect(built([], 'point-cctv', [[11.575, 48.137]], '')).toMatchObject({
      type: 'point',
      kind: 'cctv',
      staff: 0,
    });
    expect(buildFeature([], 'point-medical', path, '')).toEqual({ ok: false, problem: 'too-many' });
    expect(buildFeature([], 'route', [[11.575, 48.137]], '')).toEqual({ ok: false, problem: 'too-few' });
  });

  it('gives every tool a shape and every feature back its tool, and each new feature a contract-valid id', () => {
    for (const tool of PLAN_TOOLS) {
      const n = toolShape(tool) === 'polygon' ? 4 : toolShape(tool) === 'point' ? 1 : 2;
      const points =
        toolShape(tool) === 'segment'
          ? ([
              [11.5755, 48.137],
              [11.5757, 48.137],
            ] as LngLat[])
          : corners.slice(0, n);
      const feature = built([zone], tool, points, '');
      expect(toolOf(feature)).toBe(tool);
      expect(PlanFeatureSchema.safeParse(feature).success, tool).toBe(true);
    }
  });
});

describe('editing the features of a plan', () => {
  const a = built([], 'point-medical', [[11.575, 48.137]], 'A');
  const b = built([a], 'point-medical', [[11.576, 48.137]], 'B');

  it('numbers new ids after those taken, whatever was deleted', () => {
    expect(a.id).toBe('point-1');
    expect(b.id).toBe('point-2');
    expect(nextFeatureId([b], 'point-cctv')).toBe('point-3');
    expect(nextFeatureId([a], 'point-info')).toBe('point-2');
    expect(nextFeatureId([a, b], 'vehicle-barrier')).toBe('barrier-1');
  });

  it('changes one feature by id and leaves the others as they are; removes one by id', () => {
    const renamed = updateFeature([a, b], 'point-2', (f) => ({ ...f, name: 'Medical post' }));
    expect(renamed.map((f) => f.name)).toEqual(['A', 'Medical post']);
    expect(renamed[0]).toBe(a);
    expect(removeFeature([a, b], 'point-1')).toEqual([b]);
    expect(removeFeature([a, b], 'nothing')).toEqual([a, b]);
  });
});
