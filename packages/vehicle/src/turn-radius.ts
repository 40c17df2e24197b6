import type { TraversableGraph } from '@pactesur/site';

/**
 * The turning radii of every transition e → f (driving edge `e`, then edge `f` out of its target node),
 * for the bend caps of HVM.md §2 (ADR 0302). Transition e → f is number
 * `k = turnOffset[e] + (f − offsets[targets[e]])`.
 *
 * A window of road around the node bounds the speed there only for a vehicle that drives all of it, so
 * each window also records how a vehicle could escape it: start, turn back or join from a side road
 * within its part behind the node (`entryR`: the widest bend radius of such an entry; `backM`: how far
 * behind the window starts), or turn off or back within its part ahead (`exitR`). Each transition keeps
 * the windows no other window beats on all four numbers, `windows[win[k]]` to `windows[win[k + 1]]`, four
 * numbers each: R, entryR, backM, exitR. The cap of a class is the smallest over them of
 * max(√(a·R), run-up from √(a·entryR) over backM, √(a·exitR)) — see `transitionCaps`.
 */
export interface TurnRadii {
  /** Start of each edge's transitions (length edgeCount + 1). */
  readonly turnOffset: Uint32Array;
  /** The smallest window radius (m) of each transition; Infinity when straight; w/2 for a U-turn. */
  readonly turnR: Float64Array;
  /** Start of each transition's windows in `windows` (in windows, not numbers; length transitions + 1). */
  readonly win: Uint32Array;
  /** Four numbers per window: radius, entry radius, metres behind, exit radius. */
  readonly windows: Float32Array;
}

/** Windows reach at most this far (m) along the road on each side of the node… */
export const TURN_WINDOW_M = 150;
/** …and over at most this many vertices on each side. */
const MAX_VERTICES = 40;
/** How far (rad) the turn ahead may run past the balance before the window search gives up. */
const OVERSHOOT_RAD = 0.35;

/**
 * Per-transition turning radii over sliding windows of cumulative deflection (ADR 0302).
 *
 * A road drawn as many short segments, or as several short OSM ways joined end to end, deflects a little
 * at each node; capping each node alone with the corner-cutting radius R = w/(1 − cos(δ/2)) of its small
 * deflection lets a vehicle take a hairpin at full speed. So each transition also looks at windows of
 * road around its node: runs of consecutive vertices along the road through it (on through nodes with
 * two segments whatever the OSM ways, and through junctions along the same way), with net turn Θ over S
 * metres from the first to the last vertex. A window's cut arc (ADR 0301 §4) is
 * R = max(0, Rc − w/2) + w/(1 − cos(Θ/2)), Rc = S/(Θ − (δ_first + δ_last)/2), w the widest corridor of
 * the window; the node alone is HVM.md §2's corner formula.
 *
 * A window bounds the speed at the middle of its turning (the apex of the cut arc), not elsewhere: a
 * hairpin 100 m back does not bound the speed here. So a window counts only at the node holding the
 * midpoint of its cumulative deflection (|before − after| ≤ |δ_node|). Spanning a straight only makes
 * a window wider (S grows, Θ does not), and a missing window only errs fast.
 *
 * Other roads at a junction never change where windows go, only the escapes (entries and exits), which
 * only grow: so adding a road never lowers a cap. Windows stop at `stopNode` / `stopEdge` (the protected
 * zone: a vehicle hitting the perimeter mid-curve need not finish it, and never came through the zone).
 *
 * @example
 * const t = turnRadii(graph, source, ux, uy, corridorM);
 * t.turnR[t.turnOffset[e] + (f - graph.offsets[graph.targets[e]])]; // metres
 */
