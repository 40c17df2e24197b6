import { z } from 'zod';
import { Id, LngLat, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Access } from '../sharing.ts';
import { Polygon } from '../threat.ts';
import { MartynItem } from '../assessments/assessment.ts';

/**
 * Event security plans (EVENTS.md): the Event Safety Management Plan of a mass event at a site of the
 * register — its site plan on the map, the capacity and egress figures of a jurisdiction's profile, the
 * crowd simulation beside them, the crowd-risk worksheets, the sign-off of the agencies with their
 * conditions, and the live operations log. Sensitive: it describes how to attack the event.
 */

export const EVENT_STATUSES = ['draft', 'submitted', 'under-review', 'approved', 'live', 'debriefed'] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventKind = z.enum(['carnival', 'festival', 'concert', 'sport', 'parade', 'fireworks', 'market', 'demonstration', 'other']);
export type EventKind = z.infer<typeof EventKind>;

/** Short ids the user's browser makes for the plan's features and list items, unique within a plan. */
export const PlanItemId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

export const MAX_EVENT_TEXT = 5_000;
export const MAX_PLAN_FEATURES = 300;
export const MAX_EVENT_PEOPLE = 2_000_000;
const text = (max = MAX_EVENT_TEXT) => z.string().max(max).default('');
const label = z.string().trim().max(MAX_NAME_LENGTH).default('');
const Line = z.tuple([LngLat, LngLat]);
const Path = z.array(LngLat).min(2).max(200);

// ---------------------------------------------------------------------------------------------------------
// The jurisdiction's constants

/** The constants of EVENTS.md a calculation uses; every one differs between countries. */
export const ProfileConstants = z.strictObject({
  /** Planning density, open-air standing (persons/m²). */
  planningDensity: z.number().positive().max(10),
  /** Above this the crowd is unstable (persons/m²). */
  unstableDensity: z.number().positive().max(10),
  /** Front-of-stage hot spots, the critical threshold (persons/m²). */
  criticalDensity: z.number().positive().max(12),
  /** Flows through exits (persons per metre per minute). */
  flowLevel: z.number().positive().max(300),
  flowRamp: z.number().positive().max(300),
  flowStairs: z.number().positive().max(300),
  /** Flow through a screening lane (persons per lane per minute). */
  screeningPerLanePerMin: z.number().positive().max(300),
  /** Normal maximum egress time (minutes). */
  egressMinutes: z.number().positive().max(120),
  /** Narrowest exit counted (m). */
  minExitWidthM: z.number().positive().max(20),
});
export type ProfileConstants = z.infer<typeof ProfileConstants>;
export type ProfileConstant = keyof ProfileConstants;

/** Where each constant comes from, in words a reader can look up. */
export const ProfileSources = z.record(z.string(), z.string().max(500));

/** A jurisdiction's profile, one version of it: a change makes the next version, the old ones stay. */
export const EventProfile = z.object({
  /** Null for the built-in default (UK Green Guide). */
  id: Id.nullable(),
  /** The profile's versions share it (the id of its first version). */
  familyId: Id.nullable(),
  ownerOrgId: Id.nullable(),
  name: z.string(),
  country: z.string(),
  version: z.number().int(),
  constants: ProfileConstants,
  sources: ProfileSources,
  createdAt: Timestamp.nullable(),
  createdByName: z.string().nullable(),
  /** Whether a newer version of the profile exists. */
  superseded: z.boolean(),
});
export type EventProfile = z.infer<typeof EventProfile>;

export const SaveEventProfile = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  country: z.string().trim().length(2).toUpperCase(),
  constants: ProfileConstants,
  sources: ProfileSources.default({}),
});
export type SaveEventProfile = z.infer<typeof SaveEventProfile>;
export type SaveEventProfileInput = z.input<typeof SaveEventProfile>;

// ---------------------------------------------------------------------------------------------------------
// The site plan

export const ExitKind = z.enum(['level', 'ramp', 'stairs']);
export type ExitKind = z.infer<typeof ExitKind>;

/** Audience zones make the usable area; no-view zones are taken off it; restricted zones hold no audience. */
export const ZoneUse = z.enum(['audience', 'no-view', 'restricted']);
export type ZoneUse = z.infer<typeof ZoneUse>;

export const PointKind = z.enum(['rendezvous', 'medical', 'cctv', 'steward', 'info']);
export type PointKind = z.infer<typeof PointKind>;

const feature = { id: PlanItemId, name: label };

