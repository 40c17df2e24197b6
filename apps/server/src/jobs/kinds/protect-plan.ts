import { LockInput, MAX_VEHICLE_CLASSES, StationInput, type PlanResult } from '@pactesur/contracts';
import { DEFAULT_CATALOGUE, parseCatalogue } from '@pactesur/barriers';
import { runProtectionPlan } from '@pactesur/protect';
import { highsSolver } from '@pactesur/protect/node';
import { parseVehicleClass } from '@pactesur/vehicle';
import { z } from 'zod';
import { defineJobKind, progressOf } from './job-kind.ts';

/** A plan failed for a reason of its input (zone, classes, catalogue, extract): the message says which. */
export class PlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanInputError';
  }
}

const Input = z.strictObject({
  zone: z.unknown(),
  /** Whole class definitions, as the service resolved them. */
  classes: z.array(z.unknown()).min(1).max(MAX_VEHICLE_CLASSES),
  /** The organisation's own catalogue as given (checked again here), or null for the planning defaults. */
  catalogue: z.array(z.unknown()).nullable(),
  osmStations: z.boolean(),
  stations: z.array(StationInput),
  locked: z.array(LockInput),
  forbidden: z.array(z.tuple([z.number(), z.number()])),
  budgetEur: z.number().nullable(),
});
export type ProtectPlanInput = z.infer<typeof Input>;

/**
 * `protect.plan`: a protection plan of a site's extract (the attachment), run by the protect package's
 * `runProtectionPlan` with HiGHS. The solve blocks its thread: the job system runs it in a worker thread
 * (or a `pactesur worker`). Started by the protection service only.
 */
export const protectPlan = defineJobKind({
  name: 'protect.plan',
  internal: true,
  input: Input,
  run: async (input, ctx): Promise<PlanResult> => {
    const classes = input.classes.map((c) => {
      const parsed = parseVehicleClass(c);
      if (!parsed.ok) throw new PlanInputError(parsed.error.message);
      return parsed.value;
    });
    const catalogue = input.catalogue ? parseCatalogue(input.catalogue) : { ok: true as const, value: DEFAULT_CATALOGUE };
    if (!catalogue.ok) throw new PlanInputError(`${catalogue.error.message} (${catalogue.error.code})`);
    const run = await runProtectionPlan(ctx.attachment ?? new Uint8Array(0), { ...input, classes, catalogue: catalogue.value }, await highsSolver(), { onProgress: progressOf(ctx) });
    if (!run.ok) throw new PlanInputError(run.error.message);
    return run.value;
  },
});
