import { defineModule } from '../module.ts';
import { BriefingRepository } from './briefing-repository.ts';
import { briefingRoutes } from './briefing-routes.ts';
import { BriefingService } from './briefing-service.ts';
import './briefing-tables.ts';

/** Confidential briefings: the first sensitive record kind, and the worked example of `docs/guides/adding-a-module.md`. */
export const briefingsModule = defineModule({
  name: 'briefings',
  path: '/briefings',
  migrations: {},
  records: [{ kind: 'briefing', table: 'briefings', nameColumn: 'title' }],
  service: ({ db, access, live }) => new BriefingService(new BriefingRepository(db), access, live),
  routes: (service) => briefingRoutes(service),
});
