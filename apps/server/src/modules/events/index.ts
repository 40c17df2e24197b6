import { defineModule } from '../module.ts';
import * as migration from './event-migration.ts';
import { eventRoutes } from './event-routes.ts';
import { eventServices } from './event-services.ts';
import './event-tables.ts';

/** Event security plans (EVENTS.md): site plan, capacity and egress, simulation, sign-off, live operations. */
export const eventsModule = defineModule({
  name: 'events',
  path: '/events',
  migrations: { '0014-events': migration },
  records: [{ kind: 'event', table: 'events', nameColumn: 'name', belongsTo: { kind: 'site', column: 'site_id' } }],
  service: eventServices,
  routes: eventRoutes,
});
