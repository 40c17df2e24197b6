import { z } from 'zod';
import { AuditAction } from './audit.ts';
import { Id, Timestamp } from './common.ts';
import { JobRecord, JobStatus } from './job.ts';
import { PlanStatus } from './protection.ts';
import { Access, RecordKind, ShareRight } from './sharing.ts';
import { SiteCategory } from './site.ts';
import { ThreatStatus } from './threat.ts';

/** A vehicle threat analysis as the home page shows it: its state and its worst impact speed over all classes. */
export const HomeAnalysis = z.object({
  id: Id,
  name: z.string(),
  createdAt: Timestamp,
  status: ThreatStatus,
  /** The highest impact speed of any class (null until the analysis is ready). */
  worstSpeedKmh: z.number().nullable(),
  /** The class that reaches it. */
  worstClass: z.string().nullable(),
});
export type HomeAnalysis = z.infer<typeof HomeAnalysis>;

/** A protection plan as the home page shows it: its state, verification and cost. */
export const HomePlan = z.object({
  id: Id,
  name: z.string(),
  createdAt: Timestamp,
  status: PlanStatus,
  /** Null until solved; false when no plan meets the constraints. */
  feasible: z.boolean().nullable(),
  /** Whether the re-run search found every approach stopped and the emergency routes open. */
  verified: z.boolean().nullable(),
  totalCostEur: z.number().nullable(),
  maintenancePerYearEur: z.number().nullable(),
  measures: z.number().int().nullable(),
});
export type HomePlan = z.infer<typeof HomePlan>;

/**
 * The state of protection of one site the organisation may see. There is no adoption of a plan: the plan
 * that counts is the latest one whose verification passed.
 */
export const HomeSite = z.object({
  id: Id,
  name: z.string(),
  category: SiteCategory,
  ownerOrgName: z.string(),
  access: Access,
  /** The newest ready analysis; when none is ready, the newest one in any state. */
  analysis: HomeAnalysis.nullable(),
  /** The latest plan whose verification passed. */
  verifiedPlan: HomePlan.nullable(),
  /** The newest plan in any state (it may be the verified one). */
  latestPlan: HomePlan.nullable(),
  /** When the site was last assessed: the date of its newest ready analysis. */
  lastAssessedAt: Timestamp.nullable(),
});
export type HomeSite = z.infer<typeof HomeSite>;

/** A job still queued or running, with the record it computes when the organisation may see it. */
export const HomeJob = z.object({
  id: Id,
  kind: z.string(),
  status: JobStatus,
  progress: z.number(),
  createdAt: Timestamp,
  record: JobRecord.nullable(),
});
export type HomeJob = z.infer<typeof HomeJob>;

/** A record another organisation shared with the acting one. */
export const ReceivedShare = z.object({
  kind: RecordKind,
  id: Id,
  /** The record's name or title (null for records without one). */
  name: z.string().nullable(),
  ownerOrgName: z.string().nullable(),
  right: ShareRight,
  grantedAt: Timestamp,
});
export type ReceivedShare = z.infer<typeof ReceivedShare>;

/** One change of a record by a member of the organisation, from its audit log (ADR 0012). */
export const HomeActivity = z.object({
  id: z.string(),
  at: Timestamp,
  userEmail: z.string().nullable(),
  actorOrgName: z.string().nullable(),
  action: AuditAction,
  recordKind: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.string().nullable(),
});
export type HomeActivity = z.infer<typeof HomeActivity>;

/** How many days back the home page lists shares received. */
export const HOME_SHARES_DAYS = 30;
/** At most this many shares received and this many changes of recent activity. */
export const HOME_LIST_LIMIT = 10;

/** The landing page of an organisation: its sites' protection, what waits for the user, recent activity. */
export const Home = z.object({
  sites: z.array(HomeSite),
  jobs: z.array(HomeJob),
  sharesReceived: z.array(ReceivedShare),
  activity: z.array(HomeActivity),
});
export type Home = z.infer<typeof Home>;
