import { openRing, pointInRing, type Ring } from './vec.ts';

/** The plane regions of a scenario, in local metres: where people may walk, what blocks them, the exits. */
export interface Region {
  readonly walkable: readonly Ring[];
  readonly obstacles: readonly Ring[];
  readonly exits: readonly Ring[];
}

/**
 * Whether (x, y) is walkable ground: inside a walkable polygon and outside every obstacle.
 * @example
 * inGround(region, 1, 1);
 */
export function inGround(region: Region, x: number, y: number): boolean {
  let inside = false;
  for (const ring of region.walkable) {
    if (pointInRing(x, y, ring)) {
      inside = true;
      break;
    }
  }
  if (!inside) return false;
  for (const ring of region.obstacles) if (pointInRing(x, y, ring)) return false;
  return true;
}

/**
 * Index of the exit polygon containing (x, y), or -1.
 * @example
 * exitAt(region, 15, 20.2); // 0
 */
export function exitAt(region: Region, x: number, y: number): number {
  for (let k = 0; k < region.exits.length; k++) if (pointInRing(x, y, region.exits[k] as Ring)) return k;
  return -1;
}

/**
 * Whether (x, y) is in the simulated domain: walkable ground or an exit.
 * @example
 * inDomain(region, 15, 20.2); // true for a point in the north exit
 */
export function inDomain(region: Region, x: number, y: number): boolean {
  return inGround(region, x, y) || exitAt(region, x, y) >= 0;
}

/**
 * All rings of a region, open (without closing point), for edge walks.
 * @example
 * allRings(region).length === region.walkable.length + region.obstacles.length + region.exits.length;
 */
export function allRings(region: Region): Ring[] {
  return [...region.walkable, ...region.obstacles, ...region.exits].map(openRing);
}