export function turnRadii(
  g: TraversableGraph,
  source: Uint32Array,
  ux: Float64Array,
  uy: Float64Array,
  corridorM: Float32Array,
): TurnRadii {
  const m = g.edgeCount;
  const turnOffset = new Uint32Array(m + 1);
  for (let e = 0; e < m; e++) {
    const v = g.targets[e] as number;
    turnOffset[e + 1] = (turnOffset[e] as number) + (g.offsets[v + 1] as number) - (g.offsets[v] as number);
  }
  const n = turnOffset[m] as number;
  const fronts = new FrontStore(n, null);
  const w = new WindowWalker(g, source, ux, uy, corridorM, null, null);
  for (let v = 0; v < g.nodeCount; v++) w.fillNode(v, fronts, false);
  return { turnOffset, ...fronts.pack() };
}

/**
 * Collects the window fronts of transitions in any order, then packs them in transition order; a
 * transition never given keeps its front from `base`.
 */
class FrontStore {
  private data = new Float32Array(1 << 16);
  private count = 0;
  private readonly at: Int32Array;
  private readonly len: Uint16Array;
  readonly turnR: Float64Array;

  constructor(
    private readonly n: number,
    private readonly base: TurnRadii | null,
  ) {
    this.at = new Int32Array(n).fill(-1);
    this.len = new Uint16Array(n);
    this.turnR = base ? base.turnR.slice() : new Float64Array(n);
  }

  set(k: number, front: Front): void {
    if (4 * (this.count + front.n) > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, 4 * (this.count + front.n)));
      grown.set(this.data);
      this.data = grown;
    }
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < front.n; i++) {
      const x = front.get(i);
      const o = 4 * (this.count + i);
      this.data[o] = x[0] as number;
      this.data[o + 1] = x[1] as number;
      this.data[o + 2] = x[2] as number;
      this.data[o + 3] = x[3] as number;
      min = Math.min(min, x[0] as number);
    }
    this.at[k] = this.count;
    this.len[k] = front.n;
    this.count += front.n;
    this.turnR[k] = min;
  }

  pack(): Pick<TurnRadii, 'turnR' | 'win' | 'windows'> {
    const { n, base } = this;
    const win = new Uint32Array(n + 1);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total +=
        (this.at[k] as number) >= 0 || !base
          ? (this.len[k] as number)
          : (base.win[k + 1] as number) - (base.win[k] as number);
      win[k + 1] = total;
    }
    const windows = new Float32Array(4 * total);
    for (let k = 0; k < n; k++) {
      const own = (this.at[k] as number) >= 0;
      const src = own || !base ? this.data : base.windows;
      const from = own || !base ? 4 * (this.at[k] as number) : 4 * (base.win[k] as number);
      const to = 4 * (win[k] as number);
      const len = 4 * ((win[k + 1] as number) - (win[k] as number));
      for (let i = 0; i < len; i++) windows[to + i] = src[from + i] as number;
    }
    return { turnR: this.turnR, win, windows };
  }
}

/**
 * A copy of `base` where the transitions at `nodes` are recomputed with windows that stop at `stopNode`
 * (nodes inside a zone) and `stopEdge` (edges meeting its perimeter).
 *
 * @example
 * const masked = maskTurnRadii(graph, source, ux, uy, corridorM, base, inside, touches, nearNodes);
 */
export function maskTurnRadii(
  g: TraversableGraph,
  source: Uint32Array,
  ux: Float64Array,
  uy: Float64Array,
  corridorM: Float32Array,
  base: TurnRadii,
  stopNode: Uint8Array,
  stopEdge: Uint8Array,
  nodes: Iterable<number>,
): TurnRadii {
  const fronts = new FrontStore(base.turnR.length, base);
  const w = new WindowWalker(g, source, ux, uy, corridorM, stopNode, stopEdge);
  for (const v of nodes) w.fillNode(v, fronts, true);
  return { turnOffset: base.turnOffset, ...fronts.pack() };
}

/** The corner-cutting radius R = w / (1 − cos(Θ/2)) of HVM.md §2; Infinity for no turn. */
export function cornerRadius(thetaRad: number, widthM: number): number {
  const k = 1 - Math.cos(Math.min(Math.abs(thetaRad), Math.PI) / 2);
  return k < 1e-12 ? Number.POSITIVE_INFINITY : widthM / k;
}

