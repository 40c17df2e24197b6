import { z } from 'zod';
import { Id, LngLat, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { UploadPhotoQuery } from '../assessments/assessment.ts';
import { PlanItemId } from '../events/event.ts';
import { Delivery, ExerciseClock, ExerciseResponse } from './exercise.ts';

/**
 * The evaluation of an exercise (EXERCISES.md): the evaluators' observations against the exercise
 * evaluation guides (objective → capability → critical task) rated P / S / M / U, the hot wash and the
 * participants' feedback, the improvement plan whose corrective actions are tracked to done, and the
 * after-action report with its metrics and the whole exercise to replay.
 */

/** P performed without challenges, S with some, M with major challenges, U unable to be performed. */
export const EegRating = z.enum(['P', 'S', 'M', 'U']);
export type EegRating = z.infer<typeof EegRating>;

export const PostObservation = z.strictObject({
  objectiveId: PlanItemId.nullable().default(null),
  capabilityId: PlanItemId.nullable().default(null),
  taskId: PlanItemId.nullable().default(null),
  text: z.string().trim().min(1).max(5_000),
  rating: EegRating.nullable().default(null),
  /** Where it was seen. */
  at: LngLat.nullable().default(null),
});
export type PostObservation = z.infer<typeof PostObservation>;
export type PostObservationInput = z.input<typeof PostObservation>;

/** A photo of an observation: its location metadata removed unless kept on purpose (as an assessment's). */
export const ObservationPhoto = z.object({
  filename: z.string(),
  contentType: z.string(),
  bytes: z.int(),
  locationKept: z.boolean(),
});
export type ObservationPhoto = z.infer<typeof ObservationPhoto>;

/** The upload of an observation's photo: its file name, and whether its location is kept on purpose. */
export const UploadObservationPhotoQuery = UploadPhotoQuery.omit({ caption: true });
export type UploadObservationPhotoQuery = z.infer<typeof UploadObservationPhotoQuery>;

export const Observation = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  byName: z.string(),
  observedAt: Timestamp,
  scenarioTimeS: z.number(),
  objectiveId: z.string().nullable(),
  capabilityId: z.string().nullable(),
  taskId: z.string().nullable(),
  text: z.string(),
  rating: EegRating.nullable(),
  at: LngLat.nullable(),
  /** One photo, added after the observation by its author. */
  photo: ObservationPhoto.nullable(),
});
export type Observation = z.infer<typeof Observation>;

/** The hot wash right after play, and each participant's feedback form. */
export const PostFeedback = z.strictObject({
  kind: z.enum(['hot-wash', 'participant']),
  wentWell: z.string().max(5_000).default(''),
  toImprove: z.string().max(5_000).default(''),
  /** How useful the exercise was, 1–5. */
  score: z.int().min(1).max(5).nullable().default(null),
});
export type PostFeedback = z.infer<typeof PostFeedback>;
export type PostFeedbackInput = z.input<typeof PostFeedback>;

export const Feedback = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  byName: z.string(),
  at: Timestamp,
  kind: z.enum(['hot-wash', 'participant']),
  wentWell: z.string(),
  toImprove: z.string(),
  score: z.int().nullable(),
});
export type Feedback = z.infer<typeof Feedback>;

/** Planning, Organisation, Equipment, Training, Exercise: the capability elements of a corrective action. */
export const CapabilityElement = z.enum(['planning', 'organisation', 'equipment', 'training', 'exercise']);
export type CapabilityElement = z.infer<typeof CapabilityElement>;

export const ActionStatus = z.enum(['open', 'in-progress', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const SaveCorrectiveAction = z.strictObject({
  text: z.string().trim().min(1).max(2_000),
  element: CapabilityElement,
  /** The organisation responsible: the organiser or one of the participating agencies. */
  orgId: Id,
  capabilityId: PlanItemId.nullable().default(null),
  startsOn: z.iso.date().nullable().default(null),
  dueOn: z.iso.date().nullable().default(null),
  status: ActionStatus.default('open'),
  /** An event plan it improves, and a practice it draws on or became. */
  eventId: Id.nullable().default(null),
  practice: z.string().trim().max(MAX_NAME_LENGTH).default(''),
});
export type SaveCorrectiveAction = z.infer<typeof SaveCorrectiveAction>;
export type SaveCorrectiveActionInput = z.input<typeof SaveCorrectiveAction>;

export const CorrectiveAction = SaveCorrectiveAction.extend({
  id: Id,
  orgName: z.string(),
  updatedAt: Timestamp,
  doneAt: Timestamp.nullable(),
});
export type CorrectiveAction = z.infer<typeof CorrectiveAction>;

/** How fast each agency answered: from an inject reaching it to its first response to that inject (s). */
export const AgencyMetrics = z.object({
  orgId: Id,
  orgName: z.string(),
  injectsReceived: z.int(),
  responses: z.int(),
  /** Median and slowest first response to an inject, wall seconds; null without any. */
  medianResponseS: z.number().nullable(),
  slowestResponseS: z.number().nullable(),
  /** From the first inject to its first M/ETHANE report with a major incident declared (s), the decision. */
  decisionS: z.number().nullable(),
});
export type AgencyMetrics = z.infer<typeof AgencyMetrics>;

/** One moment of the exercise, for its replay. */
export const ReplayItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delivery'), at: Timestamp, scenarioTimeS: z.number(), delivery: Delivery, reached: z.array(Id) }),
  z.object({ kind: z.literal('response'), at: Timestamp, scenarioTimeS: z.number(), response: ExerciseResponse }),
  z.object({ kind: z.literal('observation'), at: Timestamp, scenarioTimeS: z.number(), observation: Observation }),
]);
export type ReplayItem = z.infer<typeof ReplayItem>;

/** The after-action report: ratings, strengths, areas for improvement, the plan, the metrics, the timeline. */
export const AfterActionReport = z.object({
  exerciseId: Id,
  name: z.string(),
  clock: ExerciseClock,
  /** Per objective and capability: the observations' ratings and the worst of them. */
  ratings: z.array(
    z.object({
      objectiveId: z.string().nullable(),
      capabilityId: z.string().nullable(),
      counts: z.object({ P: z.int(), S: z.int(), M: z.int(), U: z.int() }),
      overall: EegRating.nullable(),
    }),
  ),
  strengths: z.array(Observation),
  improvements: z.array(Observation),
  feedback: z.array(Feedback),
  actions: z.array(CorrectiveAction),
  metrics: z.object({
    injectsDelivered: z.int(),
    /** From an inject falling due on the clock to its delivery (ms): median and slowest. */
    medianInjectLatencyMs: z.number().nullable(),
    maxInjectLatencyMs: z.number().nullable(),
    agencies: z.array(AgencyMetrics),
  }),
  timeline: z.array(ReplayItem),
});
export type AfterActionReport = z.infer<typeof AfterActionReport>;
