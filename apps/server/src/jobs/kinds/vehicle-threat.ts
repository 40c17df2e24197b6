import { MAX_SPACING_M, MAX_VEHICLE_CLASSES, MIN_SPACING_M, type ThreatResult } from '@pactesur/contracts';
import { parseVehicleClass, runThreatAnalysis } from '@pactesur/vehicle';
import { z } from 'zod';
import { defineJobKind, progressOf } from './job-kind.ts';

/** An analysis failed for a reason of its input (zone, classes, extract): the message says which. */
export class ThreatInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThreatInputError';
  }
}

const Input = z.strictObject({
  zone: z.unknown(),
  classes: z.array(z.unknown()).min(1).max(MAX_VEHICLE_CLASSES),
  spacingM: z.number().min(MIN_SPACING_M).max(MAX_SPACING_M),
  sensitivity: z.boolean(),
});

/**
 * `vehicle.threat`: a vehicle threat analysis of a site's extract (the attachment), run by the vehicle
 * package's `runThreatAnalysis`. Started by the threat-analysis service only.
 */
export const vehicleThreat = defineJobKind({
  name: 'vehicle.threat',
  internal: true,
  input: Input,
  run: async (input, ctx): Promise<ThreatResult> => {
    const classes = input.classes.map((c) => {
      const parsed = parseVehicleClass(c);
      if (!parsed.ok) throw new ThreatInputError(parsed.error.message);
      return parsed.value;
    });
    const run = await runThreatAnalysis(ctx.attachment ?? new Uint8Array(0), { ...input, classes }, { onProgress: progressOf(ctx) });
    if (!run.ok) throw new ThreatInputError(run.error.message);
    return run.value;
  },
});