/**
 * The cut arc of a curve turning `theta` (rad, net) over `s` metres between its first and last vertex,
 * whose end vertices turn `first` and `last` (signed like `theta`), in a corridor `w` wide (ADR 0301 §4).
 * Infinity when the end vertices carry all the turn (no curve to fit between them).
 *
 * @example
 * arcRadius(Math.PI / 2, 47, Math.PI / 36, Math.PI / 36, 7); // ≈ 52 m
 */
export function arcRadius(theta: number, s: number, first: number, last: number, w: number): number {
  const sign = theta < 0 ? -1 : 1;
  const total = Math.abs(theta);
  const inner = total - (sign * (first + last)) / 2;
  if (inner <= 1e-9) return Number.POSITIVE_INFINITY;
  return Math.max(0, s / inner - w / 2) + cornerRadius(total, w);
}

/** Signed deflection (rad, left positive) from the heading of edge a to that of edge b. */
function deflection(ux: Float64Array, uy: Float64Array, a: number, b: number): number {
  const ax = ux[a] as number;
  const ay = uy[a] as number;
  const bx = ux[b] as number;
  const by = uy[b] as number;
  return Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
}

/**
 * The windows of one transition that no other beats on all of radius, entry radius, metres behind and
 * exit radius (smaller is tighter on each): a handful, kept in place.
 */
class Front {
  private readonly items: Float32Array[] = [];
  n = 0;

  reset(): void {
    this.n = 0;
  }

  get(i: number): Float32Array {
    return this.items[i] as Float32Array;
  }

  r(i: number): number {
    return (this.items[i] as Float32Array)[0] as number;
  }

  add(r: number, entryR: number, backM: number, exitR: number): void {
    for (let i = 0; i < this.n; i++) {
      const x = this.items[i] as Float32Array;
      if (
        (x[0] as number) <= r &&
        (x[1] as number) <= entryR &&
        (x[2] as number) <= backM &&
        (x[3] as number) <= exitR
      )
        return;
    }
    let j = 0;
    for (let i = 0; i < this.n; i++) {
      const x = this.items[i] as Float32Array;
      const beaten =
        r <= (x[0] as number) &&
        entryR <= (x[1] as number) &&
        backM <= (x[2] as number) &&
        exitR <= (x[3] as number);
      if (!beaten) {
        this.items[i] = this.items[j] as Float32Array;
        this.items[j++] = x;
      }
    }
    this.n = j;
    if (this.n === this.items.length) this.items.push(new Float32Array(4));
    const slot = this.items[this.n++] as Float32Array;
    slot[0] = r;
    slot[1] = entryR;
    slot[2] = backM;
    slot[3] = exitR;
  }
}

/** One side of a window walk: per vertex its deflection, distance, widest corridor and escape radius. */
class Side {
  readonly turn = new Float64Array(MAX_VERTICES + 1);
  readonly dist = new Float64Array(MAX_VERTICES + 1);
  readonly width = new Float64Array(MAX_VERTICES + 1);
  readonly escape = new Float64Array(MAX_VERTICES + 1);
  /** The widest escape radius up to and including each vertex (a U-turn anywhere: w/2). */
  readonly worst = new Float64Array(MAX_VERTICES + 1);
  n = 0;

  /** Whether the walk ended at the zone (with a mask, only those transitions need recomputing). */
  stopped = false;

  /** Fills `worst`, from the U-turn of the transition's own corridor `w0` on. */
  accumulate(w0: number): void {
    let r = w0 / 2;
    this.worst[0] = 0;
    for (let i = 1; i <= this.n; i++) {
      r = Math.max(r, (this.width[i] as number) / 2, this.escape[i] as number);
      this.worst[i] = r;
    }
  }
}

