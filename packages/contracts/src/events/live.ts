import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { PlanItemId } from './event.ts';

/**
 * Live operations of an event (EVENTS.md): stewards' gate counts, occupancy and density against the
 * 2 / 4 / 5 persons/m² thresholds, the incident log with M/ETHANE entries, and the trigger points reached.
 * Every entry has its place in the event's log (`seq`, 1, 2, 3… without gaps): a page that hears of a
 * change reads what came after the last entry it holds, so every open page sees every entry, in order, once.
 */

export const MAX_GATE_COUNT = 100_000;

/** A steward's click counter: people in and out at a gate since its last post. */
export const PostGateCount = z.strictObject({
  gate: PlanItemId,
  in: z.int().min(0).max(MAX_GATE_COUNT).default(0),
  out: z.int().min(0).max(MAX_GATE_COUNT).default(0),
  /** The counter's own name (a steward, a device), for the log. */
  counter: z.string().trim().max(MAX_NAME_LENGTH).default(''),
});
export type PostGateCount = z.infer<typeof PostGateCount>;
export type PostGateCountInput = z.input<typeof PostGateCount>;

/** JESIP M/ETHANE: Major incident declared?, Exact location, Type, Hazards, Access, Number of casualties, Emergency services. */
export const Methane = z.strictObject({
  major: z.boolean().default(false),
  exactLocation: z.string().max(1_000).default(''),
  type: z.string().max(1_000).default(''),
  hazards: z.string().max(1_000).default(''),
  access: z.string().max(1_000).default(''),
  casualties: z.string().max(1_000).default(''),
  services: z.string().max(1_000).default(''),
});
export type Methane = z.infer<typeof Methane>;

export const PostIncident = z.strictObject({
  text: z.string().trim().min(1).max(5_000),
  methane: Methane.nullable().default(null),
  /** The plan's feature where it happened. */
  feature: PlanItemId.nullable().default(null),
  /** A trigger point acted on, and the alert drafted for it. */
  triggerId: PlanItemId.nullable().default(null),
  alertId: Id.nullable().default(null),
});
export type PostIncident = z.infer<typeof PostIncident>;
export type PostIncidentInput = z.input<typeof PostIncident>;

export const DensityLevel = z.enum(['normal', 'busy', 'unstable', 'critical']);
export type DensityLevel = z.infer<typeof DensityLevel>;

export const LogEntry = z.object({
  seq: z.int(),
  kind: z.enum(['count', 'incident', 'threshold', 'trigger', 'status']),
  at: Timestamp,
  byName: z.string(),
  gate: z.string().nullable(),
  in: z.int(),
  out: z.int(),
  counter: z.string(),
  text: z.string(),
  methane: Methane.nullable(),
  feature: z.string().nullable(),
  triggerId: z.string().nullable(),
  alertId: Id.nullable(),
  /** Occupancy and density after this entry. */
  occupancy: z.int(),
  density: z.number(),
  level: DensityLevel,
});
export type LogEntry = z.infer<typeof LogEntry>;

export const LiveState = z.object({
  status: z.string(),
  /** The last entry's place in the log (0 before any). */
  seq: z.int(),
  occupancy: z.int(),
  usableAreaM2: z.number(),
  density: z.number(),
  level: DensityLevel,
  /** Persons/m² at which the level changes: busy, unstable, critical. */
  thresholds: z.tuple([z.number(), z.number(), z.number()]),
  gates: z.array(z.object({ id: z.string(), name: z.string(), in: z.int(), out: z.int() })),
  /** Trigger points reached, with the entry that reached them. */
  triggered: z.array(z.object({ id: z.string(), name: z.string(), seq: z.int(), alertId: Id.nullable() })),
  entries: z.array(LogEntry),
});
export type LiveState = z.infer<typeof LiveState>;
