import { z } from 'zod';
import { Id, LngLat, Timestamp } from './common.ts';
import { MAX_NAME_LENGTH, MAX_STATIONS, MAX_VEHICLE_CLASSES } from './limits.ts';
import { Access } from './sharing.ts';
import { ClassChoice, Polygon } from './threat.ts';

/**
 * Protection plans (HVM.md §4–6): the cheapest barrier lines that stop every design-basis class at every
 * point of a zone's perimeter, keep emergency routes open and pedestrian lines permeable, with their
 * independent verification. Plans are sensitive records: they show where a place is not protected.
 */

/** A catalogue product as the API takes it (the shape `@pactesur/barriers` `parseCatalogue` checks). */
export const CatalogueProductInput = z.record(z.string(), z.unknown());

/** An emergency station placed by the user (fire, ambulance, police). */
export const StationInput = z.strictObject({ name: z.string().trim().min(1).max(MAX_NAME_LENGTH), at: LngLat });
export type StationInput = z.infer<typeof StationInput>;

/** A line the user fixed: this product (or layout) id at the candidate line nearest `at` (within 10 m). */
export const LockInput = z.strictObject({ at: LngLat, product: z.string().min(1).max(120) });
export type LockInput = z.infer<typeof LockInput>;

export const CreateProtectionPlan = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  /** The protected zone; default: the site outline (its largest polygon). */
  zone: Polygon.optional(),
  /** Design basis; default: the six classes of HVM.md §2. */
  classes: z.array(ClassChoice).min(1).max(MAX_VEHICLE_CLASSES).optional(),
  /** The organisation's own catalogue; default: the planning-default catalogue of HVM.md §5. */
  catalogue: z.array(CatalogueProductInput).min(1).max(200).optional(),
  /** Stations from the site's OSM data (`amenity=fire_station|police`, `emergency=ambulance_station`), plus these. */
  osmStations: z.boolean().default(true),
  stations: z.array(StationInput).max(MAX_STATIONS).default([]),
  locked: z.array(LockInput).max(500).default([]),
  /** Places where no barrier may go (the candidate line nearest each point, within 10 m). */
  forbidden: z.array(LngLat).max(500).default([]),
  /** Refuse a plan that costs more than this (€). */
  budgetEur: z.number().positive().max(1e10).optional(),
  /** The plan this one re-optimises (a scenario of it). */
  parentId: Id.optional(),
});
export type CreateProtectionPlan = z.infer<typeof CreateProtectionPlan>;
export type CreateProtectionPlanInput = z.input<typeof CreateProtectionPlan>;

/** One measure: a product line (or a speed-reduction layout, or a product behind one) across a way. */
export const PlanMeasure = z.object({
  product: z.string(),
  name: z.string(),
  /** The rating as tested, in its own standard's words; null for a layout alone. */
  rating: z.string().nullable(),
  at: LngLat,
  line: z.tuple([LngLat, LngLat]),
  widthM: z.number(),
  units: z.number().int(),
  costEur: z.number(),
  maintenancePerYearEur: z.number(),
  openable: z.boolean(),
  permeable: z.boolean(),
  /** An accessible gap (about 1.5 m) is kept because the line is on a cycle route. */
  accessibleGap: z.boolean(),
  /** Where the line stands: on the perimeter, across a way near it, or across a long way into the zone. */
  kind: z.enum(['gap', 'edge', 'head']),
  locked: z.boolean(),
});
export type PlanMeasure = z.infer<typeof PlanMeasure>;

export const PlanVerification = z.object({
  passed: z.boolean(),
  unstoppedApproaches: z.number().int(),
  unstopped: z.array(z.object({ class: z.string(), at: LngLat, speedKmh: z.number() })),
  emergencyRoutesOpen: z.boolean(),
  stationsChecked: z.number().int(),
  pedestrianLinesPermeable: z.boolean(),
});
export type PlanVerification = z.infer<typeof PlanVerification>;

/** What a plan leaves: exposure is crowd-independent here, Σ over perimeter crossings of the highest kinetic energy (kJ) that still reaches them. */
export const PlanExposure = z.object({ beforeKJ: z.number(), afterKJ: z.number() });
export type PlanExposure = z.infer<typeof PlanExposure>;

/** The emergency stations a plan was given: searched in the map data or not, found there, placed by the user. */
export const StationSearch = z.object({ osmAsked: z.boolean(), osmFound: z.number().int(), given: z.number().int() });
export type StationSearch = z.infer<typeof StationSearch>;