/** Walks the road around a node and keeps the smallest window radius per bucket; reuses its buffers. */
class WindowWalker {
  private readonly back = new Side();
  private readonly aheads: Side[] = [];
  private readonly front = new Front();
  /** First transition number of each edge (as `turnOffset`). */
  private readonly offsetOf: Uint32Array;

  constructor(
    private readonly g: TraversableGraph,
    private readonly source: Uint32Array,
    private readonly ux: Float64Array,
    private readonly uy: Float64Array,
    private readonly corridorM: Float32Array,
    private readonly stopNode: Uint8Array | null,
    private readonly stopEdge: Uint8Array | null,
  ) {
    const m = g.edgeCount;
    this.offsetOf = new Uint32Array(m);
    let k = 0;
    for (let e = 0; e < m; e++) {
      this.offsetOf[e] = k;
      const v = g.targets[e] as number;
      k += (g.offsets[v + 1] as number) - (g.offsets[v] as number);
    }
  }

  /**
   * The edge leaving `node` that continues `arriving`: the other segment where the node has two, else
   * the one segment of the same OSM way (-1: none, or several).
   */
  private continuation(node: number, arriving: number): number {
    const { offsets, reverse, wayId } = this.g;
    const a = offsets[node] as number;
    const b = offsets[node + 1] as number;
    const back = reverse[arriving] as number;
    if (b - a === 2) return a === back ? a + 1 : a + 1 === back ? a : -1;
    let found = -1;
    for (let f = a; f < b; f++) {
      if (f === back || wayId[f] !== wayId[arriving]) continue;
      if (found >= 0) return -1;
      found = f;
    }
    return found;
  }

  private stoppedEdge(x: number): boolean {
    return this.stopEdge !== null && this.stopEdge[x] === 1;
  }

  private stoppedNode(v: number): boolean {
    return this.stopNode !== null && this.stopNode[v] === 1;
  }

  /**
   * Computes the window front of every transition through node `v` (each edge arriving, each edge
   * leaving) into `fronts`. With `onlyStopped`, only transitions whose road around the node meets the
   * zone are computed (the others keep their front).
   */
  fillNode(v: number, fronts: FrontStore, onlyStopped: boolean): void {
    const g = this.g;
    const first = g.offsets[v] as number;
    const deg = (g.offsets[v + 1] as number) - first;
    while (this.aheads.length < deg) this.aheads.push(new Side());
    for (let i = 0; i < deg; i++) this.walkAhead(first + i, this.aheads[i] as Side);
    for (let x = first; x < first + deg; x++) {
      const e = g.reverse[x] as number;
      this.walkBack(e);
      const base = this.offsetOf[e] as number;
      for (let i = 0; i < deg; i++) {
        const f = first + i;
        const ahead = this.aheads[i] as Side;
        if (onlyStopped && !this.back.stopped && !ahead.stopped) continue;
        const w0 = Math.max(this.corridorM[e] as number, this.corridorM[f] as number);
        this.front.reset();
        // A U-turn on the same segment: a half circle in the corridor.
        if (f === x) this.front.add(w0 / 2, 0, 0, 0);
        else this.windows(deflection(this.ux, this.uy, e, f), w0, ahead);
        fronts.set(base + i, this.front);
      }
    }
  }

