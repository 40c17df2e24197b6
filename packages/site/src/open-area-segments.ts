import {
  polygonContains,
  PackedRTree,
  segmentsCross,
  xy,
  type PolygonXY,
  type SegmentIndex,
} from '@pactesur/geo';
import type { OsmData } from '@pactesur/osm';
import { EdgeFlag } from './edge-flags.ts';
import { codeOf } from './highway-class.ts';
import type { ProjectedArea } from './projected-areas.ts';
import type { SegmentList } from './segment-list.ts';

/** Most entries joined pairwise per open area; beyond it every k-th entry is kept (bounded cost). */
export const MAX_RUN_IN_ENTRIES = 48;

/** Counts of what {@link addOpenAreaSegments} added. */
export interface OpenAreaStats {
  readonly areas: number;
  readonly boundarySegments: number;
  readonly runInSegments: number;
}

/**
 * Adds open drivable areas to the graph (HVM.md §1): their boundary (unless the area is itself a
 * traversable way, already in the graph) and straight run-in segments between every pair of entries —
 * boundary nodes shared with the network and network nodes inside the area — that stay inside the area
 * and cross no building or barrier line (`blockers`).
 *
 * @example
 * const stats = addOpenAreaSegments(data, openAreas, segs, blockers, proj);
 */
export function addOpenAreaSegments(
  data: OsmData,
  areas: readonly ProjectedArea[],
  segs: SegmentList,
  blockers: SegmentIndex,
  toXY: (k: number) => readonly [number, number],
): OpenAreaStats {
  const use = new Uint16Array(data.nodeCount);
  for (let s = 0; s < segs.length; s++) {
    use[segs.a[s] as number] = Math.min(65535, (use[segs.a[s] as number] as number) + 1);
    use[segs.b[s] as number] = Math.min(65535, (use[segs.b[s] as number] as number) + 1);
  }
  const used: number[] = [];
  for (let k = 0; k < use.length; k++) if ((use[k] as number) > 0) used.push(k);
  const tree = new PackedRTree(used.length);
  for (const k of used) {
    const [x, y] = toXY(k);
    tree.add(x, y, x, y);
  }
  tree.finish();
  const cls = codeOf('open-area');
  let boundarySegments = 0;
  let runInSegments = 0;
  for (const { area, polygons } of areas) {
    const isWay = area.source.type === 'way' && area.tags.highway !== undefined;
    polygons.forEach((polygon, p) => {
      const rings = (area.ringNodeIds[p] ?? []).map((ids) => ids.map((id) => data.nodeIndex(id)));
      const ringNodes = new Set<number>();
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const a = ring[i] as number;
          const b = ring[(i + 1) % ring.length] as number;
          ringNodes.add(a);
          if (!isWay && a >= 0 && b >= 0 && a !== b) {
            segs.push(a, b, cls, Number.NaN, Number.NaN, EdgeFlag.AREA_BOUNDARY, area.source.id);
            boundarySegments++;
          }
        }
      }
      const entries = findEntries(polygon, ringNodes, use, isWay, used, tree, toXY);
      runInSegments += addRunIns(entries, polygon, segs, blockers, toXY, cls, area.source.id);
    });
  }
  return { areas: areas.length, boundarySegments, runInSegments };
}

function findEntries(
  polygon: PolygonXY,
  ringNodes: ReadonlySet<number>,
  use: Uint16Array,
  isWay: boolean,
  used: readonly number[],
  tree: PackedRTree,
  toXY: (k: number) => readonly [number, number],
): number[] {
  const entries: number[] = [];
  for (const k of ringNodes) if (k >= 0 && (use[k] as number) > (isWay ? 2 : 0)) entries.push(k);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of polygon.outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  for (const i of tree.search([minX, minY, maxX, maxY])) {
    const k = used[i] as number;
    if (ringNodes.has(k)) continue;
    const [x, y] = toXY(k);
    if (polygonContains(polygon, xy(x, y))) entries.push(k);
  }
  entries.sort((a, b) => a - b);
  if (entries.length <= MAX_RUN_IN_ENTRIES) return entries;
  const step = entries.length / MAX_RUN_IN_ENTRIES;
  return Array.from({ length: MAX_RUN_IN_ENTRIES }, (_, i) => entries[Math.floor(i * step)] as number);
}

function addRunIns(
  entries: readonly number[],
  polygon: PolygonXY,
  segs: SegmentList,
  blockers: SegmentIndex,
  toXY: (k: number) => readonly [number, number],
  cls: number,
  wayId: number,
): number {
  let added = 0;
  const rings = [polygon.outer, ...polygon.holes];
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i] as number;
    const [ax, ay] = toXY(a);
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j] as number;
      const [bx, by] = toXY(b);
      if (Math.hypot(bx - ax, by - ay) < 1) continue;
      if (!polygonContains(polygon, xy((ax + bx) / 2, (ay + by) / 2))) continue;
      if (crossesRing(rings, ax, ay, bx, by)) continue;
      if (blockers.firstCrossing(ax, ay, bx, by) >= 0) continue;
      segs.push(a, b, cls, Number.NaN, Number.NaN, EdgeFlag.AREA_RUN_IN, wayId);
      added++;
    }
  }
  return added;
}

function crossesRing(
  rings: readonly (readonly (readonly [number, number])[])[],
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i] as readonly [number, number];
      const q = ring[(i + 1) % ring.length] as readonly [number, number];
      if (segmentsCross(ax, ay, bx, by, p[0], p[1], q[0], q[1])) return true;
    }
  }
  return false;
}
