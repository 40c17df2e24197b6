import type { ModuleDeps } from '../module.ts';
import { EventExportService } from './event-export-service.ts';
import { EventLiveService } from './event-live-service.ts';
import { EventLogRepository } from './event-log-repository.ts';
import { EventProfileRepository } from './event-profile-repository.ts';
import { EventProfileService } from './event-profile-service.ts';
import { EventRepository } from './event-repository.ts';
import { EventReviewRepository } from './event-review-repository.ts';
import { EventService } from './event-service.ts';
import { EventSignOffService } from './event-signoff-service.ts';

/** The use cases of event plans: the plan, its sign-off, its live log, the jurisdictions' profiles, exports. */
export interface EventModuleServices {
  readonly plans: EventService;
  readonly signOff: EventSignOffService;
  readonly live: EventLiveService;
  readonly profiles: EventProfileService;
  readonly exports: EventExportService;
}

export function eventServices({ db, access, live, core }: ModuleDeps): EventModuleServices {
  const events = new EventRepository(db);
  const reviews = new EventReviewRepository(db);
  const profiles = new EventProfileService(new EventProfileRepository(db), access);
  const plans = new EventService(events, reviews, profiles, access, live, core);
  const liveLog = new EventLiveService(new EventLogRepository(db), plans, access, live);
  return {
    plans,
    signOff: new EventSignOffService(events, reviews, plans, liveLog, access),
    live: liveLog,
    profiles,
    exports: new EventExportService(events, plans, liveLog, access, core),
  };
}
