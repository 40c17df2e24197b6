import { defineModule } from '../module.ts';
import * as migration from './citizens-migration.ts';
import { citizensRoutes } from './citizens-routes.ts';
import { citizensServices } from './citizens-services.ts';
import { open311ErrorAnswer, open311Routes } from './open311-routes.ts';
import { startRetention } from './retention-service.ts';
import './citizens-tables.ts';

/**
 * Citizens' non-emergency reports (KNOWLEDGE.md, ADR 0027): the platform's categories, the organisations'
 * coverage, routing, triage and publication, Open311 GeoReport v2 at `/open311/v2`, and retention.
 */
export const citizensModule = defineModule({
  name: 'citizens',
  path: '/citizens',
  migrations: { '0025-citizens-reports': migration },
  records: [],
  fileColumns: [
    { table: 'citizen_reports', column: 'photo_key' },
    { table: 'citizen_reports', column: 'published_photo_key' },
  ],
  service: (deps) => citizensServices(deps),
  routes: citizensRoutes,
  background: (services, logger) => startRetention(services.retention, services.clock, logger),
  mounts: [{ path: '/open311/v2', routes: open311Routes, onError: open311ErrorAnswer }],
});
