import { createLocalProjection, lngLat, xy } from '@pactesur/geo';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile-scenario.ts';
import { exampleScenario } from './example-scenario.ts';
import { prepareScenario, runScenario } from './run-scenario.ts';
import type { ScenarioInput } from './schema.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const r = prepareScenario(input);
  return r.ok ? [] : [...r.error];
}

function edit(change: (s: ScenarioInput & Record<string, unknown>) => void): ScenarioInput {
  const s = structuredClone(exampleScenario(20, 60)) as ScenarioInput & Record<string, unknown>;
  change(s);
  return s;
}

describe('scenario files', () => {
  it('accepts the example of CROWD.md and compiles its exit', () => {
    const r = compileScenario(exampleScenario(20, 60));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.world.exits[0]?.width).toBeCloseTo(1);
      expect(r.value.world.area).toBeCloseTo(600);
    }
  });

  it('refuses agents placed outside the walkable area, naming the point', () => {
    const issues = issuesOf(
      edit((s) => {
        s.agents[0]!.area = [
          [2, 2],
          [35, 2],
          [35, 18],
          [2, 18],
        ];
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['agents[0].area[1]', 'agents[0].area[2]']);
    expect(issues[0]?.message).toMatch(/outside the walkable area/);
  });

  it('refuses an exit that is not on the boundary', () => {
    const issues = issuesOf(
      edit((s) => {
        s.exits[0]!.polygon = [
          [10, 10],
          [11, 10],
          [11, 11],
          [10, 11],
        ];
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['exits[0].polygon']);
    expect(issues[0]?.message).toMatch(/not on the boundary/);
    const line = issuesOf(
      edit((s) => {
        s.exits[0] = {
          id: 'mid',
          line: [
            [10, 10],
            [11, 10],
          ],
        };
      }),
    );
    expect(line[0]?.path).toBe('exits[0].line');
  });

  it('refuses empty geometry', () => {
    expect(
      issuesOf(
        edit((s) => {
          s.geometry.walkable = [];
        }),
      )[0]?.path,
    ).toBe('geometry.walkable');
    const flat = issuesOf(
      edit((s) => {
        s.geometry.walkable = [
          [
            [0, 0],
            [30, 0],
            [15, 0],
          ],
        ];
      }),
    );
    expect(flat[0]).toEqual({ path: 'geometry.walkable[0]', message: 'the polygon is empty (no area)' });
  });

  it('refuses absurd parameters, naming the field', () => {
    expect(
      issuesOf(
        edit((s) => {
          s.dt = 0.5;
        }),
      )[0]?.path,
    ).toBe('dt');
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.radius = 3;
        }),
      )[0]?.path,
    ).toMatch(/^agents\[0\]\.radius/);
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.v0 = { dist: 'normal', mean: 40, sd: 1, min: 0.5, max: 2 };
        }),
      )[0]?.path,
    ).toBe('agents[0].v0.mean');
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.count = -5;
        }),
      )[0]?.path,
    ).toBe('agents[0].count');
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.premovement = { dist: 'uniform', min: 10, max: 1 };
        }),
      )[0]?.path,
    ).toBe('agents[0].premovement.min');
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.exit = 'south';
        }),
      )[0],
    ).toEqual({ path: 'agents[0].exit', message: 'no exit with id "south"' });
    expect(
      issuesOf(
        edit((s) => {
          s.agents[0]!.count = 100000;
        }),
      )[0]?.path,
    ).toBe('agents[0].count');
    expect(issuesOf({ ...exampleScenario(), duration: undefined })[0]?.path).toBe('duration');
  });

  it('refuses agents that cannot reach an exit', () => {
    const walled = edit((s) => {
      s.geometry.obstacles = [
        [
          [0.5, 19],
          [29.5, 19],
          [29.5, 19.5],
          [0.5, 19.5],
        ],
      ];
    });
    // The wall leaves 0.5 m gaps at both ends: still reachable. Closing them cuts the room off.
    expect(issuesOf(walled)).toEqual([]);
    const closed = edit((s) => {
      s.geometry.obstacles = [
        [
          [-1, 19],
          [31, 19],
          [31, 19.5],
          [-1, 19.5],
        ],
      ];
    });
    expect(issuesOf(closed)[0]?.message).toMatch(/cannot reach any exit/);
  });

  it('lets an exit drawn across bends of the boundary follow the boundary, not the chord', () => {
    // The north side bends 3 cm inwards at x = 15; the exit's ends lie on the two edges beside the bend,
    // so the straight line between them runs just outside the walkable area.
    const bent = edit((s) => {
      s.geometry.walkable = [
        [
          [0, 0],
          [30, 0],
          [30, 20],
          [15, 19.97],
          [0, 20],
        ],
      ];
      s.exits = [
        {
          id: 'bent',
          line: [
            [10, 19.98],
            [20, 19.98],
          ],
        },
      ];
      s.measure = { lines: [], areas: [] };
    });
    const compiled = compileScenario(bent);
    expect(compiled.ok && compiled.value.world.exits[0]?.width).toBeCloseTo(10, 2);
    const r = runScenario(bent);
    expect(r.ok && r.value.result.agentsOut).toBe(20);
  });

  it('refuses an exit no one can walk to, naming it', () => {
    // A second exit on the south side, closed off from the room by a U-shaped obstacle.
    const closedOff = edit((s) => {
      s.exits.push({
        id: 'south',
        line: [
          [10, 0],
          [20, 0],
        ],
      });
      s.geometry.obstacles = [
        [
          [9, 0],
          [9.3, 0],
          [9.3, 0.7],
          [20.7, 0.7],
          [20.7, 0],
          [21, 0],
          [21, 1],
          [9, 1],
        ],
      ];
    });
    const issues = issuesOf(closedOff);
    expect(issues.map((i) => i.path)).toEqual(['exits[1]']);
    expect(issues[0]?.message).toMatch(/exit "south" cannot be reached/);
  });

  it('refuses an exit that opens too little of the boundary to let anyone through', () => {
    const narrow = edit((s) => {
      s.exits[0] = {
        id: 'slit',
        line: [
          [15, 20],
          [15.3, 20],
        ],
      };
    });
    const issues = issuesOf(narrow);
    expect(issues.map((i) => i.path)).toEqual(['exits[0].line']);
    expect(issues[0]?.message).toMatch(/exit "slit" opens only 0.30 m/);
  });

  it('reports its preparation after the grid and after each exit’s floor field, never going back', () => {
    const twoExits = edit((s) => {
      s.exits.push({
        id: 'south',
        line: [
          [10, 0],
          [12, 0],
        ],
      });
    });
    const reports: { fraction: number; phase: string }[] = [];
    expect(
      prepareScenario(twoExits, { onProgress: (fraction, phase) => reports.push({ fraction, phase }) }).ok,
    ).toBe(true);
    expect(reports.map((r) => r.phase)).toEqual([
      'grid',
      'floor field north',
      'floor field south',
      'people placed',
    ]);
    for (let i = 1; i < reports.length; i++)
      expect(reports[i]!.fraction).toBeGreaterThan(reports[i - 1]!.fraction);
    expect(reports.at(-1)!.fraction).toBe(1);
  });

  it('runs the same scenario given in WGS84 coordinates', () => {
    const local = exampleScenario(10, 40);
    // The local scenario's first walkable vertex is the projection's centre, as toLocal chooses it.
    const [x0, y0] = local.geometry.walkable[0]![0]!;
    const projection = createLocalProjection(lngLat(7.26, 43.7));
    const toLL = ([x, y]: readonly [number, number]): [number, number] => {
      const [lon, lat] = projection.toLngLat(xy(x - x0, y - y0));
      return [lon, lat];
    };
    const wgs = structuredClone(local);
    wgs.geometry = { crs: 'wgs84', walkable: local.geometry.walkable.map((r) => r.map(toLL)), obstacles: [] };
    wgs.exits = local.exits.map((e) => ({ ...e, polygon: e.polygon?.map(toLL) }));
    wgs.agents = local.agents.map((a) => ({ ...a, area: a.area.map(toLL) }));
    wgs.measure = { lines: [], areas: [] };
    const a = compileScenario(wgs);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    // geo's projection both ways: the area comes back to the square metre's thousandth.
    expect(a.value.world.area).toBeCloseTo(600, 3);
    expect(a.value.projection?.centre).toEqual([7.26, 43.7]);
    expect(a.value.world.exits[0]?.width).toBeCloseTo(1, 1);
    const r = runScenario(wgs);
    expect(r.ok && r.value.result.agentsOut).toBe(10);
  });

  it('refuses a WGS84 point outside ±180°, ±90°, naming it', () => {
    const wgs = structuredClone(exampleScenario(10, 40));
    wgs.geometry = { crs: 'wgs84', walkable: [[[7.26, 43.7], [7.2604, 43.7], [7.2604, 43.7002], [200, 43.7002]]], obstacles: [] };
    expect(issuesOf(wgs).map((i) => i.path)).toContain('geometry.walkable[0][3]');
  });
});
