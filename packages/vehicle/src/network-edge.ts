import type { BBox } from '@pactesur/geo';
import type { TraversableGraph } from '@pactesur/site';

/** Default distance (m) within which a road's end counts as cut by the data boundary. */
export const NETWORK_EDGE_MARGIN_M = 30;

/**
 * The edges a vehicle can drive into straight from beyond the extract (HVM.md §1: "enter from the
 * network edge at traffic speed"): every edge out of a node outside the data's requested area `clip`
 * (there the network is incomplete: ways that were not fetched may join anywhere), and every edge v → n
 * whose road, continued straight on from n through v, leaves that area within `marginM` metres of v (a
 * hard cut drops the nodes beyond the boundary, so the last kept node lies up to a segment short of it).
 * A road near the boundary that really ends there is taken as cut too (errs fast, HVM.md §6). The test
 * looks at each segment alone, so adding a road never removes an entry. Without `clip`, the box of the
 * graph's nodes stands for the boundary.
 *
 * @example
 * const entries = networkEntryEdges(site.graph, site.clip); // 1 = traffic can enter edge e at its source
 */
export function networkEntryEdges(
  g: TraversableGraph,
  clip: BBox | null,
  marginM = NETWORK_EDGE_MARGIN_M,
): Uint8Array {
  const box = clip ?? nodeBox(g);
  const out = new Uint8Array(g.edgeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    const x = g.x[v] as number;
    const y = g.y[v] as number;
    const outside = x < box[0] || x > box[2] || y < box[1] || y > box[3];
    for (let f = g.offsets[v] as number; f < (g.offsets[v + 1] as number); f++) {
      if (outside) {
        out[f] = 1;
        continue;
      }
      // The road arriving along f's segment the other way, continued straight on beyond v.
      const n = g.targets[f] as number;
      const dx = x - (g.x[n] as number);
      const dy = y - (g.y[n] as number);
      const len = Math.hypot(dx, dy);
      if (len === 0) continue;
      if (exitDistance(box, x, y, dx / len, dy / len) <= marginM) out[f] = 1;
    }
  }
  return out;
}

/** Distance (m) from (x, y) inside `box` along the unit direction (ux, uy) to the box's edge. */
function exitDistance(box: BBox, x: number, y: number, ux: number, uy: number): number {
  let t = Number.POSITIVE_INFINITY;
  if (ux > 0) t = Math.min(t, (box[2] - x) / ux);
  if (ux < 0) t = Math.min(t, (box[0] - x) / ux);
  if (uy > 0) t = Math.min(t, (box[3] - y) / uy);
  if (uy < 0) t = Math.min(t, (box[1] - y) / uy);
  return t;
}

function nodeBox(g: TraversableGraph): BBox {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let v = 0; v < g.nodeCount; v++) {
    minX = Math.min(minX, g.x[v] as number);
    maxX = Math.max(maxX, g.x[v] as number);
    minY = Math.min(minY, g.y[v] as number);
    maxY = Math.max(maxY, g.y[v] as number);
  }
  return [minX, minY, maxX, maxY];
}
