import { OrganisationRepository } from '../../repositories/organisations.ts';
import { defineModule } from '../module.ts';
import * as migration from './awareness-migration.ts';
import { AwarenessRepository } from './awareness-repository.ts';
import { awarenessRoutes } from './awareness-routes.ts';
import { AwarenessService } from './awareness-service.ts';
import './awareness-tables.ts';

/** Each city's awareness page for its residents and visitors, in its languages (KNOWLEDGE.md). */
export const awarenessModule = defineModule({
  name: 'awareness',
  path: '/awareness',
  migrations: { '0020-awareness': migration },
  records: [],
  service: ({ db, access }) => new AwarenessService(new AwarenessRepository(db), new OrganisationRepository(db), access),
  routes: (service) => awarenessRoutes(service),
});
