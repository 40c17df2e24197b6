/**
 * The traversable network compiled into compressed sparse rows: the out-edges of node `i` are
 * `offsets[i] … offsets[i+1]-1`; every edge has its twin in the other direction (`reverse`), because
 * legal one-way rules are recorded in `flags` but an attacker obeys none. Edges are the segments between
 * consecutive OSM nodes, so bends keep their geometry.
 */
export interface TraversableGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Site metres (the site projection) and degrees of each node. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly osmNodeId: Float64Array;
  /** Index into the site's barriers of the barrier on this node, or -1. */
  readonly nodeBarrier: Int32Array;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly lengthM: Float32Array;
  /** Index into `EDGE_CLASSES`. */
  readonly edgeClass: Uint8Array;
  /** Carriageway width from `width` or `lanes` × 3.2 m; NaN when not tagged (see `DEFAULT_WIDTH_M`). */
  readonly widthM: Float32Array;
  /** Tagged sidewalk width (both sides); NaN when not tagged. */
  readonly sidewalkM: Float32Array;
  /** `EdgeFlag` bits. */
  readonly flags: Uint16Array;
  readonly wayId: Float64Array;
  /** Index of the same segment in the opposite direction. */
  readonly reverse: Uint32Array;
  /** Index into the site's barriers of a barrier line this edge crosses, or -1. */
  readonly edgeBarrier: Int32Array;
}

/**
 * The source node of edge `e` (found by binary search over `offsets`).
 *
 * @example
 * const from = edgeSource(graph, e);
 */
export function edgeSource(graph: TraversableGraph, e: number): number {
  const o = graph.offsets;
  let lo = 0;
  let hi = graph.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((o[mid] as number) <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
