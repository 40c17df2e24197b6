import { countPrimes } from './count-primes.ts';
import { crowdSimulate } from './crowd-simulate.ts';
import { importExtract } from './import-extract.ts';
import type { JobKind } from './job-kind.ts';
import { protectPlan } from './protect-plan.ts';
import { vehicleThreat } from './vehicle-threat.ts';

export { type JobContext, type JobKind, JobCancelledError } from './job-kind.ts';

/** Every job kind, by name. Later modules add theirs here (vehicle threats, barrier plans, crowd simulations…). */
export const jobKinds: ReadonlyMap<string, JobKind> = new Map<string, JobKind>([
  [countPrimes.name, countPrimes],
  [importExtract.name, importExtract],
  [vehicleThreat.name, vehicleThreat],
  [crowdSimulate.name, crowdSimulate],
  [protectPlan.name, protectPlan],
]);
