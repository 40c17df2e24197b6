import { boundsOf, distanceToRing, ringArea, type Ring } from '../geometry/vec.ts';
import { GeometryTooComplex } from '../geometry/walls.ts';
import { inGround } from '../geometry/region.ts';
import { WEIDMANN_SPEED, type Distribution } from '../population/distribution.ts';
import type { ExitChoice, PopulationGroup } from '../population/population.ts';
import { err, ok, type LocalProjection, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { modelParams } from '../sim/model.ts';
import type { SimulationConfig } from '../sim/simulation-config.ts';
import { compileWorld, DEFAULT_CELL } from '../world/compile-world.ts';
import { gridOver } from '../world/grid-spec.ts';
import { CELL_EXIT } from '../world/rasterise.ts';
import type { World } from '../world/world.ts';
import { lineExitRing } from './exit-ring.ts';
import { parseScenario } from './parse-scenario.ts';
import { toLocal } from './to-local.ts';

/** A scenario ready to run: the compiled world, the blocks of agents and the run configuration. */
export interface CompiledScenario {
  readonly world: World;
  readonly groups: readonly PopulationGroup[];
  readonly config: SimulationConfig;
  /** The projection of a WGS84 scenario into its local frame (centred on its first vertex); null for local ones. */
  readonly projection: LocalProjection | null;
}

/** Tolerance for "on the boundary", metres. */
const ON_BOUNDARY = 0.05;
/** Narrowest opening an exit may have, metres: narrower ones fall between the grid cells and let no one through. */
export const MIN_EXIT_WIDTH = 0.5;

/**
 * Largest grid a scenario may need, in cells times (exits + 1): the world keeps a floor field per exit
 * over every cell, about 12 bytes a cell each, and takes a few microseconds a cell to compute. Twelve
 * million is a 350 × 350 m area with 3 exits, or a 490 × 490 m one with 1.
 */
export const MAX_GRID_LOAD = 12_000_000;

/** Most cells along either side of the grid (2 km): every polygon is scanned once per row. */
export const MAX_GRID_SIDE = 10_000;

/**
 * Parses, checks and compiles a scenario (parsed JSON). Refuses, naming the field: bad shapes and
 * absurd values, empty geometry, exits off the boundary, agent areas outside the walkable area, exits
 * named by agents that do not exist.
 * @example
 * const r = compileScenario(JSON.parse(text));
 * if (r.ok) runSimulation(r.value.world, ...);
 */
export function compileScenario(
  input: unknown,
  options: { readonly onProgress?: (fraction: number, phase: string) => void } = {},
): Result<CompiledScenario, readonly Issue[]> {
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed;
  const local = toLocal(parsed.value);
  if (!local.ok) return local;
  const { scenario: s, projection } = local.value;
  const issues: Issue[] = [];
  s.geometry.walkable.forEach((r, k) => {
    if (Math.abs(ringArea(r)) < 0.01)
      issues.push({ path: `geometry.walkable[${k}]`, message: 'the polygon is empty (no area)' });
  });
  if (issues.length > 0) return err(issues);
  const base = { walkable: s.geometry.walkable, obstacles: s.geometry.obstacles };
  const exitRings: Ring[] = [];
  s.exits.forEach((e, k) => {
    if (s.exits.findIndex((o) => o.id === e.id) !== k)
      issues.push({ path: `exits[${k}].id`, message: `duplicate exit id "${e.id}"` });
    if (e.id === 'nearest' || e.id === 'congestion')
      issues.push({ path: `exits[${k}].id`, message: `"${e.id}" is reserved for exit choice` });
    const ring = e.polygon ?? (e.line ? lineExitRing(base, e.line) : null);
    if (!ring)
      issues.push({
        path: `exits[${k}].line`,
        message: `exit "${e.id}" is not on the boundary of the walkable area`,
        exitProblem: 'off-edge',
      });
    else exitRings.push(ring);
  });
  if (issues.length > 0) return err(issues);
  const bounds = boundsOf([...s.geometry.walkable, ...exitRings]);
  const grid = gridOver(bounds, DEFAULT_CELL, 2);
  const load = grid.cols * grid.rows * (exitRings.length + 1);
  // Checked before anything is allocated; `!(… <=)` also refuses a grid whose size is not a number.
  if (!(load <= MAX_GRID_LOAD && grid.cols <= MAX_GRID_SIDE && grid.rows <= MAX_GRID_SIDE)) {
    const size = `${Math.round(bounds.maxX - bounds.minX)} × ${Math.round(bounds.maxY - bounds.minY)} m`;
    return err([
      {
        path: 'geometry.walkable',
        message: `the area spans ${size}: too large a grid for a simulation with ${exitRings.length} exit(s) (at most ${MAX_GRID_LOAD} cells × (exits + 1) of ${DEFAULT_CELL} m, ${MAX_GRID_SIDE} along a side); draw a smaller area or fewer exits`,
      },
    ]);
  }
  let world;
  try {
    world = compileWorld({ ...base, exits: exitRings }, { exitIds: s.exits.map((e) => e.id), onProgress: options.onProgress });
  } catch (e) {
    if (!(e instanceof GeometryTooComplex)) throw e;
    return err([{ path: 'geometry', message: `${e.message}; draw simpler polygons` }]);
  }
  if (world.area <= 0) return err([{ path: 'geometry.walkable', message: 'the walkable area is empty' }]);
  world.exits.forEach((e, k) => {
    const field = s.exits[k]?.polygon ? 'polygon' : 'line';
    if (e.width <= 0)
      issues.push({
        path: `exits[${k}].${field}`,
        message: `exit "${e.id}" is not on the boundary of the walkable area`,
        exitProblem: 'off-edge',
      });
    else if (e.width < MIN_EXIT_WIDTH)
      issues.push({
        path: `exits[${k}].${field}`,
        message: `exit "${e.id}" opens only ${e.width.toFixed(2)} m of the boundary of the walkable area (at least ${MIN_EXIT_WIDTH} m)`,
        exitProblem: 'narrow',
      });
    else if (!world.mask.exitOf.some((x, i) => x === k && world.mask.kind[i] === CELL_EXIT)) {
      issues.push({
        path: `exits[${k}].${field}`,
        message: `exit "${e.id}" is too thin outside the boundary (make it at least 0.25 m deep)`,
        exitProblem: 'narrow',
      });
    }
  });
  const groups: PopulationGroup[] = [];
  s.agents.forEach((a, g) => {
    a.area.forEach(([x, y], v) => {
      if (
        !inGround({ ...base, exits: [] }, x, y) &&
        Math.min(...s.geometry.walkable.map((r) => distanceToRing(x, y, r))) > ON_BOUNDARY
      ) {
        issues.push({
          path: `agents[${g}].area[${v}]`,
          message: `point (${x}, ${y}) lies outside the walkable area`,
        });
      }
    });
    let exit: ExitChoice = { kind: 'nearest' };
    if (a.exit === 'congestion') exit = { kind: 'congestion' };
    else if (a.exit !== 'nearest') {
      const k = s.exits.findIndex((e) => e.id === a.exit);
      if (k < 0) issues.push({ path: `agents[${g}].exit`, message: `no exit with id "${a.exit}"` });
      exit = { kind: 'assigned', exit: Math.max(0, k) };
    }
    const radius: Distribution =
      typeof a.radius === 'number'
        ? { dist: 'constant', value: a.radius }
        : (a.radius ?? { dist: 'constant', value: s.model.kind === 'sfm' ? 0.25 : 0.2 });
    groups.push({
      count: a.count,
      area: a.area,
      radius,
      v0: a.v0 ?? WEIDMANN_SPEED,
      premovement: a.premovement ?? { dist: 'constant', value: 0 },
      exit,
      groupSize: a.groupSize,
    });
  });
  if (issues.length > 0) return err(issues);
  const config: SimulationConfig = {
    model: modelParams(s.model),
    dt: s.dt,
    duration: s.duration,
    seed: s.seed,
    lines: s.measure.lines,
    areas: s.measure.areas,
    sampleEveryS: s.measure.sampleEveryS ?? 1,
  };
  return ok({ world, groups, config, projection });
}
