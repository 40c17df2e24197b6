import {
  bufferPolyline,
  corridorPieces,
  offsetBand,
  type LocalProjection,
  type PolygonXY,
  type XY,
} from '@pactesur/geo';
import { isAreaTags, type OsmData, type OsmWay } from '@pactesur/osm';
import { walkableAreaKind, walkableLine, type WalkableKind } from './feature-kinds.ts';
import { DEFAULT_WIDTH_M, EDGE_CLASSES } from './highway-class.ts';
import type { ProjectedArea } from './projected-areas.ts';
import { parseMetres } from './tag-values.ts';
import { carriagewayWidth } from './way-segments.ts';
import { traversableClass } from './feature-kinds.ts';

/** One walkable polygon of the site: an area as mapped, or the corridor of a footway or sidewalk. */
export interface WalkablePolygon {
  readonly kind: WalkableKind;
  readonly source: { readonly type: 'way' | 'relation'; readonly id: number };
  readonly name: string | null;
  /** Width of a corridor in metres (tagged or default); null for mapped areas. */
  readonly widthM: number | null;
  readonly widthTagged: boolean;
  readonly polygon: PolygonXY;
  /** Convex pieces whose union is the polygon (corridors), for exact union areas. */
  readonly pieces: readonly PolygonXY[];
}

/** Default sidewalk width (m) when a sidewalk is tagged without a width. */
export const DEFAULT_SIDEWALK_M = 2;

/**
 * Collects the walkable polygons of a site: pedestrian areas, squares and markets as mapped; footways,
 * paths, steps, pedestrian and living streets as corridors of their tagged or default width; sidewalks
 * tagged on roads as bands beside the carriageway.
 *
 * @example
 * const walkable = collectWalkable(data, projectedAreas, projection);
 */
export function collectWalkable(
  data: OsmData,
  areas: readonly ProjectedArea[],
  projection: LocalProjection,
): WalkablePolygon[] {
  const out: WalkablePolygon[] = [];
  for (const { area, polygons } of areas) {
    const kind = walkableAreaKind(area.tags);
    if (!kind) continue;
    for (const polygon of polygons) {
      out.push({
        kind,
        source: area.source,
        name: area.tags.name ?? null,
        widthM: null,
        widthTagged: false,
        polygon,
        pieces: [polygon],
      });
    }
  }
  for (const way of data.ways) {
    const n = way.refs.length;
    if (n >= 4 && way.refs[0] === way.refs[n - 1] && isAreaTags(way.tags)) continue;
    const line = wayLine(data, way, projection);
    if (line.length < 2) continue;
    const kind = walkableLine(way.tags);
    if (kind) {
      const tagged = parseMetres(way.tags.width);
      const w = tagged ?? kind[1];
      const polygon = bufferPolyline(line, w / 2);
      const sidewalk = way.tags.footway === 'sidewalk';
      if (polygon)
        out.push({
          kind: sidewalk ? 'sidewalk' : kind[0],
          source: { type: 'way', id: way.id },
          name: way.tags.name ?? null,
          widthM: w,
          widthTagged: tagged !== null,
          polygon,
          pieces: corridorPieces(line, -w / 2, w / 2),
        });
      continue;
    }
    out.push(...sidewalksOf(way, line));
  }
  return out;
}

function wayLine(data: OsmData, way: OsmWay, projection: LocalProjection): XY[] {
  const line: XY[] = [];
  for (const ref of way.refs) {
    const k = data.nodeIndex(ref);
    if (k < 0) continue;
    line.push([
      ((data.lon[k] as number) - projection.centre[0]) * projection.kx,
      ((data.lat[k] as number) - projection.centre[1]) * projection.ky,
    ] as unknown as XY);
  }
  return line;
}

function sidewalksOf(way: OsmWay, line: readonly XY[]): WalkablePolygon[] {
  const t = way.tags;
  const cls = traversableClass(t);
  if (cls === null) return [];
  const s = t.sidewalk ?? '';
  const both = s === 'both' || s === 'yes' || t['sidewalk:both'] === 'yes';
  const left = both || s === 'left' || t['sidewalk:left'] === 'yes';
  const right = both || s === 'right' || t['sidewalk:right'] === 'yes';
  if (!left && !right) return [];
  const cw = carriagewayWidth(t);
  const half = (Number.isNaN(cw) ? DEFAULT_WIDTH_M[EDGE_CLASSES[cls] ?? 'other'] : cw) / 2;
  const out: WalkablePolygon[] = [];
  const side = (which: 'left' | 'right'): void => {
    const tagged =
      parseMetres(t[`sidewalk:${which}:width`]) ??
      parseMetres(t['sidewalk:both:width']) ??
      parseMetres(t['sidewalk:width']);
    const w = tagged ?? DEFAULT_SIDEWALK_M;
    const [from, to] = which === 'left' ? [half, half + w] : [-half - w, -half];
    const polygon = offsetBand(line, from, to);
    if (polygon)
      out.push({
        kind: 'sidewalk',
        source: { type: 'way', id: way.id },
        name: t.name ?? null,
        widthM: w,
        widthTagged: tagged !== null,
        polygon,
        pieces: corridorPieces(line, from, to),
      });
  };
  if (left) side('left');
  if (right) side('right');
  return out;
}
