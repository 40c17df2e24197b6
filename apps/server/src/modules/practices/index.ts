import { defineModule } from '../module.ts';
import * as migration from './practice-migration.ts';
import { PracticeRepository } from './practice-repository.ts';
import { practiceRoutes } from './practice-routes.ts';
import { PracticeSearchRepository } from './practice-search-repository.ts';
import { PracticeService } from './practice-service.ts';
import './practice-tables.ts';

/** Promising practices (KNOWLEDGE.md): written, reviewed and published across the network, searched in every language. */
export const practicesModule = defineModule({
  name: 'practices',
  path: '/practices',
  migrations: { '0016-practices': migration },
  records: [],
  service: ({ db, access }) => new PracticeService(new PracticeRepository(db), new PracticeSearchRepository(db), access),
  routes: (service) => practiceRoutes(service),
});
