import { lngLat, type LngLat, type PolygonLngLat } from '@pactesur/geo';
import { isAreaTags } from './area-tags.ts';
import type { Diagnostics } from './diagnostics.ts';
import { joinRings } from './join-rings.ts';
import type { OsmData, Tags } from './osm-data.ts';

/** An area of the extract: a closed way or an assembled multipolygon relation, in WGS84. */
export interface OsmArea {
  readonly source: { readonly type: 'way' | 'relation'; readonly id: number };
  readonly tags: Tags;
  readonly polygons: readonly PolygonLngLat[];
  /** The node ids of each ring, parallel to `polygons`: `[polygon][0]` the outer ring, then the holes (open rings). */
  readonly ringNodeIds: readonly (readonly (readonly number[])[])[];
}

/**
 * Builds every area of the extract: closed ways whose tags make them areas ({@link isAreaTags}) and
 * `type=multipolygon` relations, whose member ways are joined into rings, holes given to the outer ring
 * that contains them. Missing members, rings that do not close and rings with missing nodes are warnings
 * with the element id; what can be built is kept.
 *
 * @example
 * const areas = assembleAreas(result.data, result.diagnostics);
 * areas.filter((a) => a.tags.building).length;
 */
export function assembleAreas(
  data: OsmData,
  diagnostics: Diagnostics,
  isArea: (tags: Tags) => boolean = isAreaTags,
): OsmArea[] {
  const areas: OsmArea[] = [];
  const toRing = (ids: readonly number[]): LngLat[] | null => {
    const ring: LngLat[] = [];
    for (let i = 0; i + 1 < ids.length; i++) {
      const k = data.nodeIndex(ids[i] as number);
      if (k < 0) return null;
      ring.push(lngLat(data.lon[k] as number, data.lat[k] as number));
    }
    return ring.length >= 3 ? ring : null;
  };
  for (const way of data.ways) {
    const n = way.refs.length;
    if (n < 4 || way.refs[0] !== way.refs[n - 1] || !isArea(way.tags)) continue;
    const ring = toRing(Array.from(way.refs));
    if (!ring) {
      diagnostics.add({
        severity: 'warning',
        code: 'ring-invalid',
        message: `area way ${way.id} has nodes missing from the extract; skipped`,
        element: { type: 'way', id: way.id },
      });
      continue;
    }
    areas.push({
      source: { type: 'way', id: way.id },
      tags: way.tags,
      polygons: [{ outer: ring, holes: [] }],
      ringNodeIds: [[Array.from(way.refs.subarray(0, n - 1))]],
    });
  }
  for (const rel of data.relations) {
    if (rel.tags.type !== 'multipolygon') continue;
    const { polygons, ringNodeIds } = assembleRelation(data, diagnostics, rel.id, rel.members, toRing);
    if (polygons.length > 0)
      areas.push({ source: { type: 'relation', id: rel.id }, tags: rel.tags, polygons, ringNodeIds });
  }
  return areas;
}

function assembleRelation(
  data: OsmData,
  diagnostics: Diagnostics,
  id: number,
  members: OsmData['relations'][number]['members'],
  toRing: (ids: readonly number[]) => LngLat[] | null,
): { polygons: PolygonLngLat[]; ringNodeIds: number[][][] } {
  const outerPieces: number[][] = [];
  const innerPieces: number[][] = [];
  let missing = 0;
  for (const m of members) {
    if (m.type !== 'way') continue;
    const w = data.wayIndex(m.ref);
    if (w < 0) {
      missing++;
      continue;
    }
    (m.role === 'inner' ? innerPieces : outerPieces).push(
      Array.from((data.ways[w] as OsmData['ways'][number]).refs),
    );
  }
  if (missing > 0) {
    diagnostics.add({
      severity: 'warning',
      code: 'missing-member',
      message: `relation ${id} lacks ${missing} member way(s) not in the extract`,
      element: { type: 'relation', id },
    });
  }
  const outer = joinRings(outerPieces);
  const inner = joinRings(innerPieces);
  const unclosed = outer.unclosed.length + inner.unclosed.length;
  if (unclosed > 0) {
    diagnostics.add({
      severity: 'warning',
      code: 'ring-unclosed',
      message: `relation ${id} has ${unclosed} ring(s) that do not close; they are left out`,
      element: { type: 'relation', id },
    });
  }
  const withCoords = (ids: number[]): [LngLat[], number[]] | null => {
    const r = toRing(ids);
    return r ? [r, ids.slice(0, -1)] : null;
  };
  const outers = outer.closed.map(withCoords).filter((r) => r !== null);
  const holes = inner.closed.map(withCoords).filter((r) => r !== null);
  if (outers.length + holes.length < outer.closed.length + inner.closed.length) {
    diagnostics.add({
      severity: 'warning',
      code: 'ring-invalid',
      message: `relation ${id} has rings with nodes missing from the extract; they are left out`,
      element: { type: 'relation', id },
    });
  }
  const polygons = outers.map(([o]) => ({ outer: o, holes: [] as LngLat[][] }));
  const ringNodeIds = outers.map(([, ids]) => [ids]);
  for (const [h, ids] of holes) {
    const first = h[0] as LngLat;
    const k = polygons.findIndex((p) => ringContainsLngLat(p.outer, first));
    if (k >= 0) {
      polygons[k]?.holes.push(h);
      ringNodeIds[k]?.push(ids);
    }
  }
  return { polygons, ringNodeIds };
}

function ringContainsLngLat(ring: readonly LngLat[], p: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as LngLat;
    const b = ring[j] as LngLat;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
      inside = !inside;
  }
  return inside;
}
