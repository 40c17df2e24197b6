import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as jobAttachments from './0002-job-attachments.ts';
import * as register from './0003-register.ts';
import * as threatAnalyses from './0004-threat-analyses.ts';
import * as crowdSimulations from './0005-crowd-simulations.ts';
import * as protectionPlans from './0006-protection-plans.ts';

/** Every migration, in order. Names never change once released; add new ones at the end. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
  '0002-job-attachments': jobAttachments,
  '0003-register': register,
  '0004-threat-analyses': threatAnalyses,
  '0005-crowd-simulations': crowdSimulations,
  '0006-protection-plans': protectionPlans,
};