/** A default vehicle class as a plan's design basis, and whether the planning-default catalogue can stop it at all. */
export const DesignBasisClass = z.object({
  id: z.string(),
  name: z.string(),
  massKg: z.number(),
  /** Some product of the catalogue is tested with a vehicle at least this heavy: ticked by default. */
  stoppable: z.boolean(),
  /** The heaviest test vehicle of the catalogue (kg), for the sentence that says why a class cannot be stopped. */
  heaviestTestedKg: z.number(),
});
export type DesignBasisClass = z.infer<typeof DesignBasisClass>;
export const DesignBasis = z.object({ classes: z.array(DesignBasisClass) });
export type DesignBasis = z.infer<typeof DesignBasis>;

export const PlanResult = z.discriminatedUnion('feasible', [
  z.object({
    feasible: z.literal(true),
    totalCostEur: z.number(),
    maintenancePerYearEur: z.number(),
    measures: z.array(PlanMeasure),
    verification: PlanVerification,
    classes: z.array(z.string()),
    unreached: z.array(z.string()),
    optimal: z.boolean(),
    gap: z.number().nullable(),
    solveS: z.number(),
    size: z.object({ lines: z.number().int(), states: z.number().int(), arcs: z.number().int() }),
    exposure: PlanExposure,
    /** Stations whose routes were kept open, by name. */
    stations: z.array(z.object({ name: z.string(), at: LngLat })),
    /** Where the stations came from: whether the map data was searched, how many it had, how many the user placed. */
    stationSearch: StationSearch.optional(),
  }),
  z.object({
    feasible: z.literal(false),
    reason: z.string(),
    constraint: z.string(),
    classes: z.array(z.string()),
    /** The class no allowed product stops (`constraint: 'class'`). */
    classId: z.string().nullable().optional(),
    /** Where that class's approach runs: the places on its way where a barrier could go, or where it reaches the zone. */
    where: z.array(LngLat).optional(),
  }),
]);
export type PlanResult = z.infer<typeof PlanResult>;

export const PlanStatus = z.enum(['processing', 'ready', 'failed']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** The headline of a plan, in listings and side-by-side comparisons. */
export const PlanSummary = z.object({
  feasible: z.boolean(),
  totalCostEur: z.number().nullable(),
  maintenancePerYearEur: z.number().nullable(),
  measures: z.number().int(),
  verified: z.boolean().nullable(),
  unstoppedApproaches: z.number().int().nullable(),
  emergencyRoutesOpen: z.boolean().nullable(),
  pedestrianLinesPermeable: z.boolean().nullable(),
  residualExposureKJ: z.number().nullable(),
  reason: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const ProtectionPlan = z.object({
  id: Id,
  ownerOrgId: Id,
  siteId: Id,
  parentId: Id.nullable(),
  name: z.string(),
  zone: Polygon,
  classIds: z.array(z.string()),
  request: CreateProtectionPlan,
  createdAt: Timestamp,
  jobId: Id.nullable(),
  status: PlanStatus,
  progress: z.number(),
  error: z.string().nullable(),
  summary: PlanSummary.nullable(),
  access: Access,
});
export type ProtectionPlan = z.infer<typeof ProtectionPlan>;

/**
 * A scenario of a plan: the same site and zone, the parent's request with these fields replaced
 * (`budgetEur: null` drops the parent's budget). The new plan's `parentId` is the plan it came from.
 */
export const ReoptimiseProtectionPlan = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  locked: z.array(LockInput).max(500).optional(),
  forbidden: z.array(LngLat).max(500).optional(),
  classes: z.array(ClassChoice).min(1).max(MAX_VEHICLE_CLASSES).optional(),
  budgetEur: z.number().positive().max(1e10).nullable().optional(),
});
export type ReoptimiseProtectionPlan = z.infer<typeof ReoptimiseProtectionPlan>;

/** Plans side by side (`GET /api/protection-plans/compare?ids=…`), in the order asked. */
export const PlanComparison = z.object({
  plans: z.array(
    z.object({
      id: Id,
      name: z.string(),
      siteId: Id,
      parentId: Id.nullable(),
      createdAt: Timestamp,
      status: PlanStatus,
      access: Access,
      summary: PlanSummary.nullable(),
    }),
  ),
});
export type PlanComparison = z.infer<typeof PlanComparison>;
