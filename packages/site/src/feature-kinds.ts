import type { Tags } from '@pactesur/osm';
import { codeOf, edgeClassCode } from './highway-class.ts';
import { isUnpaved } from './tag-values.ts';

const NOT_TRAVERSABLE = new Set([
  'steps',
  'proposed',
  'construction',
  'abandoned',
  'disused',
  'razed',
  'platform',
  'elevator',
  'via_ferrata',
  'no',
  'planned',
]);

/**
 * The edge class code of a way vehicles can physically use (HVM.md §1: every `highway=*` except steps and
 * things not built; paved `railway=tram`), or `null`.
 *
 * @example
 * traversableClass({ highway: 'footway' }); // code of 'footway'
 * traversableClass({ highway: 'steps' }); // null
 * traversableClass({ railway: 'tram', embedded: 'yes' }); // code of 'tram'
 */
export function traversableClass(tags: Tags): number | null {
  const h = tags.highway;
  if (h !== undefined) return NOT_TRAVERSABLE.has(h) ? null : edgeClassCode(h);
  if (tags.railway === 'tram' && !isUnpaved(tags) && tags.embedded !== 'no') return codeOf('tram');
  return null;
}

/**
 * Whether an area is open ground a vehicle can cross (squares, pedestrian areas, `area:highway`, surface car
 * parks); such areas get boundary and run-in edges.
 *
 * @example
 * isOpenDrivableArea({ place: 'square' }); // true
 * isOpenDrivableArea({ amenity: 'parking', parking: 'underground' }); // false
 */
export function isOpenDrivableArea(tags: Tags): boolean {
  if (tags.building !== undefined) return false;
  if (tags.place === 'square' || tags['area:highway'] !== undefined) return true;
  if (tags.amenity === 'parking')
    return tags.parking === undefined || tags.parking === 'surface' || tags.parking === 'street_side';
  if (tags.amenity === 'marketplace') return true;
  return (
    (tags.highway === 'pedestrian' || tags.highway === 'footway' || tags.highway === 'service') &&
    tags.area !== 'no'
  );
}

/** Kinds of walkable polygon in the site model. */
export type WalkableKind =
  | 'square'
  | 'pedestrian-area'
  | 'marketplace'
  | 'pedestrian-street'
  | 'footway'
  | 'path'
  | 'steps'
  | 'living-street'
  | 'sidewalk';

/**
 * The walkable kind of an area, or `null` when the area is not walkable public space.
 *
 * @example
 * walkableAreaKind({ place: 'square' }); // 'square'
 * walkableAreaKind({ 'area:highway': 'footway' }); // 'pedestrian-area'
 */
export function walkableAreaKind(tags: Tags): WalkableKind | null {
  if (tags.building !== undefined) return null;
  if (tags.place === 'square') return 'square';
  if (tags.amenity === 'marketplace') return 'marketplace';
  if (tags.highway === 'pedestrian' || tags.highway === 'footway') return 'pedestrian-area';
  const ah = tags['area:highway'];
  if (ah === 'pedestrian' || ah === 'footway' || ah === 'living_street' || ah === 'path')
    return 'pedestrian-area';
  return null;
}

const LINE_KIND: Readonly<Record<string, [WalkableKind, number]>> = {
  pedestrian: ['pedestrian-street', 6],
  footway: ['footway', 2],
  path: ['path', 1.5],
  steps: ['steps', 2],
  living_street: ['living-street', 6],
  corridor: ['footway', 2],
};

/**
 * The walkable kind and default width (m) of a linear way, or `null`.
 *
 * @example
 * walkableLine({ highway: 'footway' }); // ['footway', 2]
 */
export function walkableLine(tags: Tags): readonly [WalkableKind, number] | null {
  const h = tags.highway;
  if (h === undefined) return null;
  if (h === 'cycleway' && (tags.foot === 'yes' || tags.foot === 'designated')) return ['path', 2];
  return LINE_KIND[h] ?? null;
}

/** Obstacle polygons: what people and vehicles cannot cross. */
export type ObstacleKind = 'building' | 'water';

/**
 * The obstacle kind of an area, or `null`. Roofs and canopies (open underneath) are not obstacles.
 *
 * @example
 * obstacleAreaKind({ building: 'yes' }); // 'building'
 * obstacleAreaKind({ building: 'roof' }); // null
 */
export function obstacleAreaKind(tags: Tags): ObstacleKind | null {
  const b = tags.building;
  if (b !== undefined && b !== 'no' && b !== 'roof' && b !== 'canopy' && b !== 'carport') {
    return tags.layer !== undefined && Number(tags.layer) < 0 ? null : 'building';
  }
  if (
    tags.natural === 'water' ||
    tags.water !== undefined ||
    tags.waterway === 'riverbank' ||
    tags.waterway === 'dock'
  )
    return 'water';
  return null;
}
