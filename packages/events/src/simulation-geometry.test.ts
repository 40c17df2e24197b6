import { describe, expect, it } from 'vitest';
import { GREEN_GUIDE } from './profile.ts';
import { simulationGeometry } from './simulation-geometry.ts';
import { NICE, offset, plan, promenadePlan, rect } from './test-plan.ts';

describe('simulationGeometry', () => {
  it('walks on the audience zones, around the structures, out through every exit', () => {
    const p = promenadePlan();
    const g = simulationGeometry(p);
    const polygonOf = (id: string) => {
      const f = p.features.find((x) => x.id === id);
      return f !== undefined && (f.type === 'zone' || f.type === 'structure') ? f.polygon : null;
    };
    expect(g.walkable).toEqual([polygonOf('beach')?.coordinates, polygonOf('gardens')?.coordinates]);
    // The beach keeps its hole (the lifeguard post): an obstacle inside the walkable area.
    expect(g.walkable[0]).toHaveLength(2);
    expect(g.obstacles).toEqual([polygonOf('stage')?.coordinates[0], polygonOf('tent')?.coordinates[0]]);
    expect(g.exits.map((e) => e.id)).toEqual(['north', 'east', 'south', 'side']);
    const north = p.features.find((f) => f.id === 'north');
    expect(north?.type === 'exit' ? north.line : null).not.toBeNull();
    expect(g.exits[0]).toEqual({ id: 'north', line: north?.type === 'exit' ? north.line : null });
    expect(g.largestExitId).toBe('north');
  });

  it('leaves out restricted zones and keeps no-view zones out of the obstacles', () => {
    const g = simulationGeometry(
      plan({
        features: [
          { id: 'back', name: 'Backstage', type: 'zone', use: 'restricted', polygon: rect(NICE, 20, 20) },
          {
            id: 'blind',
            name: 'Behind the tower',
            type: 'zone',
            use: 'no-view',
            polygon: rect(NICE, 10, 10),
          },
        ],
      }),
    );
    expect(g).toEqual({ walkable: [], obstacles: [], exits: [], largestExitId: null });
  });

  it('closes the exit of the highest flow among equally wide ones, as the capacity does', () => {
    const line = [NICE, offset(NICE, 2, 0)] as [[number, number], [number, number]];
    const p = plan({
      features: [
        { id: 'stairs', name: '', type: 'exit', line, widthM: 2, kind: 'stairs' },
        { id: 'level', name: '', type: 'exit', line, widthM: 2, kind: 'level' },
        { id: 'level-2', name: '', type: 'exit', line, widthM: 2, kind: 'level' },
      ],
    });
    expect(simulationGeometry(p).largestExitId).toBe('level');
    expect(simulationGeometry(p, { ...GREEN_GUIDE, flowStairs: 90 }).largestExitId).toBe('stairs');
  });
});
