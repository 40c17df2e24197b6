import type { SpeedTable } from './speed-table.ts';
import { cornerRadius, type TurnRadii } from './turn-radius.ts';
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

/** Where and how fast run-ups may start besides standstill at every node outside the zone. */
export interface SearchStarts {
  /**
   * Rolling start (m/s) at every node outside the zone: the vehicle is already moving there, so it came
   * through the node and is capped by the best bend into each edge (default 0: standstill only).
   */
  readonly startSpeed?: number;
  /**
   * Edges traffic can drive into straight from beyond the data (1 = yes), see `networkEntryEdges`; it
   * may also turn at their source into the other edges there, capped by the corner.
   */
  readonly edgeEntries?: Uint8Array | null;
  /** Speed (m/s) of that traffic (capped by the class top speed). */
  readonly edgeSpeed?: number;
  /**
   * Barrier lines of a protection plan: `gate(edge, speed)` is called where a vehicle enters an edge (the
   * line across its start) and where it leaves one (the line across the start of the reverse edge); it
   * returns the speed (m/s) the vehicle keeps past the line — lower through a chicane — or -1 when the line
   * stops it. Absent: no lines.
   */
  readonly gate?: (edge: number, speedMps: number) => number;
  /**
   * Nodes where a run-up may start from standstill (1 = yes); absent: every node outside the zone.
   * Protection plans start vehicles at rest only on roads (ADR 0403): a vehicle on a footway or in a
   * square came there along a way the search follows.
   */
  readonly standstill?: Uint8Array | null;
}

/** Improvements smaller than this (m/s) are not propagated (termination on speed-gaining loops). */
const EPS = 1e-6;

/**
 * The state search of HVM.md §3: a label-correcting search over directed edges that maximises the entry
 * speed, from standstill at every node outside the zone (or the rolling and network-edge starts of
 * `starts`), stopping at the perimeter. Along an edge the vehicle accelerates flat out
 * ({@link SpeedTable.after}); through a node it is capped by the bend, √(a_lat·g·R) with the turning
 * radius of the transition ({@link turnRadii}: corner cutting in the corridor, curves drawn with many
 * nodes taken over a window of road, a U-turn on the same segment a half circle). Braking into the bend
 * is the backward pass: because any lower speed is also reachable (drive slower earlier), the best exit
 * of an edge is min(forward speed, bend cap) and the highest entry speed dominates every lower one, so
 * the speed-bin dimension of the state collapses to its top bin and the search is exact (no binning
 * error).
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
  starts: SearchStarts = {},
): ThreatLabels {
  const g = vg.graph;
  const m = g.edgeCount;
  const entry = new Float64Array(m).fill(-1);
  const pred = new Int32Array(m).fill(-1);
  const impact = new Float64Array(m).fill(-1);
  const heap = new SpeedHeap(2 * m + 16);
  const { offsets, targets, lengthM } = g;
  const caps = transitionCaps(cut, c, table);
  const { turnOffset } = cut;
  const rolling = Math.min(starts.startSpeed ?? 0, table.vTop);
  const edgeSpeed = Math.min(starts.edgeSpeed ?? 0, table.vTop);
  const edgeEntries = starts.edgeEntries ?? null;
  const standstill = starts.standstill ?? null;
  const grip = c.lateralG * 9.81;
  for (let o = 0; o < g.nodeCount; o++) {
    if (cut.inside[o]) continue;
    for (let f = offsets[o] as number; f < (offsets[o + 1] as number); f++) {
      if (!allowed[f]) continue;
      let v0 = 0;
      if (!blocked[o]) {
        if (edgeEntries !== null)
          for (let f0 = offsets[o] as number; f0 < (offsets[o + 1] as number); f0++) {
            if (!edgeEntries[f0]) continue;
            // Entering along f0's heading, then turning into f at o (no turn when f0 is f).
            const r =
              f0 === f
                ? Infinity
                : cornerRadius(
                    headingTurn(vg, f0, f),
                    Math.max(vg.corridorM[f0] as number, vg.corridorM[f] as number),
                  );
            v0 = Math.max(v0, Math.min(edgeSpeed, Math.sqrt(grip * r)));
          }
        if (rolling > v0) {
          // The best bend into f from any usable edge arriving at o from outside the zone.
          let best = 0;
          for (let x = offsets[o] as number; x < (offsets[o + 1] as number); x++) {
            const e = g.reverse[x] as number;
            if (!allowed[e] || cut.inside[targets[x] as number] || !Number.isNaN(cut.crossT[e])) continue;
            best = Math.max(best, caps[(turnOffset[e] as number) + f - (offsets[o] as number)] as number);
          }
          v0 = Math.max(v0, Math.min(rolling, best));
        }
      }
      if (v0 === 0 && standstill !== null && !standstill[o]) continue;
      const passed = starts.gate ? starts.gate(f, v0) : v0;
      if (passed < 0) continue;
      entry[f] = passed;
      heap.push(passed, f);
    }
  }
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
    let vEnd = table.after(v, len);
    if (starts.gate) {
      vEnd = starts.gate(g.reverse[e] as number, vEnd);
      if (vEnd < 0) continue;
    }
    const node = targets[e] as number;
    if (cut.inside[node] || blocked[node]) continue;
    const first = offsets[node] as number;
    const base = (turnOffset[e] as number) - first;
    for (let f = first; f < (offsets[node + 1] as number); f++) {
      if (!allowed[f]) continue;
      const cap = caps[base + f] as number;
      let vIn = vEnd < cap ? vEnd : cap;
      if (starts.gate) {
        vIn = starts.gate(f, vIn);
        if (vIn < 0) continue;
      }
      if (vIn > (entry[f] as number) + EPS) {
        entry[f] = vIn;
        pred[f] = e;
        heap.push(vIn, f);
      }
    }
  }
  return { entry, pred, impact, states };
}

/** The turn (rad) from the heading of edge a to that of edge b. */
function headingTurn(vg: VehicleGraph, a: number, b: number): number {
  const dot = (vg.ux[a] as number) * (vg.ux[b] as number) + (vg.uy[a] as number) * (vg.uy[b] as number);
  return Math.acos(Math.max(-1, Math.min(1, dot)));
}

/**
 * The speed cap (m/s) of every transition for one class (ADR 0302): the smallest over its windows of
 * max(√(a_lat·g·R), run-up from the widest entry over the part behind, √(a_lat·g·R_exit)). A window binds
 * only a vehicle that drives all of it; one that joins, starts or turns back within it is bounded by its
 * run-up from there, one that turns off within it leaves at no more than that turn allows (what it does
 * on the window then no longer matters downstream).
 *
 * @example
 * const caps = transitionCaps(cut, car, SpeedTable.build(car)); // m/s per transition
 */
export function transitionCaps(turns: TurnRadii, c: VehicleClass, table: SpeedTable): Float64Array {
  const { win, windows } = turns;
  const n = turns.turnR.length;
  const caps = new Float64Array(n);
  const grip = c.lateralG * 9.81;
  for (let k = 0; k < n; k++) {
    let cap = Number.POSITIVE_INFINITY;
    for (let i = win[k] as number; i < (win[k + 1] as number); i++) {
      let v = Math.sqrt(grip * (windows[4 * i] as number));
      if (v >= cap) continue;
      const back = windows[4 * i + 2] as number;
      if (back > 0) v = Math.max(v, table.after(Math.sqrt(grip * (windows[4 * i + 1] as number)), back));
      v = Math.max(v, Math.sqrt(grip * (windows[4 * i + 3] as number)));
      if (v < cap) cap = v;
    }
    caps[k] = cap;
  }
  return caps;
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
