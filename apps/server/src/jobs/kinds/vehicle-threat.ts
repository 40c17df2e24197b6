import type { ClassThreat as ClassThreatView, Polygon, ThreatResult } from '@pactesur/contracts';
import type { LngLat } from '@pactesur/geo';
import { readOsm } from '@pactesur/osm';
import { buildSiteModel } from '@pactesur/site';
import { analyseThreat, parseVehicleClass, parseZones, type ClassThreat, type VehicleClass } from '@pactesur/vehicle';
import { z } from 'zod';
import { defineJobKind, JobCancelledError } from './job-kind.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;
const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
const ll = (p: LngLat): [number, number] => [r7(p[0]), r7(p[1])];

/** An analysis failed for a reason of its input (zone, classes, extract): the message says which. */
export class ThreatInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThreatInputError';
  }
}

/** One class's results in the stored (API) form: rounded, points indexed to their entry. */
export function classView(c: ClassThreat, vehicle: VehicleClass): ClassThreatView {
  const entries = c.entries.map((e) => ({
    speedKmh: r1(e.speedKmh),
    energyKJ: r1(e.energyKJ),
    runUpM: r1(e.runUpM),
    angleDeg: r1(e.angleDeg),
    at: ll(e.at),
    fromM: r1(e.fromM),
    toM: r1(e.toM),
    origin: ll(e.origin),
    path: e.path.map(ll),
    band: bandOf(e),
  }));
  const entryAt = (atM: number): number | null => {
    const i = c.entries.findIndex((e) => e.fromM - 1e-6 <= atM && atM <= e.toM + 1e-6);
    return i < 0 ? null : i;
  };
  return {
    class: c.class,
    name: vehicle.name,
    massKg: vehicle.massKg,
    maxSpeedKmh: r1(c.maxSpeedKmh),
    maxEnergyKJ: r1(c.maxEnergyKJ),
    band: bandOf(c),
    points: c.points.map((p) => ({
      atM: r1(p.atM),
      at: ll(p.at),
      speedKmh: p.hit ? r1(p.hit.speedKmh) : 0,
      energyKJ: p.hit ? r1(p.hit.energyKJ) : 0,
      angleDeg: p.hit ? r1(p.hit.angleDeg) : null,
      entry: p.hit ? entryAt(p.atM) : null,
    })),
    entries,
  };
}

/** The sensitivity band of a class or an entry, when the analysis ran its variants. */
function bandOf(x: object): { lowKmh: number; highKmh: number } | null {
  const band = (x as { band?: { lowKmh?: unknown; highKmh?: unknown } }).band;
  if (!band || typeof band.lowKmh !== 'number' || typeof band.highKmh !== 'number') return null;
  return { lowKmh: r1(band.lowKmh), highKmh: r1(band.highKmh) };
}

const Input = z.strictObject({
  zone: z.unknown(),
  classes: z.array(z.unknown()).min(1).max(12),
  spacingM: z.number().min(2).max(5),
  sensitivity: z.boolean(),
});

/**
 * Runs the vehicle threat analysis of HVM.md §1–3 on an extract (the job's attachment) for one zone,
 * class by class (progress and cancellation between classes). Started by the threat-analysis service only.
 */
export async function runThreatAnalysis(
  bytes: Uint8Array,
  input: { zone: Polygon; classes: readonly VehicleClass[]; spacingM: number; sensitivity: boolean },
  ctx: { progress(fraction: number, message?: string): void; readonly signal?: AbortSignal } = { progress: () => undefined },
): Promise<ThreatResult> {
  const zones = parseZones(input.zone);
  if (!zones.ok) throw new ThreatInputError(`${zones.error.message} (${zones.error.code})`);
  ctx.progress(0.02, 'reading the extract');
  const read = await readOsm(bytes);
  if (!read.ok) throw new ThreatInputError('the site extract cannot be read');
  ctx.progress(0.1, 'building the site model');
  const site = buildSiteModel(read.data, read.diagnostics);
  const classes: ClassThreatView[] = [];
  let perimeterM = 0;
  let variants: readonly string[] = [];
  for (const [i, vehicle] of input.classes.entries()) {
    if (ctx.signal?.aborted) throw new JobCancelledError();
    ctx.progress(0.15 + (0.85 * i) / input.classes.length, `${vehicle.name}`);
    const share = 0.85 / input.classes.length;
    const options = {
      classes: [vehicle],
      spacingM: input.spacingM,
      sensitivity: input.sensitivity,
      // Within a class, after each search (the nominal run and every sensitivity variant).
      onProgress: (fraction: number) => ctx.progress(0.15 + share * (i + fraction), vehicle.name),
    };
    const result = analyseThreat(site, zones.value, options);
    if (!result.ok) throw new ThreatInputError(`${result.error.message} (${result.error.code})`);
    const zone = result.value[0];
    const c = zone?.classes[0];
    if (!zone || !c) throw new ThreatInputError('the zone gave no result');
    perimeterM = zone.perimeterM;
    variants = (zone as { variants?: readonly string[] }).variants ?? variants;
    classes.push(classView(c, vehicle));
  }
  ctx.progress(1, 'done');
  return { perimeterM: r1(perimeterM), classes, variants: [...variants] };
}

/** `vehicle.threat`: a vehicle threat analysis of a site's extract (the attachment). */
export const vehicleThreat = defineJobKind({
  name: 'vehicle.threat',
  internal: true,
  input: Input,
  run: (input, ctx): Promise<ThreatResult> => {
    const classes = input.classes.map((c) => {
      const parsed = parseVehicleClass(c);
      if (!parsed.ok) throw new ThreatInputError(parsed.error.message);
      return parsed.value;
    });
    return runThreatAnalysis(ctx.attachment ?? new Uint8Array(0), { zone: input.zone as Polygon, classes, spacingM: input.spacingM, sensitivity: input.sensitivity }, ctx);
  },
});
