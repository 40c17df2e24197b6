import type { FeatureCollection, LineString } from 'geojson';

/**
 * Meridians and parallels every `step` degrees over a box: the only reference drawn on the plain map
 * until the OSM-derived base layers arrive. Pure: no map library involved.
 *
 * @example graticule({ west: -30, south: 30, east: 45, north: 72 }, 5).features.length // 25
 */
export function graticule(
  box: { readonly west: number; readonly south: number; readonly east: number; readonly north: number },
  step: number,
): FeatureCollection<LineString> {
  const features: FeatureCollection<LineString>['features'] = [];
  for (let lon = Math.ceil(box.west / step) * step; lon <= box.east; lon += step) {
    features.push({
      type: 'Feature',
      properties: { kind: 'meridian' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lon, box.south],
          [lon, box.north],
        ],
      },
    });
  }
  for (let lat = Math.ceil(box.south / step) * step; lat <= box.north; lat += step) {
    const coordinates: [number, number][] = [];
    for (let lon = box.west; lon <= box.east; lon += 1) coordinates.push([lon, lat]);
    features.push({
      type: 'Feature',
      properties: { kind: 'parallel' },
      geometry: { type: 'LineString', coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}
