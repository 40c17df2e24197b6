import { alertsFeature } from './alerts/feature.ts';
import { assessmentsFeature } from './assessments/feature.ts';
import { auditFeature } from './audit/feature.ts';
import { awarenessFeature } from './awareness/feature.ts';
import { authFeature } from './auth/feature.ts';
import { briefingsFeature } from './briefings/feature.ts';
import { citizensFeature } from './citizens/feature.ts';
import { crowdFeature } from './crowd/feature.ts';
import { eventsFeature } from './events/feature.ts';
import { exercisesFeature } from './exercises/feature.ts';
import { homeFeature } from './home/feature.ts';
import { jobsFeature } from './jobs/feature.ts';
import { networkFeature } from './network/feature.ts';
import { notificationsFeature } from './notifications/feature.ts';
import { organisationFeature } from './organisation/feature.ts';
import { practicesFeature } from './practices/feature.ts';
import { protectionFeature } from './protection/feature.ts';
import { sharingFeature } from './sharing/feature.ts';
import { sitesFeature } from './sites/feature.ts';
import { threatFeature } from './threat/feature.ts';
import { trainingFeature } from './training/feature.ts';
import { webhooksFeature } from './webhooks/feature.ts';

/**
 * Every feature of the app, the one list of them: the router, the pages, the main navigation, the
 * dictionaries, the pages of records and the access rules are all read from here. A new feature lives in
 * its own folder `features/<area>/` with its `feature.ts`, and is added to this list; nothing else changes.
 *
 * Each `feature.ts` imports only its English words and declarations: pages and other languages are loaded
 * lazily, so this list stays small in the first chunk.
 */
export const FEATURES = [
  authFeature,
  homeFeature,
  networkFeature,
  organisationFeature,
  auditFeature,
  briefingsFeature,
  assessmentsFeature,
  alertsFeature,
  eventsFeature,
  exercisesFeature,
  practicesFeature,
  awarenessFeature,
  citizensFeature,
  trainingFeature,
  sharingFeature,
  jobsFeature,
  sitesFeature,
  threatFeature,
  crowdFeature,
  protectionFeature,
  webhooksFeature,
  notificationsFeature,
] as const;

/** Any one of the features. */
export type AppFeature = (typeof FEATURES)[number];