/** The features of a site plan, each drawn on the map. */
export const PlanFeature = z.discriminatedUnion('type', [
  z.strictObject({ ...feature, type: z.literal('zone'), use: ZoneUse.default('audience'), polygon: Polygon }),
  /** Stages, tents, stands: taken off the area, obstacles to the crowd. */
  z.strictObject({ ...feature, type: z.literal('structure'), polygon: Polygon }),
  /** A gate on the edge of an audience zone: its width is the figure the calculations use. */
  z.strictObject({
    ...feature,
    type: z.literal('exit'),
    line: Line,
    widthM: z.number().positive().max(100),
    kind: ExitKind.default('level'),
    /** Used to come in (screening, counts) as well as to leave. */
    entry: z.boolean().default(true),
  }),
  z.strictObject({ ...feature, type: z.literal('screening'), at: LngLat, lanes: z.int().min(1).max(200) }),
  /** A temporary vehicle-barrier line: a product of the protection catalogue. */
  z.strictObject({
    ...feature,
    type: z.literal('vehicle-barrier'),
    path: Path,
    productId: z.string().max(100).nullable().default(null),
    /** The depth kept clear of people behind the line (m): the most a vehicle may push the barrier in. */
    standoffM: z.number().min(0).max(50).default(1),
  }),
  /** A walkway whose level of service is computed from the flow expected on it. */
  z.strictObject({ ...feature, type: z.literal('route'), path: Path, widthM: z.number().positive().max(200), flowPerMin: z.number().min(0).max(1_000_000) }),
  z.strictObject({ ...feature, type: z.literal('point'), kind: PointKind, at: LngLat, staff: z.int().min(0).max(10_000).default(0) }),
]);
export type PlanFeature = z.infer<typeof PlanFeature>;
export type PlanFeatureInput = z.input<typeof PlanFeature>;

// ---------------------------------------------------------------------------------------------------------
// Worksheets, risk register, trigger points

export const Rating = z.enum(['green', 'amber', 'red']);
export type Rating = z.infer<typeof Rating>;

/** DIM-ICE (G. Keith Still): Design, Information, Management × Ingress, Circulation, Egress. */
export const DIM_ROWS = ['design', 'information', 'management'] as const;
export const ICE_COLUMNS = ['ingress', 'circulation', 'egress'] as const;
export const DimIceCell = z.strictObject({
  row: z.enum(DIM_ROWS),
  column: z.enum(ICE_COLUMNS),
  normal: text(),
  abnormal: text(),
  emergency: text(),
  features: z.array(PlanItemId).max(50).default([]),
});
export type DimIceCell = z.infer<typeof DimIceCell>;

/** RAMP: Routes, Areas, Movement, Profile, rated per phase and tied to the features it talks about. */
export const RAMP_ELEMENTS = ['routes', 'areas', 'movement', 'profile'] as const;
export const RampEntry = z.strictObject({
  id: PlanItemId,
  element: z.enum(RAMP_ELEMENTS),
  phase: z.enum(ICE_COLUMNS),
  text: text(),
  rating: Rating,
  features: z.array(PlanItemId).max(50).default([]),
});
export type RampEntry = z.infer<typeof RampEntry>;

export const RiskEntry = z.strictObject({
  id: PlanItemId,
  hazard: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  /** Scored 1–5 as in the assessment; risk = likelihood × impact. */
  likelihood: z.int().min(1).max(5),
  impact: z.int().min(1).max(5),
  controls: text(),
  owner: label,
  features: z.array(PlanItemId).max(50).default([]),
  /** A terrorist scenario taken from the site's vulnerability assessment. */
  fromAssessment: z.strictObject({ assessmentId: Id, threat: z.string().max(64) }).nullable().default(null),
});
export type RiskEntry = z.infer<typeof RiskEntry>;

/** The alert a trigger point drafts: the words of a CAP alert, its area the event's zones. */
export const TriggerAlert = z.strictObject({
  headline: z.string().trim().max(160).default(''),
  description: text(),
  instruction: text(),
  severity: z.enum(['Extreme', 'Severe', 'Moderate', 'Minor']).default('Severe'),
  urgency: z.enum(['Immediate', 'Expected']).default('Immediate'),
});
export type TriggerAlert = z.infer<typeof TriggerAlert>;

export const TriggerPoint = z.strictObject({
  id: PlanItemId,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  /** Reached when the live density (persons/m²) or occupancy (persons) is at or above the threshold. */
  metric: z.enum(['density', 'occupancy']),
  threshold: z.number().positive().max(MAX_EVENT_PEOPLE),
  action: text(),
  alert: TriggerAlert.nullable().default(null),
});
export type TriggerPoint = z.infer<typeof TriggerPoint>;

