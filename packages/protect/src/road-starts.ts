import type { VehicleGraph, ZoneCut } from '@pactesur/vehicle';

/** Edge classes open to motor traffic, where a vehicle may stand still before a run-up. */
const ROAD_CLASSES = new Set([
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'road',
  'busway',
  'track',
]);

/**
 * The nodes where a protection plan lets a run-up start from standstill: those outside the zone on a way
 * open to motor traffic (ADR 0403). A vehicle on a footway, a pedestrian street or in a square came there
 * along a way the search follows, at the speed it reached; starting it at rest anywhere on a long
 * open-area edge would ask for a product rated for the whole length of the square.
 */
export function roadStandstill(vg: VehicleGraph, cut: ZoneCut, edgeClassOf: (e: number) => string): Uint8Array {
  const g = vg.graph;
  const out = new Uint8Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    if (cut.inside[v]) continue;
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++)
      if (ROAD_CLASSES.has(edgeClassOf(e))) {
        out[v] = 1;
        break;
      }
  }
  return out;
}
