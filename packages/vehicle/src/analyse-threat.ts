import { err, ok, type ProgressCallback, type Result } from '@pactesur/geo';
import type { SiteModel } from '@pactesur/site';
import { classThreat, perimeterGrid, worstCrossings } from './class-threat.ts';
import { kmh } from './motion.ts';
import { NETWORK_EDGE_MARGIN_M, networkEntryEdges } from './network-edge.ts';
import {
  sensitivityVariants,
  variantClass,
  withBands,
  type SensitivityOptions,
  type VariantRun,
} from './sensitivity.ts';
import { SpeedTable } from './speed-table.ts';
import { searchThreat, type SearchStarts } from './threat-search.ts';
import type { ZoneThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import { vehicleError, type VehicleError } from './vehicle-error.ts';
import { allowedEdges, blockedNodes, compileVehicleGraph, type VehicleGraph } from './vehicle-graph.ts';
import { cutZone, type ZoneCut } from './zone-cut.ts';
import { projectHoles, projectZone, type Zone } from './zone.ts';

/** Options of {@link analyseThreat}. */
export interface ThreatOptions {
  /** Vehicle classes to assess (default: the six of HVM.md §2). */
  readonly classes?: readonly VehicleClass[];
  /** Spacing of the perimeter points in metres (default 3). */
  readonly spacingM?: number;
  /**
   * Rolling start speed (km/h) at every node outside the zone, capped by the class top speed and by the
   * best bend into each edge (default 0: standstill, HVM.md §1).
   */
  readonly startSpeedKmh?: number;
  /**
   * Roads cut by the edge of the extract are origins at traffic speed (default true: a vehicle can enter
   * from the network edge, HVM.md §1, and §6 errs towards higher speed).
   */
  readonly networkEdge?: boolean;
  /** Traffic speed (km/h) entering at the network edge (default 50), capped by the class top speed. */
  readonly edgeSpeedKmh?: number;
  /** How close (m) to the data boundary a dangling end counts as cut by it (default 30). */
  readonly edgeMarginM?: number;
  /**
   * Re-run every class with power ±30 %, grip 0.6–0.9 g (scaled per class) and rolling start 0–50 km/h
   * (HVM.md §3) and add bands to the results; the nominal results do not change (default false).
   */
  readonly sensitivity?: boolean | SensitivityOptions;
  /**
   * Told how far the analysis is after each search (one per zone, class and sensitivity variant), with the
   * fraction of searches done and the phase in words.
   */
  readonly onProgress?: ProgressCallback;
}

/**
 * The vehicle threat analysis of HVM.md §1–3 for each protected zone and each vehicle class: the worst
 * impact speed, energy, angle, run-up and path at every perimeter point, and the entries sorted by
 * speed. Fails with a code when the extract has no roads or a zone lies outside the data.
 *
 * @example
 * const zones = parseZones(geojson);
 * const r = zones.ok ? analyseThreat(site, zones.value) : zones;
 * if (r.ok) r.value[0]?.classes[0]?.maxSpeedKmh;
 */
export function analyseThreat(
  site: Pick<SiteModel, 'graph' | 'barriers' | 'projection'> & Partial<Pick<SiteModel, 'obstacles' | 'clip'>>,
  zones: readonly Zone[],
  options: ThreatOptions = {},
): Result<readonly ZoneThreat[], VehicleError> {
  const g = site.graph;
  if (g.edgeCount === 0)
    return err(vehicleError('no-roads', 'the extract has no road or path a vehicle can use'));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let v = 0; v < g.nodeCount; v++) {
    minX = Math.min(minX, g.x[v] as number);
    maxX = Math.max(maxX, g.x[v] as number);
    minY = Math.min(minY, g.y[v] as number);
    maxY = Math.max(maxY, g.y[v] as number);
  }
  const rings = zones.map((z) => projectZone(z, site.projection));
  for (const [i, ring] of rings.entries()) {
    const disjoint =
      ring.every((p) => p[0] < minX) ||
      ring.every((p) => p[0] > maxX) ||
      ring.every((p) => p[1] < minY) ||
      ring.every((p) => p[1] > maxY);
    if (disjoint)
      return err(
        vehicleError('zone-outside-data', `${zones[i]?.name ?? 'the zone'} lies outside the extract's roads`),
      );
  }
  const classes = options.classes ?? DEFAULT_VEHICLE_CLASSES;
  const vg = compileVehicleGraph(site);
  const spacingM = options.spacingM ?? 3;
  const nominalStart = options.startSpeedKmh ?? 0;
  const starts: SearchStarts = {
    startSpeed: kmh(nominalStart),
    edgeEntries:
      options.networkEdge === false
        ? null
        : networkEntryEdges(g, site.clip ?? null, options.edgeMarginM ?? NETWORK_EDGE_MARGIN_M),
    edgeSpeed: kmh(options.edgeSpeedKmh ?? 50),
  };
  const sensitivity = options.sensitivity;
  const variants =
    sensitivity === undefined || sensitivity === false
      ? []
      : sensitivityVariants(sensitivity === true ? {} : sensitivity, nominalStart);
  const prepared = classes.map((c) => ({ c, allowed: allowedEdges(vg, c), blocked: blockedNodes(vg, c) }));
  const searches = zones.length * classes.length * (1 + variants.length);
  let searched = 0;
  const searchedOne = (c: VehicleClass, variant?: string) => {
    searched++;
    options.onProgress?.(searched / searches, variant ? `${c.id}: ${variant}` : c.id);
  };
  options.onProgress?.(0, 'vehicle graph');
  const out: ZoneThreat[] = zones.map((zone, i) => {
    const cut = cutZone(
      vg,
      rings[i] as NonNullable<(typeof rings)[number]>,
      projectHoles(zone, site.projection),
    );
    const result: ZoneThreat = {
      zone: zone.name,
      perimeterM: cut.perimeterM,
      classes: prepared.map(({ c, allowed, blocked }) => {
        const nominal = classThreat(
          vg,
          cut,
          c,
          searchThreat(vg, cut, c, allowed, blocked, SpeedTable.build(c), starts),
          site.projection,
          spacingM,
        );
        searchedOne(c);
        if (variants.length === 0) return nominal;
        const runs = variants.map((v) => {
          const run = variantRun(
            vg,
            cut,
            variantClass(c, v),
            v.id,
            allowed,
            blocked,
            { ...starts, startSpeed: kmh(v.startSpeedKmh) },
            spacingM,
          );
          searchedOne(c, v.id);
          return run;
        });
        return withBands(nominal, c.massKg, runs, perimeterGrid(cut, spacingM).step);
      }),
    };
    return variants.length === 0 ? result : { ...result, variants: variants.map((v) => v.id) };
  });
  return ok(out);
}

/** One sensitivity re-run: the worst speed per perimeter point and the run's summary (no paths). */
function variantRun(
  vg: VehicleGraph,
  cut: ZoneCut,
  c: VehicleClass,
  id: string,
  allowed: Uint8Array,
  blocked: Uint8Array,
  starts: SearchStarts,
  spacingM: number,
): VariantRun {
  const labels = searchThreat(vg, cut, c, allowed, blocked, SpeedTable.build(c), starts);
  const best = worstCrossings(cut, labels, spacingM);
  const pointKmh = new Float64Array(best.length);
  let top = 0;
  for (let k = 0; k < best.length; k++) {
    const e = best[k] as number;
    const v = e < 0 ? 0 : (labels.impact[e] as number) * 3.6;
    pointKmh[k] = v;
    if (v > top) top = v;
  }
  return {
    pointKmh,
    summary: {
      variant: id,
      powerKw: c.powerKw,
      lateralG: c.lateralG,
      startSpeedKmh: (starts.startSpeed ?? 0) * 3.6,
      maxSpeedKmh: top,
      maxEnergyKJ: (0.5 * c.massKg * (top / 3.6) ** 2) / 1000,
      states: labels.states,
    },
  };
}
