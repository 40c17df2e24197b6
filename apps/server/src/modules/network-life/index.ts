import { defineModule } from '../module.ts';
import * as migration from './activity-migration.ts';
import { ActivityRepository } from './activity-repository.ts';
import { activityRoutes } from './activity-routes.ts';
import { ActivityService } from './activity-service.ts';
import './activity-tables.ts';

/** The life of networks (KNOWLEDGE.md): meetings, academies, workshops, field visits and officer exchanges on one calendar, with registrations. */
export const networkLifeModule = defineModule({
  name: 'network-life',
  path: '/networks',
  migrations: { '0017-network-activities': migration },
  records: [],
  service: ({ db, access, publicUrl }) => ({ activities: new ActivityService(new ActivityRepository(db), access), publicUrl }),
  routes: (service) => activityRoutes(service.activities, service.publicUrl),
});
