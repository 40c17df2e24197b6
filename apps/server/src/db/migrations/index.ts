import type { Migration } from 'kysely';
import { MODULE_MIGRATIONS } from '../../modules/index.ts';
import * as foundation from './0001-foundation.ts';
import * as jobAttachments from './0002-job-attachments.ts';
import * as register from './0003-register.ts';
import * as threatAnalyses from './0004-threat-analyses.ts';
import * as crowdSimulations from './0005-crowd-simulations.ts';
import * as protectionPlans from './0006-protection-plans.ts';
import * as realtime from './0007-realtime.ts';
import * as outbox from './0008-outbox.ts';
import * as files from './0009-files.ts';
import * as signInThrottle from './0010-sign-in-throttle.ts';
import * as bulkJson from './0011-bulk-json.ts';
import * as notifications from './0022-notifications.ts';

/** The core's migrations, in order. Names never change once released; add new ones at the end. */
const core: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
  '0002-job-attachments': jobAttachments,
  '0003-register': register,
  '0004-threat-analyses': threatAnalyses,
  '0005-crowd-simulations': crowdSimulations,
  '0006-protection-plans': protectionPlans,
  '0007-realtime': realtime,
  '0008-outbox': outbox,
  '0009-files': files,
  '0010-sign-in-throttle': signInThrottle,
  '0011-bulk-json': bulkJson,
  '0022-notifications': notifications,
};

/**
 * Every migration: the core's and the modules' (`modules/<name>/index.ts`), which take the next free number
 * as the core's do, so the order of names is the order of releases.
 */
export const migrations: Readonly<Record<string, Migration>> = mergeMigrations(core, MODULE_MIGRATIONS);

function mergeMigrations(a: Readonly<Record<string, Migration>>, b: Readonly<Record<string, Migration>>): Readonly<Record<string, Migration>> {
  const taken = Object.keys(b).filter((name) => name in a);
  if (taken.length > 0) throw new Error(`migration names used twice: ${taken.join(', ')}`);
  // A module adds its later migrations beside its first ones: the whole list is in the order of names.
  return Object.fromEntries(Object.entries({ ...a, ...b }).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
