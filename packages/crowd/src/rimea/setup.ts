import type { Ring } from '../geometry/vec.ts';
import { WEIDMANN_SPEED, type Distribution } from '../population/distribution.ts';
import { populate, type Populated } from '../population/populate.ts';
import type { ExitChoice, PopulationGroup } from '../population/population.ts';
import { CFSM_DEFAULTS, SFM_DEFAULTS, type ModelParams } from '../sim/model.ts';
import { compileWorld } from '../world/compile-world.ts';
import type { World } from '../world/world.ts';

/**
 * An axis-aligned rectangle as a ring.
 * @example
 * rect(0, 0, 8, 5); // [[0,0],[8,0],[8,5],[0,5]]
 */
export function rect(x0: number, y0: number, x1: number, y1: number): Ring {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/**
 * The default parameters of a model kind.
 * @example
 * defaults('sfm').tau; // 0.5
 */
export function defaults(kind: 'cfsm' | 'sfm'): ModelParams {
  return kind === 'cfsm' ? CFSM_DEFAULTS : SFM_DEFAULTS;
}

/**
 * The default body radius of a model kind (0.2 m CFSM, 0.25 m social force).
 * @example
 * defaultRadius('cfsm'); // 0.2
 */
export function defaultRadius(kind: 'cfsm' | 'sfm'): number {
  return kind === 'cfsm' ? 0.2 : 0.25;
}

/** A block of agents with RiMEA's usual defaults (Weidmann speeds, no premovement, nearest exit). */
export interface Block {
  readonly count: number;
  readonly area: Ring;
  readonly v0?: Distribution;
  readonly premovement?: Distribution;
  readonly exit?: ExitChoice;
}

/**
 * Compiles a world from rings and places blocks of agents; throws on a set-up that does not fit, which
 * is a bug of the test definition, not a user error.
 * @example
 * const { world, population } = build('cfsm', [rect(0, 0, 8, 5)], [door], [{ count: 10, area: rect(1, 1, 4, 4) }], 1);
 */
export function build(
  kind: 'cfsm' | 'sfm',
  walkable: readonly Ring[],
  exits: readonly Ring[],
  blocks: readonly Block[],
  seed: number,
  obstacles: readonly Ring[] = [],
): { world: World; population: Populated } {
  const world = compileWorld({ walkable, obstacles, exits });
  const groups: PopulationGroup[] = blocks.map((b) => ({
    count: b.count,
    area: b.area,
    radius: { dist: 'constant', value: defaultRadius(kind) },
    v0: b.v0 ?? WEIDMANN_SPEED,
    premovement: b.premovement ?? { dist: 'constant', value: 0 },
    exit: b.exit ?? { kind: 'nearest' },
    groupSize: 1,
  }));
  const population = populate(world, groups, seed);
  if (!population.ok) throw new Error(`RiMEA set-up does not fit: ${JSON.stringify(population.error)}`);
  return { world, population: population.value };
}
