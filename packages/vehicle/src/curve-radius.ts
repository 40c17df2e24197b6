import type { TraversableGraph } from '@pactesur/site';

/**
 * The radius (m) a vehicle can hold when it drives on along the same OSM way at the end of each edge
 * (`curveR[e]`: the transition from `e` into `alongNext[e]`, the next segment of its way); NaN where the
 * transition lies on a straight stretch or `e` has no single continuation along its way (those use the
 * corner formula of HVM.md §2 with their own deflection).
 *
 * A curve drawn as many nodes deflects a little at each, and drawing noise adds small wiggles; capping
 * each node alone with the corner-cutting radius of its small deflection would let a vehicle take a
 * hairpin at full speed. So each way is first simplified (Douglas–Peucker) to the corners that stand out
 * by more than half the corridor width — a line within w/2 of the centreline stays inside the corridor —
 * and consecutive corners turning the same way form one curve of total deflection Δ, drawn over S metres
 * from its first to its last corner. Its centreline radius is Rc = S / (Δ − (δ_first + δ_last)/2) (exact
 * for an evenly drawn arc, larger otherwise; 0 for a single corner), its inner edge Ri = max(0, Rc − w/2), and the widest arc that cuts it inside the corridor
 * has R = Ri + w / (1 − cos(Δ/2)) — HVM.md §2's formula when the curve is one sharp corner. w is the
 * widest corridor along the way (errs fast). Curves belong to ways, so a new road elsewhere never changes
 * them (adding an edge never lowers a result).
 *
 * @example
 * const { alongNext, curveR } = curveRadii(graph, source, corridorM); // curveR[e]: metres, or NaN
 */
export function curveRadii(
  g: TraversableGraph,
  source: Uint32Array,
  corridorM: Float32Array,
): { readonly alongNext: Int32Array; readonly curveR: Float64Array } {
  const m = g.edgeCount;
  const { offsets, targets, reverse, wayId } = g;
  const next = new Int32Array(m).fill(-1);
  const hasPrev = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const v = targets[e] as number;
    let found = -1;
    for (let f = offsets[v] as number; f < (offsets[v + 1] as number); f++) {
      if (f === reverse[e] || wayId[f] !== wayId[e]) continue;
      found = found === -1 ? f : -2;
    }
    if (found >= 0) next[e] = found;
  }
  for (let e = 0; e < m; e++) if ((next[e] as number) >= 0) hasPrev[next[e] as number] = 1;
  const out = new Float64Array(m).fill(Number.NaN);
  const seen = new Uint8Array(m);
  const chain: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (let e0 = 0; e0 < m; e0++) {
      // Pass 0 walks every way from its first segment; pass 1 picks up closed ways.
      if (seen[e0] || (pass === 0 && hasPrev[e0])) continue;
      chain.length = 0;
      for (let e = e0; e >= 0 && !seen[e]; e = next[e] as number) {
        seen[e] = 1;
        chain.push(e);
      }
      if (chain.length > 1) curveChain(g, source, corridorM, chain, out);
    }
  }
  return { alongNext: next, curveR: out };
}

/** Fills `out` for the transitions at the inner nodes of one chain of edges along a way. */
function curveChain(
  g: TraversableGraph,
  source: Uint32Array,
  corridorM: Float32Array,
  chain: readonly number[],
  out: Float64Array,
): void {
  const k = chain.length;
  const px = new Float64Array(k + 1);
  const py = new Float64Array(k + 1);
  let width = 0;
  for (let i = 0; i < k; i++) {
    const e = chain[i] as number;
    const s = source[e] as number;
    px[i] = g.x[s] as number;
    py[i] = g.y[s] as number;
    width = Math.max(width, corridorM[e] as number);
  }
  const last = g.targets[chain[k - 1] as number] as number;
  px[k] = g.x[last] as number;
  py[k] = g.y[last] as number;
  const keep = new Uint8Array(k + 1);
  keep[0] = 1;
  keep[k] = 1;
  simplify(px, py, 0, k, width / 2, keep);
  const corners: number[] = [];
  for (let i = 1; i < k; i++) if (keep[i]) corners.push(i);
  const idx = [0, ...corners, k];
  const turnAt = (j: number): number => {
    const a = idx[j - 1] as number;
    const v = idx[j] as number;
    const b = idx[j + 1] as number;
    const x1 = (px[v] as number) - (px[a] as number);
    const y1 = (py[v] as number) - (py[a] as number);
    const x2 = (px[b] as number) - (px[v] as number);
    const y2 = (py[b] as number) - (py[v] as number);
    return Math.atan2(x1 * y2 - y1 * x2, x1 * x2 + y1 * y2);
  };
  for (let j = 1; j + 1 < idx.length;) {
    const sign = Math.sign(turnAt(j));
    let total = 0;
    let s = 0;
    let end = j;
    while (end + 1 < idx.length && Math.sign(turnAt(end)) === sign) {
      total += Math.abs(turnAt(end));
      if (end > j) {
        const a = idx[end - 1] as number;
        const b = idx[end] as number;
        s += Math.hypot((px[b] as number) - (px[a] as number), (py[b] as number) - (py[a] as number));
      }
      end++;
    }
    if (total > 1e-9) {
      // Heading change between the first and the last corner: the end corners count half.
      const inner = total - (Math.abs(turnAt(j)) + Math.abs(turnAt(end - 1))) / 2;
      const rc = end - j > 1 && inner > 1e-9 ? s / inner : 0;
      const r = Math.max(0, rc - width / 2) + width / (1 - Math.cos(Math.min(total, Math.PI) / 2));
      // Every node from the first to the last corner of the curve turns on this radius.
      for (let i = idx[j] as number; i <= (idx[end - 1] as number); i++) out[chain[i - 1] as number] = r;
    }
    j = end;
  }
}

/** Douglas–Peucker: marks in `keep` the points of (i, j) farther than `tol` from the simplified line. */
function simplify(
  px: Float64Array,
  py: Float64Array,
  i: number,
  j: number,
  tol: number,
  keep: Uint8Array,
): void {
  if (j - i < 2) return;
  const ax = px[i] as number;
  const ay = py[i] as number;
  const dx = (px[j] as number) - ax;
  const dy = (py[j] as number) - ay;
  const len = Math.hypot(dx, dy);
  let best = -1;
  let far = tol;
  for (let k = i + 1; k < j; k++) {
    const qx = (px[k] as number) - ax;
    const qy = (py[k] as number) - ay;
    const d = len > 0 ? Math.abs(qx * dy - qy * dx) / len : Math.hypot(qx, qy);
    if (d > far) {
      far = d;
      best = k;
    }
  }
  if (best < 0) return;
  keep[best] = 1;
  simplify(px, py, i, best, tol, keep);
  simplify(px, py, best, j, tol, keep);
}
