import type { TraversableGraph } from '@pactesur/site';
import { turnRadii, type TurnRadii } from './turn-radius.ts';

/**
 * The radius (m) a vehicle can hold when it drives on along the same OSM way at the end of each edge
 * (`curveR[e]`: the transition from `e` into `alongNext[e]`, the next segment of its way); NaN where the
 * transition is straight or `e` has no single continuation along its way. A view of the per-transition
 * radii of {@link turnRadii} (sliding windows of cumulative deflection, ADR 0302), kept for callers that
 * draw curves along ways.
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
  const ux = new Float64Array(m);
  const uy = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const s = source[e] as number;
    const t = g.targets[e] as number;
    const dx = (g.x[t] as number) - (g.x[s] as number);
    const dy = (g.y[t] as number) - (g.y[s] as number);
    const len = Math.hypot(dx, dy);
    ux[e] = len > 0 ? dx / len : 0;
    uy[e] = len > 0 ? dy / len : 0;
  }
  return alongCurves(g, turnRadii(g, source, ux, uy, corridorM));
}

/**
 * The continuation of each edge along its own way (-1 when there is none or several) and the radius of
 * that transition from `turns` (NaN when straight).
 *
 * @example
 * const { alongNext, curveR } = alongCurves(graph, turns);
 */
export function alongCurves(
  g: TraversableGraph,
  turns: TurnRadii,
): { readonly alongNext: Int32Array; readonly curveR: Float64Array } {
  const m = g.edgeCount;
  const { offsets, targets, reverse, wayId } = g;
  const alongNext = new Int32Array(m).fill(-1);
  const curveR = new Float64Array(m).fill(Number.NaN);
  for (let e = 0; e < m; e++) {
    const v = targets[e] as number;
    let found = -1;
    for (let f = offsets[v] as number; f < (offsets[v + 1] as number); f++) {
      if (f === reverse[e] || wayId[f] !== wayId[e]) continue;
      found = found === -1 ? f : -2;
    }
    if (found < 0) continue;
    alongNext[e] = found;
    const r = turns.turnR[(turns.turnOffset[e] as number) + found - (offsets[v] as number)] as number;
    if (Number.isFinite(r)) curveR[e] = r;
  }
  return { alongNext, curveR };
}
