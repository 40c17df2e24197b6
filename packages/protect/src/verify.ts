import type { LngLat, ProgressCallback } from '@pactesur/geo';
import { allowedEdges, blockedNodes, networkEntryEdges, searchThreat, SpeedTable, type VehicleClass, type VehicleGraph, type ZoneCut } from '@pactesur/vehicle';
import { emergencyPath } from './emergency-routes.ts';
import { passSpeed, type PlanOption } from './plan-options.ts';
import type { Site } from './plan.ts';

/** The plan's lines by directed edge: across its start, and (edges into the zone) on the perimeter. */
export interface ChosenLines {
  readonly atStart: ReadonlyMap<number, PlanOption>;
  readonly atPerimeter: ReadonlyMap<number, PlanOption>;
}

/** The independent check of a plan: the vehicle analysis run again with the plan's lines in place. */
export interface Verification {
  readonly passed: boolean;
  /** Perimeter crossings some design-basis class still reaches, summed over classes. */
  readonly unstoppedApproaches: number;
  readonly unstopped: readonly { readonly class: string; readonly at: LngLat; readonly speedKmh: number }[];
  readonly emergencyRoutesOpen: boolean;
  readonly stationsChecked: number;
  readonly pedestrianLinesPermeable: boolean;
  /** Stations a fire engine cannot get from to the zone even without any barrier (not the plan's doing). */
  readonly stationsWithoutRoute: readonly string[];
  /** Σ over perimeter crossings of the highest kinetic energy (kJ) a design-basis class still brings there. */
  readonly residualKJ: number;
}

/**
 * Puts the plan back into the vehicle analysis: every class searched again with the plan's lines as gates
 * (a rated product stops a class at or under its tested speed and mass, a speed reduction caps it), over
 * the whole graph and from every start; and each station's emergency route (the fire engine's shortest
 * way into the zone) checked through lines that open wide enough.
 */
export function verify(
  vg: VehicleGraph,
  cut: ZoneCut,
  site: Site,
  classes: readonly VehicleClass[],
  chosen: ChosenLines,
  stations: readonly { name: string; node: number }[],
  standstill: Uint8Array | null = null,
  onProgress?: ProgressCallback,
): Verification {
  const g = vg.graph;
  const entries = networkEntryEdges(g, site.clip ?? null, 30);
  const unstopped: { class: string; at: LngLat; speedKmh: number }[] = [];
  const energy = new Float64Array(g.edgeCount);
  for (const [i, c] of classes.entries()) {
    // Lines on the perimeter are checked at the impact speed below; the others where a vehicle crosses them.
    const gate = (edge: number, v: number) => {
      const o = chosen.atStart.get(edge);
      if (!o) return v;
      const kmh = passSpeed(o, c.massKg, v * 3.6);
      return kmh < 0 ? -1 : kmh / 3.6;
    };
    const labels = searchThreat(vg, cut, c, allowedEdges(vg, c), blockedNodes(vg, c), SpeedTable.build(c), { edgeEntries: entries, edgeSpeed: 50 / 3.6, gate, standstill });
    for (let e = 0; e < g.edgeCount; e++) {
      const v = labels.impact[e] as number;
      if (v < 0) continue;
      const atPerimeter = chosen.atPerimeter.get(e);
      if (atPerimeter && passSpeed(atPerimeter, c.massKg, v * 3.6) < 0) continue;
      energy[e] = Math.max(energy[e] as number, (0.5 * c.massKg * v * v) / 1000);
      const s = vg.source[e] as number;
      const t = (cut.crossT[e] as number) * (g.lengthM[e] as number);
      const at = site.projection.toLngLat([(g.x[s] as number) + (vg.ux[e] as number) * t, (g.y[s] as number) + (vg.uy[e] as number) * t] as never);
      unstopped.push({ class: c.id, at, speedKmh: Math.round(v * 36) / 10 });
    }
    onProgress?.((i + 1) / (classes.length + 1), c.id);
  }
  // Each station's emergency route — its shortest way in with no barrier — must pass every line on it.
  const throughPlan = (e: number) => {
    for (const o of [chosen.atStart.get(e), chosen.atPerimeter.get(e), chosen.atStart.get(g.reverse[e] as number)])
      if (o && !o.option.emergencyPassable) return false;
    return true;
  };
  const paths = stations.map((s) => ({ station: s, path: emergencyPath(vg, cut, s.node) }));
  const routed = paths.filter((p) => p.path !== null);
  const emergencyRoutesOpen = routed.every((p) => (p.path ?? []).every(throughPlan));
  const pedestrianLinesPermeable = [...chosen.atStart.values(), ...chosen.atPerimeter.values()].every((o) => o.option.permeable);
  onProgress?.(1, 'emergency routes');
  return {
    passed: unstopped.length === 0 && emergencyRoutesOpen && pedestrianLinesPermeable,
    unstoppedApproaches: unstopped.length,
    unstopped: unstopped.slice(0, 50),
    emergencyRoutesOpen,
    stationsChecked: routed.length,
    pedestrianLinesPermeable,
    stationsWithoutRoute: paths.filter((p) => p.path === null).map((p) => p.station.name),
    residualKJ: Math.round(energy.reduce((a, b) => a + b, 0)),
  };
}
