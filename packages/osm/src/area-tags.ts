import type { Tags } from './osm-data.ts';

const AREA_KEYS = new Set([
  'building',
  'building:part',
  'landuse',
  'amenity',
  'leisure',
  'place',
  'area:highway',
  'tourism',
  'shop',
  'man_made',
  'water',
  'parking',
  'public_transport',
  'historic',
  'military',
  'office',
  'craft',
]);
const LINEAR_NATURAL = new Set(['coastline', 'tree_row', 'cliff', 'ridge', 'arete']);
const LINEAR_MAN_MADE = new Set(['pier', 'breakwater', 'groyne', 'embankment', 'cutline', 'pipeline']);

/**
 * Whether a closed way with these tags is an area rather than a ring-shaped line, following the OSM
 * conventions: `area=yes/no` decides; closed `highway=pedestrian` and `highway=footway` with `area=yes` are
 * areas (a closed pedestrian way is taken as an area, as the counts in the data README do); `barrier` rings
 * and other highways are lines.
 *
 * @example
 * isAreaTags({ building: 'yes' }); // true
 * isAreaTags({ highway: 'residential' }); // false
 * isAreaTags({ highway: 'pedestrian' }); // true
 */
export function isAreaTags(tags: Tags): boolean {
  if (tags.area === 'yes') return true;
  if (tags.area === 'no') return false;
  if (tags.highway !== undefined) return tags.highway === 'pedestrian';
  if (tags.barrier !== undefined || (tags.railway !== undefined && tags.railway !== 'platform')) return false;
  if (tags.natural !== undefined) return !LINEAR_NATURAL.has(tags.natural);
  if (tags.man_made !== undefined && LINEAR_MAN_MADE.has(tags.man_made)) return false;
  if (tags.waterway === 'riverbank' || tags.waterway === 'dock') return true;
  if (tags.railway === 'platform') return true;
  for (const k of Object.keys(tags)) if (AREA_KEYS.has(k)) return true;
  return false;
}
