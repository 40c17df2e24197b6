import { NetworkRepository } from '../../repositories/networks.ts';
import { defineModule } from '../module.ts';
import * as activityMigration from './activity-migration.ts';
import { ActivityRepository } from './activity-repository.ts';
import { activityRoutes } from './activity-routes.ts';
import { ActivityService } from './activity-service.ts';
import './activity-tables.ts';
import * as callMigration from './call-migration.ts';
import { CallRepository } from './call-repository.ts';
import { callRoutes } from './call-routes.ts';
import { CallService } from './call-service.ts';
import './call-tables.ts';
import { NetworkReader } from '../../services/network-reader.ts';

/**
 * The life of networks (KNOWLEDGE.md): meetings, academies, workshops, field visits and officer exchanges on
 * one calendar, with registrations; and the calls for expressions of interest through which a network
 * chooses the organisations that join it.
 */
export const networkLifeModule = defineModule({
  name: 'network-life',
  path: '/networks',
  migrations: { '0017-network-activities': activityMigration, '0018-network-calls': callMigration },
  records: [],
  service: ({ db, access, publicUrl }) => {
    const members = new NetworkRepository(db);
    const networks = new NetworkReader(members);
    return {
      activities: new ActivityService(new ActivityRepository(db), networks, access),
      calls: new CallService(new CallRepository(db), networks, members, access),
      publicUrl,
    };
  },
  routes: (service) => activityRoutes(service.activities, service.publicUrl).route('/', callRoutes(service.calls)),
});