/** The sections of the Event Safety Management Plan written as text. */
export const PLAN_SECTIONS = [
  'outline',
  'crowdProfile',
  'organisation',
  'crowdManagement',
  'emergencyProcedures',
  'traffic',
  'medical',
  'communications',
  'weather',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

const planParts = {
  features: z.array(PlanFeature).max(MAX_PLAN_FEATURES),
  sections: z.partialRecord(z.enum(PLAN_SECTIONS), z.string().max(20_000)),
  /** Audience: the peak number expected, and what lowers the flows (alcohol, older people). */
  expectedPeak: z.int().min(0).max(MAX_EVENT_PEOPLE),
  reducedFlows: z.boolean(),
  dimIce: z.array(DimIceCell).max(9),
  ramp: z.array(RampEntry).max(200),
  risks: z.array(RiskEntry).max(200),
  triggers: z.array(TriggerPoint).max(50),
  /** Martyn's Law: what is in place (the assessment's items); the tier comes from the expected peak. */
  martyn: z.array(MartynItem).max(MartynItem.options.length),
};

/** The plan: one document saved as you go. */
export const EventPlan = z.strictObject({
  features: planParts.features.default([]),
  sections: planParts.sections.default({}),
  expectedPeak: planParts.expectedPeak.default(0),
  reducedFlows: planParts.reducedFlows.default(false),
  dimIce: planParts.dimIce.default([]),
  ramp: planParts.ramp.default([]),
  risks: planParts.risks.default([]),
  triggers: planParts.triggers.default([]),
  martyn: planParts.martyn.default([]),
});
export type EventPlan = z.infer<typeof EventPlan>;
export type EventPlanInput = z.input<typeof EventPlan>;

/** A change of the plan: the parts given replace the stored ones; an absent part is left as it is. */
export const EventPlanPatch = z.strictObject({
  features: planParts.features.optional(),
  sections: planParts.sections.optional(),
  expectedPeak: planParts.expectedPeak.optional(),
  reducedFlows: planParts.reducedFlows.optional(),
  dimIce: planParts.dimIce.optional(),
  ramp: planParts.ramp.optional(),
  risks: planParts.risks.optional(),
  triggers: planParts.triggers.optional(),
  martyn: planParts.martyn.optional(),
});
export type EventPlanPatch = z.infer<typeof EventPlanPatch>;
export type EventPlanPatchInput = z.input<typeof EventPlanPatch>;

// ---------------------------------------------------------------------------------------------------------
// Calculations (computed by @pactesur/events, shown with formula and source)

/** One computed figure: its value, the formula with the numbers put in, and the source of the constants. */
export const Figure = z.object({
  key: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  formula: z.string(),
  source: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const FruinLevel = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type FruinLevel = z.infer<typeof FruinLevel>;

export const EventCalculations = z.object({
  figures: z.array(Figure),
  routes: z.array(z.object({ id: z.string(), name: z.string(), flowPerMPerMin: z.number(), level: FruinLevel, formula: z.string() })),
  /** Stable codes of what the plan gets wrong (`exit-too-narrow`, `peak-above-safe-capacity`, …) with the feature. */
  warnings: z.array(z.object({ code: z.string(), featureId: z.string().nullable(), message: z.string() })),
});
export type EventCalculations = z.infer<typeof EventCalculations>;

// ---------------------------------------------------------------------------------------------------------
// Sign-off

export const ReviewDecision = z.enum(['pending', 'approved', 'approved-with-conditions', 'changes-requested']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const EventReview = z.object({
  orgId: Id,
  orgName: z.string(),
  decision: ReviewDecision,
  comment: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
});
export type EventReview = z.infer<typeof EventReview>;

export const EventCondition = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  text: z.string(),
  status: z.enum(['open', 'met', 'waived']),
  note: z.string(),
  createdAt: Timestamp,
  closedByName: z.string().nullable(),
  closedAt: Timestamp.nullable(),
});
export type EventCondition = z.infer<typeof EventCondition>;

export const SubmitEvent = z.strictObject({
  /** The agencies that sign (police, fire, ambulance, transport, prefecture): each gets the plan to read. */
  reviewers: z.array(Id).min(1).max(20),
  message: text(2_000),
});
export type SubmitEvent = z.infer<typeof SubmitEvent>;

export const ReviewEvent = z.strictObject({
  decision: z.enum(['approved', 'approved-with-conditions', 'changes-requested']),
  comment: text(2_000),
  conditions: z.array(z.string().trim().min(1).max(2_000)).max(50).default([]),
});
export type ReviewEvent = z.infer<typeof ReviewEvent>;
export type ReviewEventInput = z.input<typeof ReviewEvent>;

export const CloseCondition = z.strictObject({ status: z.enum(['met', 'waived', 'open']), note: text(2_000) });
export type CloseCondition = z.infer<typeof CloseCondition>;

// ---------------------------------------------------------------------------------------------------------
// Simulation

/** The two runs of one click: every exit open, and the largest one closed. */
export const EventSimulations = z.object({
  allExits: Id.nullable(),
  largestClosed: Id.nullable(),
  /** The exit left out of the second run. */
  closedExitId: z.string().nullable(),
  startedAt: Timestamp.nullable(),
  /** People placed: the plan's expected peak, else its holding capacity. */
  people: z.int().nullable(),
  /**
   * The hand calculation beside them, for as many people: people ÷ Σ exit width × flow (minutes), with every
   * exit and without the one closed.
   */
  handMinutes: z.object({ allExits: z.number().nullable(), largestClosed: z.number().nullable() }),
});
export type EventSimulations = z.infer<typeof EventSimulations>;

export const SimulateEvent = z.strictObject({
  model: z.enum(['cfsm', 'sfm']).default('cfsm'),
  /** Default: the expected peak, else the holding capacity. */
  people: z.int().min(1).max(100_000).optional(),
  seed: z.int().min(0).max(2 ** 31 - 1).default(1),
});
export type SimulateEvent = z.infer<typeof SimulateEvent>;
export type SimulateEventInput = z.input<typeof SimulateEvent>;

// ---------------------------------------------------------------------------------------------------------
// The record

export const EventSummary = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerName: z.string(),
  siteId: Id,
  siteName: z.string(),
  name: z.string(),
  kind: EventKind,
  status: EventStatus,
  startsAt: Timestamp,
  endsAt: Timestamp,
  submitBy: Timestamp.nullable(),
  expectedPeak: z.int(),
  /** Last year's plan this one started from. */
  previousId: Id.nullable(),
  updatedAt: Timestamp,
  access: Access,
});
export type EventSummary = z.infer<typeof EventSummary>;

