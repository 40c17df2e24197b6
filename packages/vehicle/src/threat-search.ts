import { bendCap, uTurnCap } from './motion.ts';
import type { SpeedTable } from './speed-table.ts';
import type { VehicleClass } from './vehicle-class.ts';
import type { VehicleGraph } from './vehicle-graph.ts';
import type { ZoneCut } from './zone-cut.ts';

/** Labels of one search: per directed edge the best entry speed, its predecessor and the impact speed. */
export interface ThreatLabels {
  /** Highest speed (m/s) at the start of each edge; -1 when the class cannot use the edge. */
  readonly entry: Float64Array;
  /** The edge driven before (-1: the run-up starts from standstill at this edge's source). */
  readonly pred: Int32Array;
  /** Speed (m/s) at the perimeter crossing of an edge that enters the zone; -1 otherwise. */
  readonly impact: Float64Array;
  /** Number of states settled (labels taken from the queue, stale copies not counted). */
  readonly states: number;
}

/** Improvements smaller than this (m/s) are not propagated (termination on speed-gaining loops). */
const EPS = 1e-6;

/**
 * The state search of HVM.md §3: a label-correcting search over directed edges that maximises the entry
 * speed, from standstill at every node outside the zone, stopping at the perimeter. Along an edge the
 * vehicle accelerates flat out ({@link SpeedTable.after}); through a node it is capped by the bend
 * (corner-cutting radius in the wider of the two corridors; a U-turn on the same segment fits a half circle
 * in the corridor; driving on along a way through a curve drawn with many nodes takes the radius of
 * the whole curve, see {@link curveRadii}). Every node outside the zone is an origin, including dead ends. Braking into the bend is the backward pass:
 * because any lower speed is also reachable (drive slower earlier), the best exit of an edge is
 * min(forward speed, bend cap) and the highest entry speed dominates every lower one, so the speed-bin
 * dimension of the state collapses to its top bin and the search is exact (no binning error).
 *
 * @example
 * const labels = searchThreat(vg, cut, car, allowedEdges(vg, car), blockedNodes(vg, car), SpeedTable.build(car));
 */
export function searchThreat(
  vg: VehicleGraph,
  cut: ZoneCut,
  c: VehicleClass,
  allowed: Uint8Array,
  blocked: Uint8Array,
  table: SpeedTable,
): ThreatLabels {
  const g = vg.graph;
  const m = g.edgeCount;
  const entry = new Float64Array(m).fill(-1);
  const pred = new Int32Array(m).fill(-1);
  const impact = new Float64Array(m).fill(-1);
  const heap = new SpeedHeap(2 * m + 16);
  for (let e = 0; e < m; e++) {
    if (!allowed[e] || cut.inside[vg.source[e] as number]) continue;
    entry[e] = 0;
    heap.push(0, e);
  }
  const { offsets, targets, lengthM } = g;
  const { ux, uy, corridorM, curveR } = vg;
  const grip = c.lateralG * 9.81;
  const reverse = g.reverse;
  let states = 0;
  while (heap.size > 0) {
    const key = heap.topKey();
    const e = heap.pop();
    if (key !== entry[e]) continue; // a stale copy: the edge was improved and pushed again
    states++;
    const v = entry[e];
    const len = lengthM[e] as number;
    const t = cut.crossT[e] as number;
    if (!Number.isNaN(t)) {
      const hit = table.after(v, t * len);
      if (hit > (impact[e] as number)) impact[e] = hit;
      continue;
    }
    const vEnd = table.after(v, len);
    const node = targets[e] as number;
    if (cut.inside[node] || blocked[node]) continue;
    const hx = ux[e] as number;
    const hy = uy[e] as number;
    const we = corridorM[e] as number;
    const curve = curveR[e] as number;
    const along = vg.alongNext[e] as number;
    for (let f = offsets[node] as number; f < (offsets[node + 1] as number); f++) {
      if (!allowed[f]) continue;
      const dot = Math.max(-1, Math.min(1, hx * (ux[f] as number) + hy * (uy[f] as number)));
      const w = Math.max(we, corridorM[f] as number);
      // Turning back on the same segment is a U-turn inside the corridor: a half circle, R = w/2.
      const cap =
        f === reverse[e]
          ? uTurnCap(c, w)
          : f === along && curve === curve
            ? Math.sqrt(grip * curve)
            : bendCap(c, Math.acos(dot), w);
      const vIn = vEnd < cap ? vEnd : cap;
      if (vIn > (entry[f] as number) + EPS) {
        entry[f] = vIn;
        pred[f] = e;
        heap.push(vIn, f);
      }
    }
  }
  return { entry, pred, impact, states };
}

/**
 * A binary max-heap of (speed, edge) on typed arrays; grows by doubling (rarely), stale copies are
 * skipped by the caller. Settling the fastest label first makes later improvements rare.
 */
class SpeedHeap {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  topKey(): number {
    return this.keys[0] as number;
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      const it = new Int32Array(this.size * 2);
      it.set(this.items);
      this.keys = k;
      this.items = it;
    }
    const keys = this.keys;
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) >= key) break;
      keys[i] = keys[p] as number;
      items[i] = items[p] as number;
      i = p;
    }
    keys[i] = key;
    items[i] = item;
  }

  pop(): number {
    const keys = this.keys;
    const items = this.items;
    const top = items[0] as number;
    const n = --this.size;
    const key = keys[n] as number;
    const item = items[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (keys[c + 1] as number) > (keys[c] as number)) c++;
      if ((keys[c] as number) <= key) break;
      keys[i] = keys[c] as number;
      items[i] = items[c] as number;
      i = c;
    }
    keys[i] = key;
    items[i] = item;
    return top;
  }
}
