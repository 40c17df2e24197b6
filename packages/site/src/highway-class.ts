/**
 * Edge classes of the traversable graph, stored as the index into this list (a `Uint8Array` column).
 * `*_link` roads take their base class; `tram` is paved track; `open-area` edges run along or across
 * squares, pedestrian areas and car parks.
 */
export const EDGE_CLASSES = [
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'road',
  'busway',
  'pedestrian',
  'track',
  'footway',
  'path',
  'cycleway',
  'bridleway',
  'other',
  'tram',
  'open-area',
] as const;

/** One of {@link EDGE_CLASSES}. */
export type EdgeClass = (typeof EDGE_CLASSES)[number];

const CODE = new Map<string, number>(EDGE_CLASSES.map((c, i) => [c, i]));

/**
 * Default carriageway width (m) per class, used by analyses where a way has no `width`/`lanes` tag.
 * Deliberately generous: HVM.md asks to err towards what lets a vehicle through.
 */
export const DEFAULT_WIDTH_M: Readonly<Record<EdgeClass, number>> = Object.freeze({
  motorway: 11,
  trunk: 9,
  primary: 7.5,
  secondary: 7,
  tertiary: 6.5,
  unclassified: 5.5,
  residential: 5.5,
  living_street: 5,
  service: 4,
  road: 5,
  busway: 3.5,
  pedestrian: 6,
  track: 3,
  footway: 2.5,
  path: 2,
  cycleway: 2.5,
  bridleway: 2,
  other: 3,
  tram: 3,
  'open-area': 6,
});

/**
 * The class code of a `highway=*` value (`primary_link` → primary), or the code of `other`.
 *
 * @example
 * EDGE_CLASSES[edgeClassCode('primary_link')]; // 'primary'
 */
export function edgeClassCode(value: string): number {
  const base = value.endsWith('_link') ? value.slice(0, -5) : value;
  return CODE.get(base) ?? (CODE.get('other') as number);
}

/**
 * The class code of a named class.
 *
 * @example
 * codeOf('tram'); // 18
 */
export function codeOf(c: EdgeClass): number {
  return CODE.get(c) as number;
}
