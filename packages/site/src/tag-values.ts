import type { Tags } from '@pactesur/osm';

/**
 * Parses an OSM width/length value in metres: `3`, `3.5 m`, `2,5`, `350 cm`, `10'` or `10 ft`; `null` when
 * absent or unreadable.
 *
 * @example
 * parseMetres('3.5 m'); // 3.5
 * parseMetres("12'"); // 3.6576
 * parseMetres('wide'); // null
 */
export function parseMetres(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^\s*([0-9]+(?:[.,][0-9]+)?)\s*(m|cm|ft|'|km)?\s*$/.exec(value);
  if (!m) return null;
  const n = Number((m[1] as string).replace(',', '.'));
  const unit = m[2] ?? 'm';
  const f = unit === 'cm' ? 0.01 : unit === 'ft' || unit === "'" ? 0.3048 : unit === 'km' ? 1000 : 1;
  const v = n * f;
  return v > 0 && v < 200 ? v : null;
}

const RESTRICTED = new Set(['no', 'private', 'destination']);

/**
 * Whether the tags restrict motor vehicles legally (recorded as a flag; the analyses ignore it).
 *
 * @example
 * isAccessRestricted({ highway: 'service', access: 'private' }); // true
 */
export function isAccessRestricted(tags: Tags): boolean {
  for (const k of ['access', 'vehicle', 'motor_vehicle']) {
    const v = tags[k];
    if (v !== undefined && RESTRICTED.has(v)) return true;
  }
  return false;
}

const UNPAVED = new Set([
  'unpaved',
  'gravel',
  'fine_gravel',
  'grass',
  'dirt',
  'earth',
  'ground',
  'mud',
  'sand',
  'ballast',
  'woodchips',
  'grass_paver',
  'pebblestone',
]);

/**
 * Whether `surface` says the way is unpaved.
 *
 * @example
 * isUnpaved({ surface: 'gravel' }); // true
 */
export function isUnpaved(tags: Tags): boolean {
  return tags.surface !== undefined && UNPAVED.has(tags.surface);
}

/**
 * One-way direction: 1 with the way, -1 against it, 0 two-way.
 *
 * @example
 * onewayDirection({ oneway: '-1' }); // -1
 * onewayDirection({ junction: 'roundabout' }); // 1
 */
export function onewayDirection(tags: Tags): 1 | -1 | 0 {
  const v = tags.oneway;
  if (v === 'yes' || v === 'true' || v === '1') return 1;
  if (v === '-1' || v === 'reverse') return -1;
  if (v === undefined && (tags.junction === 'roundabout' || tags.highway === 'motorway')) return 1;
  return 0;
}
