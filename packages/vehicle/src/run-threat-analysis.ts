import type { ClassThreat as StoredClassThreat, ThreatResult } from '@pactesur/contracts';
import { err, ok, type ProgressCallback, type Result } from '@pactesur/geo';
import { siteFrom, type SiteSource } from '@pactesur/site';
import { analyseThreat } from './analyse-threat.ts';
import { classView } from './threat-view.ts';
import type { VehicleClass } from './vehicle-class.ts';
import { parseZones } from './zone.ts';

/** What {@link runThreatAnalysis} assesses: one zone (GeoJSON, checked here), the classes, the spacing. */
export interface ThreatRunInput {
  /** A GeoJSON Polygon, Feature or FeatureCollection in WGS84; its first polygon is the zone. */
  readonly zone: unknown;
  readonly classes: readonly VehicleClass[];
  /** Spacing of the perimeter points (m). */
  readonly spacingM: number;
  /** Re-run each class with varied parameters and give its speeds bands (HVM.md §3). */
  readonly sensitivity: boolean;
}

/** Why a run gave no result; `message` is the reason users see (with the code when it comes from the model). */
export interface ThreatRunError {
  readonly code: string;
  readonly message: string;
}

/** Options of {@link runThreatAnalysis}. */
export interface ThreatRunOptions {
  /**
   * Told how far the run is (0–1) and where: reading the extract and building its model (to 0.15), then
   * each class in turn. A callback that throws stops the run between two searches; the error comes out.
   */
  readonly onProgress?: (fraction: number, message?: string) => void;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const SITE_SHARE = 0.15;

/**
 * The vehicle threat analysis of HVM.md §1–3 of one zone of a site, class by class, in the stored (API)
 * form of `ThreatResult`. Takes the site's extract (bytes) or an extract already read. The entry of the
 * `vehicle.threat` job; refuses a bad zone, an unreadable extract and a zone outside the roads as values.
 *
 * @example
 * const r = await runThreatAnalysis(bytes, { zone: geojson, classes: DEFAULT_VEHICLE_CLASSES, spacingM: 3, sensitivity: false });
 * if (r.ok) r.value.classes[0]?.maxSpeedKmh;
 */
export async function runThreatAnalysis(
  source: SiteSource,
  input: ThreatRunInput,
  options: ThreatRunOptions = {},
): Promise<Result<ThreatResult, ThreatRunError>> {
  const progress = options.onProgress;
  const zones = parseZones(input.zone);
  if (!zones.ok) return err({ code: zones.error.code, message: `${zones.error.message} (${zones.error.code})` });
  const site = await siteFrom(source, { onProgress: progress && ((f: number, phase: string) => progress(0.02 + (SITE_SHARE - 0.02) * f, phase)) });
  if (!site.ok) return err({ code: 'extract-unreadable', message: 'the site extract cannot be read' });
  const classes: StoredClassThreat[] = [];
  let perimeterM = 0;
  let variants: readonly string[] = [];
  const share = (1 - SITE_SHARE) / input.classes.length;
  for (const [i, vehicle] of input.classes.entries()) {
    progress?.(SITE_SHARE + share * i, vehicle.name);
    // Within a class, after each search (the nominal run and every sensitivity variant).
    const onProgress: ProgressCallback | undefined = progress && ((fraction) => progress(SITE_SHARE + share * (i + fraction), vehicle.name));
    const result = analyseThreat(site.model, zones.value, {
      classes: [vehicle],
      spacingM: input.spacingM,
      sensitivity: input.sensitivity,
      ...(onProgress ? { onProgress } : {}),
    });
    if (!result.ok) return err({ code: result.error.code, message: `${result.error.message} (${result.error.code})` });
    const zone = result.value[0];
    const c = zone?.classes[0];
    if (!zone || !c) return err({ code: 'no-result', message: 'the zone gave no result' });
    perimeterM = zone.perimeterM;
    variants = zone.variants ?? variants;
    classes.push(classView(c, vehicle));
  }
  progress?.(1, 'done');
  return ok({ perimeterM: r1(perimeterM), classes, variants: [...variants] });
}
