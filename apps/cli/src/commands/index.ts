import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerOsm } from './osm.ts';
import { registerServe } from './serve.ts';
import { registerSites } from './sites.ts';
import { registerUsers } from './users.ts';
import { registerWorker } from './worker.ts';
import { registerCrowd } from './crowd.ts';
import { registerVehicleThreat } from './vehicle-threat.ts';
import { registerProtect } from './protect.ts';
import { registerProtectBudget } from './protect-budget.ts';
import { registerAssess } from './assess.ts';
import { registerCap } from './cap.ts';
import { registerEvent } from './event.ts';
import { registerExercise } from './exercise.ts';

/** Every command group of the CLI; each adds its commands to the program. */
export const commandGroups: ReadonlyArray<(program: Command) => void> = [registerServe, registerDb, registerUsers, registerOsm, registerSites, registerWorker, registerCrowd, registerVehicleThreat, registerProtect, registerProtectBudget, registerAssess, registerCap, registerEvent, registerExercise];
