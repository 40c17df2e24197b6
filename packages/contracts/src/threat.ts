import { z } from 'zod';
import { Id, LngLat, Timestamp } from './common.ts';
import { coordinates } from './coordinates.ts';
import { MAX_NAME_LENGTH, MAX_SPACING_M, MAX_VEHICLE_CLASSES, MAX_ZONE_VERTICES, MIN_SPACING_M } from './limits.ts';
import { Access } from './sharing.ts';

/**
 * Vehicle threat analyses (HVM.md §1–3): for a protected zone of a site, every route each vehicle class can
 * take into it, and how fast it arrives. Analyses are sensitive records: they say how to attack a place.
 */

/** A GeoJSON Polygon in WGS84: an outer ring and optional holes, each closed, [lon, lat]. */
export const Polygon = z.object({
  type: z.literal('Polygon'),
  coordinates: coordinates<LngLat[][]>([
    [1, 200],
    [4, MAX_ZONE_VERTICES],
  ]),
});
export type Polygon = z.infer<typeof Polygon>;

/** The vehicle class ids of HVM.md §2, in order of mass. */
export const DEFAULT_CLASS_IDS = ['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t', 'artic-40t'] as const;

/**
 * A class to assess: the id of a default class, or a whole class definition (mass, power …) that the
 * server checks against the physical ranges of the vehicle model.
 */
export const ClassChoice = z.union([
  z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(40),
  z.record(z.string(), z.union([z.string().max(200), z.number()])),
]);
export type ClassChoice = z.infer<typeof ClassChoice>;

export const CreateThreatAnalysis = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  /** The protected zone; default: the site outline (its largest polygon). */
  zone: Polygon.optional(),
  /** Default: the six classes of HVM.md §2. */
  classes: z.array(ClassChoice).min(1).max(MAX_VEHICLE_CLASSES).optional(),
  /** Spacing of the perimeter points (m). */
  spacingM: z.number().min(MIN_SPACING_M).max(MAX_SPACING_M).default(3),
  /** Re-run with varied parameters to give each speed a band (HVM.md §3). */
  sensitivity: z.boolean().default(true),
});
export type CreateThreatAnalysis = z.infer<typeof CreateThreatAnalysis>;
export type CreateThreatAnalysisInput = z.input<typeof CreateThreatAnalysis>;

/** Lowest and highest speed over the parameter variants. */
export const SpeedBand = z.object({ lowKmh: z.number(), highKmh: z.number() });
export type SpeedBand = z.infer<typeof SpeedBand>;

/** A stretch of perimeter reached by the same approach, with its worst run-up. */
export const ThreatEntry = z.object({
  speedKmh: z.number(),
  energyKJ: z.number(),
  runUpM: z.number(),
  angleDeg: z.number(),
  at: LngLat,
  fromM: z.number(),
  toM: z.number(),
  origin: LngLat,
  path: z.array(LngLat),
  band: SpeedBand.nullable(),
});
export type ThreatEntry = z.infer<typeof ThreatEntry>;

/** A perimeter point; `entry` indexes the class's entries (null: the class does not get there). */
export const ThreatPoint = z.object({
  atM: z.number(),
  at: LngLat,
  speedKmh: z.number(),
  energyKJ: z.number(),
  angleDeg: z.number().nullable(),
  entry: z.number().int().nullable(),
});
export type ThreatPoint = z.infer<typeof ThreatPoint>;

export const ClassThreat = z.object({
  class: z.string(),
  name: z.string(),
  massKg: z.number(),
  maxSpeedKmh: z.number(),
  maxEnergyKJ: z.number(),
  band: SpeedBand.nullable(),
  points: z.array(ThreatPoint),
  /** Sorted by speed, highest first. */
  entries: z.array(ThreatEntry),
});
export type ClassThreat = z.infer<typeof ClassThreat>;

/** The whole result of an analysis. */
export const ThreatResult = z.object({
  perimeterM: z.number(),
  classes: z.array(ClassThreat),
  /** The parameter variants behind the bands (empty without sensitivity). */
  variants: z.array(z.string()),
});
export type ThreatResult = z.infer<typeof ThreatResult>;

export const ThreatStatus = z.enum(['processing', 'ready', 'failed']);
export type ThreatStatus = z.infer<typeof ThreatStatus>;

/** The headline per class, in listings. */
export const ClassSummary = z.object({
  class: z.string(),
  maxSpeedKmh: z.number(),
  maxEnergyKJ: z.number(),
  entries: z.number().int(),
});
export type ClassSummary = z.infer<typeof ClassSummary>;

export const ThreatAnalysis = z.object({
  id: Id,
  ownerOrgId: Id,
  siteId: Id,
  name: z.string(),
  zone: Polygon,
  classIds: z.array(z.string()),
  spacingM: z.number(),
  sensitivity: z.boolean(),
  createdAt: Timestamp,
  jobId: Id.nullable(),
  status: ThreatStatus,
  progress: z.number(),
  error: z.string().nullable(),
  summary: z.array(ClassSummary).nullable(),
  access: Access,
});
export type ThreatAnalysis = z.infer<typeof ThreatAnalysis>;
