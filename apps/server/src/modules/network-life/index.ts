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
import * as exchangeMigration from './exchange-migration.ts';
import { ExchangeRepository } from './exchange-repository.ts';
import { exchangeRoutes } from './exchange-routes.ts';
import { ExchangeService } from './exchange-service.ts';
import './exchange-tables.ts';
import { NetworkReader } from '../../services/network-reader.ts';

/**
 * The life of networks (KNOWLEDGE.md): meetings, academies, workshops, field visits and officer exchanges on
 * one calendar, with registrations, each exchange with its host, programme and guests; and the calls for
 * expressions of interest through which a network chooses the organisations that join it.
 */
export const networkLifeModule = defineModule({
  name: 'network-life',
  path: '/networks',
  migrations: { '0017-network-activities': activityMigration, '0018-network-calls': callMigration, '0024-activity-exchanges': exchangeMigration },
  records: [],
  service: ({ db, access, publicUrl, notifications }) => {
    const members = new NetworkRepository(db);
    const networks = new NetworkReader(members);
    const activities = new ActivityRepository(db);
    return {
      activities: new ActivityService(activities, networks, access),
      calls: new CallService(new CallRepository(db), networks, members, access, notifications),
      exchanges: new ExchangeService(new ExchangeRepository(db), activities, networks, members, access),
      publicUrl,
    };
  },
  routes: (service) =>
    activityRoutes(service.activities, service.publicUrl).route('/', callRoutes(service.calls)).route('/', exchangeRoutes(service.exchanges)),
});