  /** Vertices behind the target of `e` (the sources of e, its predecessor, …). */
  private walkBack(e: number): void {
    const g = this.g;
    const s = this.back;
    s.n = 0;
    let x = e;
    let dist = 0;
    let w = this.corridorM[e] as number;
    let cum = 0;
    s.width[0] = w;
    s.stopped = false;
    for (;;) {
      dist += g.lengthM[x] as number;
      const u = this.source[x] as number;
      if (s.n >= MAX_VERTICES || dist > TURN_WINDOW_M) break;
      if (this.stoppedNode(u)) {
        s.stopped = true;
        break;
      }
      // The edge driven into u continues the road backwards: the reverse of u's continuation of reverse(x).
      const c = this.continuation(u, g.reverse[x] as number);
      if (c < 0) break;
      const p = g.reverse[c] as number;
      if (this.stoppedEdge(p)) {
        s.stopped = true;
        break;
      }
      const d = deflection(this.ux, this.uy, p, x);
      cum += d;
      if (Math.abs(cum) > Math.PI * 1.05) break;
      // Vehicles joining here from another road turn into x with at most the corner radius of their bend.
      let escape = 0;
      for (let y = g.offsets[u] as number; y < (g.offsets[u + 1] as number); y++) {
        const q = g.reverse[y] as number;
        if (q === p || y === x) continue;
        const r = cornerRadius(deflection(this.ux, this.uy, q, x), Math.max(this.corridorM[q] as number, w));
        if (r > escape) escape = r;
      }
      s.n++;
      w = Math.max(w, this.corridorM[p] as number);
      s.turn[s.n] = d;
      s.dist[s.n] = dist;
      s.width[s.n] = w;
      s.escape[s.n] = escape;
      x = p;
    }
  }

  /** Vertices ahead of the source of `f` (the targets of f, its successor, …). */
  private walkAhead(f: number, s: Side): void {
    const g = this.g;
    s.n = 0;
    let y = f;
    let dist = 0;
    let w = this.corridorM[f] as number;
    let cum = 0;
    s.width[0] = w;
    s.stopped = false;
    for (;;) {
      if (this.stoppedEdge(y) || this.stoppedNode(this.g.targets[y] as number)) {
        s.stopped = true;
        break;
      }
      dist += g.lengthM[y] as number;
      const t = g.targets[y] as number;
      if (s.n >= MAX_VERTICES || dist > TURN_WINDOW_M) break;
      const next = this.continuation(t, y);
      if (next < 0) break;
      const d = deflection(this.ux, this.uy, y, next);
      cum += d;
      if (Math.abs(cum) > Math.PI * 1.05) break;
      // Vehicles turning off here bend with at most the corner radius of their turn.
      let escape = 0;
      for (let z = g.offsets[t] as number; z < (g.offsets[t + 1] as number); z++) {
        if (z === next || z === g.reverse[y]) continue;
        const r = cornerRadius(deflection(this.ux, this.uy, y, z), Math.max(this.corridorM[z] as number, w));
        if (r > escape) escape = r;
      }
      s.n++;
      w = Math.max(w, this.corridorM[next] as number);
      s.turn[s.n] = d;
      s.dist[s.n] = dist;
      s.width[s.n] = w;
      s.escape[s.n] = escape;
      y = next;
    }
  }

  private windows(dv: number, w0: number, a: Side): void {
    const b = this.back;
    b.accumulate(w0);
    a.accumulate(w0);
    this.front.add(cornerRadius(dv, w0), 0, 0, 0);
    const tol = Math.abs(dv) + 1e-12;
    let before = 0;
    for (let i = 0; i <= b.n; i++) {
      if (i > 0) before += b.turn[i] as number;
      let after = 0;
      for (let j = 0; j <= a.n; j++) {
        if (j > 0) after += a.turn[j] as number;
        // Ahead already turns well past the balance: later vertices rarely balance again (missing a
        // window only errs fast).
        if (Math.abs(after) > Math.abs(before) + tol + OVERSHOOT_RAD) break;
        if ((i === 0 && j === 0) || Math.abs(before - after) > tol) continue;
        const r = arcRadius(
          before + dv + after,
          (i > 0 ? (b.dist[i] as number) : 0) + (j > 0 ? (a.dist[j] as number) : 0),
          i > 0 ? (b.turn[i] as number) : dv,
          j > 0 ? (a.turn[j] as number) : dv,
          Math.max(w0, b.width[i] as number, a.width[j] as number),
        );
        if (Number.isFinite(r))
          this.front.add(r, b.worst[i] as number, i > 0 ? (b.dist[i] as number) : 0, a.worst[j] as number);
      }
    }
  }
}