export const EventRecord = EventSummary.extend({
  listed: z.boolean(),
  revision: z.int(),
  profile: EventProfile,
  plan: EventPlan,
  calculations: EventCalculations,
  simulations: EventSimulations,
  reviews: z.array(EventReview),
  conditions: z.array(EventCondition),
  debrief: z.string(),
  createdAt: Timestamp,
  createdByName: z.string(),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const CreateEvent = z.strictObject({
  siteId: Id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  kind: EventKind.default('other'),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  submitBy: z.iso.datetime({ offset: true }).nullable().default(null),
  /** A profile version of the organisation's; default the built-in UK Green Guide. */
  profileId: Id.nullable().default(null),
  listed: z.boolean().default(true),
  plan: EventPlan.optional(),
});
export type CreateEvent = z.infer<typeof CreateEvent>;
export type CreateEventInput = z.input<typeof CreateEvent>;

export const UpdateEvent = z.strictObject({
  /** Saves only on this revision, else `conflict`. */
  revision: z.int().min(0).optional(),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  kind: EventKind.optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  endsAt: z.iso.datetime({ offset: true }).optional(),
  submitBy: z.iso.datetime({ offset: true }).nullable().optional(),
  profileId: Id.nullable().optional(),
  listed: z.boolean().optional(),
  plan: EventPlanPatch.optional(),
  debrief: z.string().max(20_000).optional(),
});
export type UpdateEvent = z.infer<typeof UpdateEvent>;
export type UpdateEventInput = z.input<typeof UpdateEvent>;

/** Next year's edition: a copy of the plan, dates moved, its `previousId` this one. */
export const NextEvent = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export type NextEvent = z.infer<typeof NextEvent>;

/** What changed since last year's plan, feature by feature and figure by figure. */
export const EventChanges = z.object({
  previousId: Id,
  previousName: z.string(),
  features: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), change: z.enum(['added', 'removed', 'changed']), fields: z.array(z.string()) })),
  figures: z.array(z.object({ key: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
  sections: z.array(z.string()),
  expectedPeak: z.object({ before: z.int(), after: z.int() }),
});
export type EventChanges = z.infer<typeof EventChanges>;

/** An entry of the network's calendar: what the public may know of an event, never its plan. */
export const CalendarEvent = z.object({
  id: Id,
  name: z.string(),
  kind: EventKind,
  orgId: Id,
  orgName: z.string(),
  country: z.string(),
  siteName: z.string(),
  at: LngLat.nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp,
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

/** The plan's vehicle-barrier lines checked against the site's newest vehicle threat analysis. */
export const BarrierChecks = z.object({
  /** The analysis used; null when the site has none ready (every line is then unchecked). */
  analysis: z.object({ id: Id, name: z.string(), createdAt: Timestamp }).nullable(),
  lines: z.array(
    z.object({
      featureId: z.string(),
      name: z.string(),
      productId: z.string().nullable(),
      verdict: z.enum(['stops', 'fails', 'uncrossed', 'no-product', 'unknown-product']),
      crossings: z.array(z.object({ class: z.string(), massKg: z.number(), speedKmh: z.number(), angleDeg: z.number(), stops: z.boolean() })),
    }),
  ),
});
export type BarrierChecks = z.infer<typeof BarrierChecks>;
