import { MinHeap } from '@pactesur/geo';
import { allowedEdges, type VehicleClass, type VehicleGraph, type ZoneCut } from '@pactesur/vehicle';
import type { EmergencyRoute } from './cut-problem.ts';

/** The fire engine, the widest vehicle a station sends (m). */
export const ENGINE_WIDTH_M = 2.55;

/** Edges a fire engine can take, either way: on a blue-light run a one-way street is taken both ways (ADR 0403). */
export function engineEdges(vg: VehicleGraph): (e: number) => boolean {
  const engine = allowedEdges(vg, { widthM: ENGINE_WIDTH_M } as VehicleClass);
  const reverse = vg.graph.reverse;
  return (e) => engine[e] === 1 || engine[reverse[e] as number] === 1;
}

/**
 * A station's emergency route: the shortest way (in metres) a fire engine drives from the station's node
 * into the zone with no barrier in place, as its directed edges in order (the last one crosses the
 * perimeter), or null when there is none. This is the route the plan keeps open — the one the crews
 * drive and rehearse — rather than any detour that happens to stay open (ADR 0403).
 */
export function emergencyPath(vg: VehicleGraph, cut: ZoneCut, start: number): number[] | null {
  const g = vg.graph;
  const usable = engineEdges(vg);
  if (start < 0 || start >= g.nodeCount || cut.inside[start]) return null;
  const dist = new Float64Array(g.nodeCount).fill(Infinity);
  const via = new Int32Array(g.nodeCount).fill(-1);
  const heap = new MinHeap();
  dist[start] = 0;
  heap.push(0, start);
  let best = Infinity;
  let bestEdge = -1;
  while (heap.size > 0) {
    const d = heap.topKey();
    const v = heap.pop();
    if (d > (dist[v] as number) || d >= best) {
      if (d >= best) break;
      continue;
    }
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
      if (!usable(e)) continue;
      const len = g.lengthM[e] as number;
      if (!Number.isNaN(cut.crossT[e])) {
        const at = d + (cut.crossT[e] as number) * len;
        if (at < best) {
          best = at;
          bestEdge = e;
        }
        continue;
      }
      const w = g.targets[e] as number;
      if (cut.inside[w] || d + len >= (dist[w] as number)) continue;
      dist[w] = d + len;
      via[w] = e;
      heap.push(d + len, w);
    }
  }
  if (bestEdge < 0) return null;
  const path = [bestEdge];
  for (let v = vg.source[bestEdge] as number; v !== start; v = vg.source[via[v] as number] as number) path.unshift(via[v] as number);
  return path;
}

/**
 * One route per station for the programme: its path's lines as a chain of links from the station to the
 * zone, each link open only while no barrier that cannot open (or opens too narrow) stands on its lines.
 * Stations without a path are left out (the verification lists them), and so are paths that cross no line.
 */
export function emergencyRoutes(
  vg: VehicleGraph,
  cut: ZoneCut,
  stations: readonly { readonly name: string; readonly node: number }[],
  linesOn: (e: number) => readonly number[],
): EmergencyRoute[] {
  return stations.flatMap((station) => {
    const path = emergencyPath(vg, cut, station.node);
    if (!path) return [];
    const lined = path.map(linesOn).filter((lines) => lines.length > 0);
    if (lined.length === 0) return [];
    // Nodes: 0 the zone, 1 the station, then one after each link.
    const links = lined.map((lines, i) => ({ a: i + 1, b: i === lined.length - 1 ? 0 : i + 2, lines: [...lines] }));
    return [{ id: station.name, nodes: lined.length + 1, from: 1, to: 0, links }];
  });
}
