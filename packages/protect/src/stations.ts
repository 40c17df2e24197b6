import { lngLat, type LngLat } from '@pactesur/geo';
import type { OsmData } from '@pactesur/osm';

/** OSM `amenity` values of the places emergency vehicles leave from. */
const EMERGENCY_AMENITIES = new Set(['fire_station', 'ambulance_station', 'police']);

/**
 * The emergency stations of an extract: nodes, and the centre of ways, tagged `amenity=fire_station`,
 * `ambulance_station` or `police` (also `emergency=ambulance_station`), with their names.
 *
 * @example
 * const stations = stationsFromOsm(read.data); // [{ name: 'Sapeurs-pompiers de Monaco', at: [7.42, 43.73] }]
 */
export function stationsFromOsm(data: OsmData): { name: string; at: LngLat }[] {
  const out: { name: string; at: LngLat }[] = [];
  const isStation = (tags: Readonly<Record<string, string>>) =>
    EMERGENCY_AMENITIES.has(tags.amenity ?? '') || tags.emergency === 'ambulance_station';
  const label = (tags: Readonly<Record<string, string>>, fallback: string) => tags.name ?? `${tags.amenity ?? tags.emergency ?? 'station'} ${fallback}`;
  for (const [i, tags] of data.nodeTags) {
    if (isStation(tags)) out.push({ name: label(tags, `node ${data.nodeIds[i]}`), at: lngLat(data.lon[i] as number, data.lat[i] as number) });
  }
  for (const way of data.ways) {
    if (!isStation(way.tags)) continue;
    let lon = 0;
    let lat = 0;
    let n = 0;
    for (const ref of way.refs) {
      const i = data.nodeIndex(ref);
      if (i < 0) continue;
      lon += data.lon[i] as number;
      lat += data.lat[i] as number;
      n++;
    }
    if (n > 0) out.push({ name: label(way.tags, `way ${way.id}`), at: lngLat(lon / n, lat / n) });
  }
  return out;
}
