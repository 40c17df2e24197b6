import { SegmentIndex, type XY } from '@pactesur/geo';
import type { Barrier } from './barrier.ts';
import { EdgeFlag } from './edge-flags.ts';
import type { TraversableGraph } from './traversable-graph.ts';

/** Counts of what {@link attachBarriers} linked. */
export interface BarrierLinks {
  readonly nodesWithBarrier: number;
  readonly edgesCrossingBarrier: number;
}

/**
 * Links barriers to the graph: a barrier node on the network sets `nodeBarrier`; an edge that crosses a
 * barrier line (wall, fence, bollard row …) gets `edgeBarrier` and the `CROSSES_BARRIER` flag, in both
 * directions.
 *
 * @example
 * const links = attachBarriers(graph, barriers);
 */
export function attachBarriers(graph: TraversableGraph, barriers: readonly Barrier[]): BarrierLinks {
  const byOsmNode = new Map<number, number>();
  const lines: [number, number, number, number, number][] = [];
  barriers.forEach((b, i) => {
    if (b.source.type === 'node') byOsmNode.set(b.source.id, i);
    else
      for (let k = 0; k + 1 < b.xy.length; k++) {
        const p = b.xy[k] as XY;
        const q = b.xy[k + 1] as XY;
        lines.push([p[0], p[1], q[0], q[1], i]);
      }
  });
  let nodesWithBarrier = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const i = byOsmNode.get(graph.osmNodeId[v] as number);
    if (i !== undefined) {
      graph.nodeBarrier[v] = i;
      nodesWithBarrier++;
    }
  }
  let edgesCrossingBarrier = 0;
  if (lines.length === 0) return { nodesWithBarrier, edgesCrossingBarrier };
  const index = SegmentIndex.build(lines);
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.targets[e] as number;
      if (w < v) continue;
      const hit = index.firstCrossing(
        graph.x[v] as number,
        graph.y[v] as number,
        graph.x[w] as number,
        graph.y[w] as number,
      );
      if (hit < 0) continue;
      const r = graph.reverse[e] as number;
      graph.edgeBarrier[e] = hit;
      graph.edgeBarrier[r] = hit;
      graph.flags[e] = (graph.flags[e] as number) | EdgeFlag.CROSSES_BARRIER;
      graph.flags[r] = (graph.flags[r] as number) | EdgeFlag.CROSSES_BARRIER;
      edgesCrossingBarrier += 2;
    }
  }
  return { nodesWithBarrier, edgesCrossingBarrier };
}
