import type { Context, Hono } from 'hono';
import type { Migration } from 'kysely';
import type { AppEnv } from '../http/context.ts';
import type { Logger } from '../logger.ts';
import type { RecordDefinition } from '../records/record-kind.ts';
import { alertsModule } from './alerts/index.ts';
import { assessmentsModule } from './assessments/index.ts';
import { awarenessModule } from './awareness/index.ts';
import { briefingsModule } from './briefings/index.ts';
import { citizensModule } from './citizens/index.ts';
import { eventsModule } from './events/index.ts';
import { exercisesModule } from './exercises/index.ts';
import { networkLifeModule } from './network-life/index.ts';
import { practicesModule } from './practices/index.ts';
import { trainingModule } from './training/index.ts';
import type { FileColumn, ModuleDeps, ServerModule } from './module.ts';

/** Every module of the platform: the one list a new module joins. */
export const MODULES = [briefingsModule, assessmentsModule, alertsModule, eventsModule, exercisesModule, practicesModule, networkLifeModule, trainingModule, awarenessModule, citizensModule] as const;

type Module = (typeof MODULES)[number];

/** The use cases of the modules, by module name (`services.briefings`, …). */
export type ModuleServices = { readonly [M in Module as M['name']]: ReturnType<M['service']> };

export function createModuleServices(deps: ModuleDeps): ModuleServices {
  return Object.fromEntries(MODULES.map((m) => [m.name, m.service(deps)])) as unknown as ModuleServices;
}

/** Mounts each module's routes at its path. */
export function mountModules(api: Hono<AppEnv>, services: ModuleServices): void {
  for (const m of MODULES) api.route(m.path, m.routes(services[m.name] as never));
}

/** A module's routes served outside `/api`, built: where, the routes, and how their errors are answered. */
export interface MountedRoutes {
  readonly path: `/${string}`;
  readonly routes: Hono<AppEnv>;
  readonly onError: (error: unknown, c: Context<AppEnv>, logger: Logger) => Response;
}

/** The modules' routes outside `/api` (`ServerModule.mounts`), for the HTTP app to mount. */
export function moduleMounts(services: ModuleServices): MountedRoutes[] {
  return MODULES.flatMap((m) =>
    ((m as ServerModule).mounts ?? []).map((mount) => ({ path: mount.path, routes: mount.routes(services[m.name] as never), onError: mount.onError })),
  );
}

/** Starts the modules' background work; `close()` stops it, waiting for what runs. */
export function startModuleBackground(services: ModuleServices, logger: Logger): { close(): Promise<void> } {
  const running = MODULES.flatMap((m) => (m.background ? [(m.background as (s: unknown, l: Logger) => { close(): Promise<void> })(services[m.name], logger)] : []));
  return { close: async () => void (await Promise.all(running.map((r) => r.close()))) };
}

/** The migrations of the modules, by name. */
export const MODULE_MIGRATIONS: Readonly<Record<string, Migration>> = Object.fromEntries(MODULES.flatMap((m) => Object.entries(m.migrations)));

/** The sensitive record kinds of the modules. */
export const MODULE_RECORDS: readonly RecordDefinition[] = MODULES.flatMap((m) => m.records);

/** The columns of the modules' tables that name stored files. */
export const MODULE_FILE_COLUMNS: readonly FileColumn[] = MODULES.flatMap((m) => m.fileColumns ?? []);
