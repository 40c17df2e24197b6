import type { Coverage } from '@pactesur/contracts';
import type { Outline } from '../../sites/map/outlines.ts';

/** The coverage areas of an organisation as outlines of the map (a polygon as a multipolygon of one). */
export function coverageOutlines(coverages: readonly Coverage[]): Outline[] {
  return coverages.map((c) => ({
    id: c.id,
    name: c.name,
    outline:
      c.area.type === 'MultiPolygon' ? c.area : { type: 'MultiPolygon', coordinates: [c.area.coordinates] },
  }));
}
