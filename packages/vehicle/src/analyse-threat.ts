import { err, ok, type Result } from '@pactesur/geo';
import type { SiteModel } from '@pactesur/site';
import { classThreat } from './class-threat.ts';
import { SpeedTable } from './speed-table.ts';
import { searchThreat } from './threat-search.ts';
import type { ZoneThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import { vehicleError, type VehicleError } from './vehicle-error.ts';
import { allowedEdges, blockedNodes, compileVehicleGraph } from './vehicle-graph.ts';
import { cutZone } from './zone-cut.ts';
import { projectZone, type Zone } from './zone.ts';

/** Options of {@link analyseThreat}. */
export interface ThreatOptions {
  /** Vehicle classes to assess (default: the six of HVM.md §2). */
  readonly classes?: readonly VehicleClass[];
  /** Spacing of the perimeter points in metres (default 3). */
  readonly spacingM?: number;
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
  site: Pick<SiteModel, 'graph' | 'barriers' | 'projection'> & Partial<Pick<SiteModel, 'obstacles'>>,
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
  const prepared = classes.map((c) => ({
    c,
    allowed: allowedEdges(vg, c),
    blocked: blockedNodes(vg, c),
    table: SpeedTable.build(c),
  }));
  const out: ZoneThreat[] = rings.map((ring, i) => {
    const cut = cutZone(vg, ring);
    return {
      zone: zones[i]?.name ?? `zone ${i + 1}`,
      perimeterM: cut.perimeterM,
      classes: prepared.map(({ c, allowed, blocked, table }) =>
        classThreat(
          vg,
          cut,
          c,
          searchThreat(vg, cut, c, allowed, blocked, table),
          site.projection,
          options.spacingM ?? 3,
        ),
      ),
    };
  });
  return ok(out);
}
