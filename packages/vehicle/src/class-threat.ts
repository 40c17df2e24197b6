import type { XY } from '@pactesur/geo';
import type { LocalProjection } from '@pactesur/geo';
import type { ThreatLabels } from './threat-search.ts';
import type { ClassThreat, PerimeterPoint, ThreatEntry, ThreatHit } from './threat-result.ts';
import type { VehicleClass } from './vehicle-class.ts';
import type { VehicleGraph } from './vehicle-graph.ts';
import type { ZoneCut } from './zone-cut.ts';

/**
 * Turns the labels of one search into perimeter points every ~`spacingM` metres (each takes the worst
 * crossing within its stretch), worst paths rebuilt from the predecessor links, and entries (runs of
 * points reached through the same crossing segment), sorted by speed.
 *
 * @example
 * const r = classThreat(vg, cut, car, labels, site.projection, 3);
 */
export function classThreat(
  vg: VehicleGraph,
  cut: ZoneCut,
  c: VehicleClass,
  labels: ThreatLabels,
  projection: LocalProjection,
  spacingM: number,
): ClassThreat {
  const g = vg.graph;
  const { n, step } = perimeterGrid(cut, spacingM);
  const best = worstCrossings(cut, labels, spacingM);
  const seen = new Int32Array(g.edgeCount).fill(-1);
  const hits = new Map<number, ThreatHit>();
  const hitOf = (e: number): ThreatHit => {
    let h = hits.get(e);
    if (!h) {
      h = buildHit(vg, cut, c, labels, projection, e, seen);
      hits.set(e, h);
    }
    return h;
  };
  const points: PerimeterPoint[] = [];
  for (let k = 0; k < n; k++) {
    const e = best[k] as number;
    points.push({
      atM: k * step,
      at: projection.toLngLat(pointAt(cut, k * step)),
      hit: e < 0 ? null : hitOf(e),
    });
  }
  const entries: ThreatEntry[] = [];
  for (let k = 0; k < n;) {
    const e = best[k] as number;
    if (e < 0) {
      k++;
      continue;
    }
    const key = Math.min(e, g.reverse[e] as number);
    let worst = e;
    let j = k + 1;
    for (; j < n && (best[j] as number) >= 0; j++) {
      const f = best[j] as number;
      if (Math.min(f, g.reverse[f] as number) !== key) break;
      if ((labels.impact[f] as number) > (labels.impact[worst] as number)) worst = f;
    }
    entries.push({ ...hitOf(worst), fromM: k * step, toM: (j - 1) * step });
    k = j;
  }
  entries.sort((a, b) => b.speedKmh - a.speedKmh);
  const top = entries[0];
  return {
    class: c.id,
    maxSpeedKmh: top?.speedKmh ?? 0,
    maxEnergyKJ: top?.energyKJ ?? 0,
    points,
    entries,
    states: labels.states,
  };
}

/**
 * The perimeter points of a zone: `n` points `step` metres apart (about `spacingM`).
 *
 * @example
 * const { n, step } = perimeterGrid(cut, 3);
 */
export function perimeterGrid(cut: ZoneCut, spacingM: number): { readonly n: number; readonly step: number } {
  const n = Math.max(1, Math.ceil(cut.perimeterM / spacingM));
  return { n, step: cut.perimeterM / n };
}

/**
 * Per perimeter point of {@link perimeterGrid}, the crossing edge with the highest impact speed within its
 * stretch (-1: none reached).
 *
 * @example
 * const best = worstCrossings(cut, labels, 3); // labels.impact[best[k]] m/s
 */
export function worstCrossings(cut: ZoneCut, labels: ThreatLabels, spacingM: number): Int32Array {
  const { n, step } = perimeterGrid(cut, spacingM);
  const best = new Int32Array(n).fill(-1);
  for (let e = 0; e < labels.impact.length; e++) {
    const v = labels.impact[e] as number;
    if (!(v > 0)) continue;
    const k = Math.round((cut.crossS[e] as number) / step) % n;
    const cur = best[k] as number;
    if (cur < 0 || v > (labels.impact[cur] as number)) best[k] = e;
  }
  return best;
}

function buildHit(
  vg: VehicleGraph,
  cut: ZoneCut,
  c: VehicleClass,
  labels: ThreatLabels,
  projection: LocalProjection,
  e: number,
  seen: Int32Array,
): ThreatHit {
  const g = vg.graph;
  const edges: number[] = [];
  // Walk the predecessor links back to the origin; a loop that gained speed is cut where it repeats.
  for (let f = e; f >= 0 && seen[f] !== e; f = labels.pred[f] as number) {
    seen[f] = e;
    edges.push(f);
  }
  edges.reverse();
  const t = cut.crossT[e] as number;
  let runUpM = 0;
  const first = edges[0] as number;
  const originNode = vg.source[first] as number;
  const path: XY[] = [[g.x[originNode] as number, g.y[originNode] as number] as unknown as XY];
  for (const f of edges) {
    const w = g.targets[f] as number;
    if (f === e) {
      const s = vg.source[f] as number;
      const x = (g.x[s] as number) + t * ((g.x[w] as number) - (g.x[s] as number));
      const y = (g.y[s] as number) + t * ((g.y[w] as number) - (g.y[s] as number));
      path.push([x, y] as unknown as XY);
      runUpM += t * (g.lengthM[f] as number);
    } else {
      path.push([g.x[w] as number, g.y[w] as number] as unknown as XY);
      runUpM += g.lengthM[f] as number;
    }
  }
  const [a, b] = cut.segments[cut.crossSeg[e] as number] as readonly [XY, XY];
  const rl = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const sin = Math.abs(((vg.ux[e] as number) * (b[1] - a[1]) - (vg.uy[e] as number) * (b[0] - a[0])) / rl);
  const v = labels.impact[e] as number;
  const lngLats = path.map((p) => projection.toLngLat(p));
  return {
    atM: cut.crossS[e] as number,
    at: lngLats[lngLats.length - 1] as (typeof lngLats)[number],
    speedKmh: v * 3.6,
    energyKJ: (0.5 * c.massKg * v * v) / 1000,
    angleDeg: (Math.asin(Math.min(1, sin)) * 180) / Math.PI,
    runUpM,
    path: lngLats,
    origin: lngLats[0] as (typeof lngLats)[number],
    originSpeedKmh: (labels.entry[first] as number) * 3.6,
    edges,
  };
}

function pointAt(cut: ZoneCut, s: number): XY {
  const n = cut.segments.length;
  let i = 0;
  while (i + 1 < n && (cut.cumM[i + 1] as number) <= s) i++;
  const [a, b] = cut.segments[i] as readonly [XY, XY];
  const l = (cut.cumM[i + 1] as number) - (cut.cumM[i] as number);
  const u = l > 0 ? (s - (cut.cumM[i] as number)) / l : 0;
  return [a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1])] as unknown as XY;
}
