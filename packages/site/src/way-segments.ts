import type { OsmData, OsmWay, Tags } from '@pactesur/osm';
import { EdgeFlag } from './edge-flags.ts';
import { traversableClass } from './feature-kinds.ts';
import { codeOf } from './highway-class.ts';
import type { SegmentList } from './segment-list.ts';
import { isAccessRestricted, isUnpaved, onewayDirection, parseMetres } from './tag-values.ts';

const PEDESTRIAN_CLASSES = new Set([
  'footway',
  'path',
  'pedestrian',
  'cycleway',
  'bridleway',
  'corridor',
  'track',
]);

/**
 * Carriageway width of a way in metres: `width`, else `lanes` × 3.2 m; NaN when neither is tagged.
 *
 * @example
 * carriagewayWidth({ lanes: '2' }); // 6.4
 */
export function carriagewayWidth(tags: Tags): number {
  const w = parseMetres(tags.width) ?? parseMetres(tags['width:carriageway']);
  if (w !== null) return w;
  const lanes = Number(tags.lanes);
  return Number.isFinite(lanes) && lanes > 0 && lanes < 20 ? lanes * 3.2 : Number.NaN;
}

/**
 * Width of the tagged sidewalks of a road (both sides together); NaN when no sidewalk width is tagged.
 *
 * @example
 * sidewalkWidth({ 'sidewalk:left:width': '2', 'sidewalk:right:width': '3' }); // 5
 * sidewalkWidth({ sidewalk: 'both', 'sidewalk:width': '2.5' }); // 5
 */
export function sidewalkWidth(tags: Tags): number {
  const both = parseMetres(tags['sidewalk:both:width']);
  if (both !== null) return 2 * both;
  const left = parseMetres(tags['sidewalk:left:width']);
  const right = parseMetres(tags['sidewalk:right:width']);
  if (left !== null || right !== null) return (left ?? 0) + (right ?? 0);
  const one = parseMetres(tags['sidewalk:width']);
  if (one === null) return Number.NaN;
  return tags.sidewalk === 'both' ? 2 * one : one;
}

/**
 * Adds every segment of every traversable way (HVM.md §1) to `segs`, splitting a way where its nodes are
 * missing from the extract. Returns the number of traversable ways.
 *
 * @example
 * const n = addWaySegments(data, segs);
 */
export function addWaySegments(data: OsmData, segs: SegmentList): number {
  let ways = 0;
  for (const way of data.ways) {
    const cls = traversableClass(way.tags);
    if (cls === null) continue;
    ways++;
    addWay(data, way, cls, segs);
  }
  return ways;
}

function addWay(data: OsmData, way: OsmWay, cls: number, segs: SegmentList): void {
  const t = way.tags;
  let flags = 0;
  const dir = onewayDirection(t);
  if (dir === 1) flags |= EdgeFlag.ONEWAY;
  if (dir === -1) flags |= EdgeFlag.AGAINST_ONEWAY;
  if (isAccessRestricted(t)) flags |= EdgeFlag.ACCESS_RESTRICTED;
  if (cls === codeOf('tram')) flags |= EdgeFlag.TRAM;
  if (t.bridge !== undefined && t.bridge !== 'no') flags |= EdgeFlag.BRIDGE;
  if (t.tunnel !== undefined && t.tunnel !== 'no') flags |= EdgeFlag.TUNNEL;
  if (t.highway !== undefined && PEDESTRIAN_CLASSES.has(t.highway)) flags |= EdgeFlag.PEDESTRIAN;
  if (isUnpaved(t)) flags |= EdgeFlag.UNPAVED;
  const width = carriagewayWidth(t);
  const sidewalk = sidewalkWidth(t);
  let prev = -1;
  for (const ref of way.refs) {
    const k = data.nodeIndex(ref);
    if (k >= 0 && prev >= 0 && k !== prev) segs.push(prev, k, cls, width, sidewalk, flags, way.id);
    prev = k;
  }
}
