import { LockInput, StationInput, type PlanResult } from '@pactesur/contracts';
import { DEFAULT_CATALOGUE, parseCatalogue } from '@pactesur/barriers';
import { lngLat } from '@pactesur/geo';
import { readOsm } from '@pactesur/osm';
import { planProtection, stationsFromOsm, type PlanOptions } from '@pactesur/protect';
import { highsSolver } from '@pactesur/protect/node';
import { buildSiteModel } from '@pactesur/site';
import { parseVehicleClass, parseZones, type VehicleClass } from '@pactesur/vehicle';
import { z } from 'zod';
import { defineJobKind, JobCancelledError } from './job-kind.ts';
import { planResultOf } from './plan-result.ts';

/** The solver's time limit for one plan (s): the best plan found by then is returned, with its gap. */
export const PLAN_TIME_LIMIT_S = 60;

/** A plan failed for a reason of its input (zone, classes, catalogue, extract): the message says which. */
export class PlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanInputError';
  }
}

const LonLatInput = z.tuple([z.number(), z.number()]);

const Input = z.strictObject({
  zone: z.unknown(),
  /** Whole class definitions, as the service resolved them. */
  classes: z.array(z.unknown()).min(1).max(12),
  /** The organisation's own catalogue as given (checked again here), or null for the planning defaults. */
  catalogue: z.array(z.unknown()).nullable(),
  osmStations: z.boolean(),
  stations: z.array(StationInput),
  locked: z.array(LockInput),
  forbidden: z.array(LonLatInput),
  budgetEur: z.number().nullable(),
});
export type ProtectPlanInput = z.infer<typeof Input>;

/**
 * Plans the protection of HVM.md §5 on an extract (the job's attachment) for one zone: the site model,
 * the stations (from the extract and the user's), then the cheapest verified plan solved with HiGHS. The
 * solve blocks its thread: the job system runs it in a worker thread (or a `pactesur worker`).
 */
export async function runProtectionPlan(
  bytes: Uint8Array,
  input: Omit<ProtectPlanInput, 'classes'> & { classes: readonly VehicleClass[] },
  ctx: { progress(fraction: number, message?: string): void; readonly signal?: AbortSignal } = { progress: () => undefined },
): Promise<PlanResult> {
  const zones = parseZones(input.zone);
  if (!zones.ok) throw new PlanInputError(`${zones.error.message} (${zones.error.code})`);
  const zone = zones.value[0];
  if (!zone) throw new PlanInputError('no zone');
  let catalogue = DEFAULT_CATALOGUE;
  if (input.catalogue) {
    const parsed = parseCatalogue(input.catalogue);
    if (!parsed.ok) throw new PlanInputError(`${parsed.error.message} (${parsed.error.code})`);
    catalogue = parsed.value;
  }
  ctx.progress(0, 'reading the extract');
  const read = await readOsm(bytes);
  if (!read.ok) throw new PlanInputError('the site extract cannot be read');
  const site = buildSiteModel(read.data, read.diagnostics);
  if (site.graph.edgeCount === 0) throw new PlanInputError('the site extract has no road or path a vehicle can use');
  const fromOsm = input.osmStations ? stationsFromOsm(read.data) : [];
  const stations = [...fromOsm, ...input.stations.map((s) => ({ name: s.name, at: lngLat(s.at[0], s.at[1]) }))];
  const stationSearch = { osmAsked: input.osmStations, osmFound: fromOsm.length, given: input.stations.length };
  ctx.progress(0.1, 'planning');
  if (ctx.signal?.aborted) throw new JobCancelledError();
  const options: PlanOptions = {
    classes: input.classes,
    catalogue,
    stations,
    locked: input.locked.map((l) => ({ at: lngLat(l.at[0], l.at[1]), product: l.product })),
    forbidden: input.forbidden.map((p) => lngLat(p[0], p[1])),
    timeLimitS: PLAN_TIME_LIMIT_S,
    onProgress: (fraction, phase) => ctx.progress(0.1 + 0.89 * fraction, phase),
  };
  const plan = planProtection(site, zone, options, await highsSolver());
  if (ctx.signal?.aborted) throw new JobCancelledError();
  const result = planResultOf(plan, input.budgetEur, stationSearch);
  ctx.progress(1, 'done');
  return result;
}

/** `protect.plan`: a protection plan of a site's extract (the attachment). */
export const protectPlan = defineJobKind({
  name: 'protect.plan',
  internal: true,
  input: Input,
  run: (input, ctx): Promise<PlanResult> => {
    const classes = input.classes.map((c) => {
      const parsed = parseVehicleClass(c);
      if (!parsed.ok) throw new PlanInputError(parsed.error.message);
      return parsed.value;
    });
    return runProtectionPlan(ctx.attachment ?? new Uint8Array(0), { ...input, classes }, ctx);
  },
});
