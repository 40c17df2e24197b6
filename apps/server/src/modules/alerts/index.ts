import { defineModule } from '../module.ts';
import * as migration from './alert-migration.ts';
import { AlertRepository } from './alert-repository.ts';
import { alertRoutes } from './alert-routes.ts';
import { AlertService } from './alert-service.ts';
import './alert-tables.ts';

/** Public alerts in OASIS CAP 1.2 (ALERTS.md): composed, approved by a second person, published on the city's channels. */
export const alertsModule = defineModule({
  name: 'alerts',
  path: '/alerts',
  migrations: { '0013-alerts': migration },
  records: [{ kind: 'alert', table: 'alerts', nameColumn: 'identifier' }],
  service: ({ db, access, live, outbox, publicUrl }) =>
    new AlertService(new AlertRepository(db), access, live, outbox, publicUrl),
  routes: (service) => alertRoutes(service),
});
