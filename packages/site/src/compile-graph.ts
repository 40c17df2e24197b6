import type { LocalProjection } from '@pactesur/geo';
import type { OsmData } from '@pactesur/osm';
import { EdgeFlag } from './edge-flags.ts';
import type { SegmentList } from './segment-list.ts';
import type { TraversableGraph } from './traversable-graph.ts';

/**
 * Compiles undirected segments into the CSR {@link TraversableGraph}: nodes numbered in order of first
 * use, each segment emitted in both directions, edges grouped by source with a counting sort.
 *
 * @example
 * const graph = compileGraph(segments, data, projection);
 * graph.offsets[graph.nodeCount] === graph.edgeCount; // true
 */
export function compileGraph(
  segs: SegmentList,
  data: OsmData,
  projection: LocalProjection,
): TraversableGraph {
  const nodeOf = new Int32Array(data.nodeCount).fill(-1);
  const osmIndex: number[] = [];
  const useNode = (k: number): number => {
    let g = nodeOf[k] as number;
    if (g < 0) {
      g = osmIndex.length;
      nodeOf[k] = g;
      osmIndex.push(k);
    }
    return g;
  };
  const m = segs.length;
  const src = new Uint32Array(2 * m);
  const dst = new Uint32Array(2 * m);
  for (let s = 0; s < m; s++) {
    const a = useNode(segs.a[s] as number);
    const b = useNode(segs.b[s] as number);
    src[2 * s] = a;
    dst[2 * s] = b;
    src[2 * s + 1] = b;
    dst[2 * s + 1] = a;
  }
  const n = osmIndex.length;
  const offsets = new Uint32Array(n + 1);
  for (let e = 0; e < 2 * m; e++)
    offsets[(src[e] as number) + 1] = (offsets[(src[e] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const slot = new Uint32Array(2 * m);
  for (let e = 0; e < 2 * m; e++) {
    const s = src[e] as number;
    slot[e] = fill[s] as number;
    fill[s] = (fill[s] as number) + 1;
  }
  const g = allocate(n, 2 * m);
  for (let i = 0; i < n; i++) {
    const k = osmIndex[i] as number;
    const lon = data.lon[k] as number;
    const lat = data.lat[k] as number;
    g.lon[i] = lon;
    g.lat[i] = lat;
    g.x[i] = (lon - projection.centre[0]) * projection.kx;
    g.y[i] = (lat - projection.centre[1]) * projection.ky;
    g.osmNodeId[i] = data.nodeIds[k] as number;
  }
  for (let e = 0; e < 2 * m; e++) {
    const s = e >> 1;
    const at = slot[e] as number;
    const from = src[e] as number;
    const to = dst[e] as number;
    g.targets[at] = to;
    g.reverse[at] = slot[e ^ 1] as number;
    g.lengthM[at] = Math.hypot(
      (g.x[to] as number) - (g.x[from] as number),
      (g.y[to] as number) - (g.y[from] as number),
    );
    g.edgeClass[at] = segs.cls[s] as number;
    g.widthM[at] = segs.width[s] as number;
    g.sidewalkM[at] = segs.sidewalk[s] as number;
    g.flags[at] = (e & 1) === 0 ? (segs.flags[s] as number) : swapOneway(segs.flags[s] as number);
    g.wayId[at] = segs.wayId[s] as number;
  }
  return { nodeCount: n, edgeCount: 2 * m, offsets, ...g };
}

function swapOneway(f: number): number {
  const fwd = f & EdgeFlag.ONEWAY;
  const back = f & EdgeFlag.AGAINST_ONEWAY;
  return (
    (f & ~(EdgeFlag.ONEWAY | EdgeFlag.AGAINST_ONEWAY)) |
    (fwd ? EdgeFlag.AGAINST_ONEWAY : 0) |
    (back ? EdgeFlag.ONEWAY : 0)
  );
}

function allocate(n: number, m: number) {
  return {
    x: new Float64Array(n),
    y: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    osmNodeId: new Float64Array(n),
    nodeBarrier: new Int32Array(n).fill(-1),
    targets: new Uint32Array(m),
    lengthM: new Float32Array(m),
    edgeClass: new Uint8Array(m),
    widthM: new Float32Array(m),
    sidewalkM: new Float32Array(m),
    flags: new Uint16Array(m),
    wayId: new Float64Array(m),
    reverse: new Uint32Array(m),
    edgeBarrier: new Int32Array(m).fill(-1),
  };
}
