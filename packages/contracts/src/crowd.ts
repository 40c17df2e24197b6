import { z } from 'zod';
import { Id, LngLat, Timestamp } from './common.ts';
import { MAX_CROWD_DENSITY, MAX_CROWD_DURATION_S, MAX_EXIT_ID_LENGTH, MAX_NAME_LENGTH, MAX_PEOPLE } from './limits.ts';
import { Access } from './sharing.ts';
import { Polygon } from './threat.ts';
import { MultiPolygon } from './site.ts';

/**
 * Crowd simulations of a site (CROWD.md): how long the place takes to empty through the exits drawn on
 * the map, and where the crowd gets dangerously dense. Records of the site's analyses, sensitive like them.
 */

/** An exit drawn on the map: a segment on the edge of the walkable area. */
export const CrowdExit = z.object({
  id: z.string().trim().min(1).max(MAX_EXIT_ID_LENGTH),
  line: z.tuple([LngLat, LngLat]),
});
export type CrowdExit = z.infer<typeof CrowdExit>;

export const CreateCrowdSimulation = z
  .strictObject({
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
    model: z.enum(['cfsm', 'sfm']).default('cfsm'),
    exits: z.array(CrowdExit).min(1).max(50),
    /** People per m² of walkable area, or a head count; exactly one. */
    density: z.number().min(0.01).max(MAX_CROWD_DENSITY).optional(),
    count: z.number().int().min(1).max(MAX_PEOPLE).optional(),
    /** Where the people start (default: the whole walkable area). */
    area: Polygon.optional(),
    /**
     * The area open to the crowd instead of the site's outline (an event's enclosure, its stages as holes);
     * the exits are on its edge.
     */
    walkable: MultiPolygon.optional(),
    /** Each person heads for the nearest exit, or for the one that gets them out soonest given the queues. */
    exitChoice: z.enum(['nearest', 'congestion']).default('nearest'),
    /** Premovement times are uniform between these (s). */
    premovementS: z.tuple([z.number().min(0).max(600), z.number().min(0).max(600)]).default([0, 30]),
    durationS: z.number().min(10).max(MAX_CROWD_DURATION_S).default(600),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  })
  .refine((s) => (s.density === undefined) !== (s.count === undefined), {
    message: 'give either a density (people per m²) or a count',
    path: ['density'],
  })
  .refine((s) => s.premovementS[0] <= s.premovementS[1], { message: 'the first premovement time is above the second', path: ['premovementS'] });
export type CreateCrowdSimulation = z.infer<typeof CreateCrowdSimulation>;
export type CreateCrowdSimulationInput = z.input<typeof CreateCrowdSimulation>;

/** Agents out through one exit: count, first and last time, and the flow over time (people/s per sample). */
export const CrowdExitResult = z.object({
  id: z.string(),
  widthM: z.number(),
  agentsOut: z.number().int(),
  firstS: z.number().nullable(),
  lastS: z.number().nullable(),
  /** Mean flow through the exit between its first and last passage (people/s). */
  flowPerS: z.number(),
  /** People through the exit per sample interval of `CrowdResult.curve.t`, as people/s. */
  flowSeries: z.array(z.number()),
});
export type CrowdExitResult = z.infer<typeof CrowdExitResult>;

export const CrowdResult = z.object({
  evacuationTimeS: z.number().nullable(),
  agentsTotal: z.number().int(),
  agentsOut: z.number().int(),
  walkableAreaM2: z.number(),
  exits: z.array(CrowdExitResult),
  /** The evacuation curve: people still inside at each time. */
  curve: z.object({ t: z.array(z.number()), remaining: z.array(z.number()) }),
  /** Highest local density reached (people/m², over 2 m × 2 m cells of the recorded frames). */
  peakDensity: z.number(),
  simulatedS: z.number(),
  steps: z.number().int(),
  wallS: z.number(),
  agentStepsPerS: z.number(),
});
export type CrowdResult = z.infer<typeof CrowdResult>;

/**
 * Playback: one frame per `everyS` seconds; each frame holds the positions of the people still inside,
 * as a base64 Int32Array of [lon·1e7, lat·1e7] pairs (little-endian).
 */
export const CrowdFrames = z.object({
  everyS: z.number(),
  frames: z.array(z.object({ t: z.number(), n: z.number().int(), lonLatE7: z.string() })),
});
export type CrowdFrames = z.infer<typeof CrowdFrames>;

export const CrowdStatus = z.enum(['processing', 'ready', 'failed']);

export const CrowdSimulation = z.object({
  id: Id,
  ownerOrgId: Id,
  siteId: Id,
  name: z.string(),
  model: z.enum(['cfsm', 'sfm']),
  exits: z.array(CrowdExit),
  agents: z.number().int(),
  durationS: z.number(),
  createdAt: Timestamp,
  jobId: Id.nullable(),
  status: CrowdStatus,
  progress: z.number(),
  error: z.string().nullable(),
  /** The headline figures once ready. */
  summary: z
    .object({ evacuationTimeS: z.number().nullable(), agentsOut: z.number().int(), agentsTotal: z.number().int(), peakDensity: z.number() })
    .nullable(),
  access: Access,
});
export type CrowdSimulation = z.infer<typeof CrowdSimulation>;
