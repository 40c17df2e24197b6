import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Access } from '../sharing.ts';
import { PlanItemId } from '../events/event.ts';
import { Methane } from '../events/live.ts';
import { Capability, DeliveryMethod, ExerciseType, Inject, InjectStatus, MAX_INJECTS, Objective, Storyline } from './msel.ts';

/**
 * Multi-agency exercises (EXERCISES.md): the exercise designed by its organiser (outline, objectives and
 * the capabilities they test, storylines, the master scenario events list), its participants with their
 * roles, and its live run — the simulation clock, the injects delivered to their recipients only, and the
 * players' responses. Sensitive: the scenario describes how a place could be attacked.
 */

export const EXERCISE_ROLES = ['director', 'controller', 'simulator', 'evaluator', 'player', 'observer'] as const;
export const ExerciseRole = z.enum(EXERCISE_ROLES);
export type ExerciseRole = z.infer<typeof ExerciseRole>;

/** Roles that see the whole scenario and steer the run. */
export const CONTROL_ROLES: readonly ExerciseRole[] = ['director', 'controller', 'simulator'];

export const ExerciseStatus = z.enum(['planning', 'running', 'paused', 'ended']);
export type ExerciseStatus = z.infer<typeof ExerciseStatus>;

export const EXERCISE_TEMPLATES = ['vehicle-ramming-promenade', 'crowd-crush-fan-zone', 'suspicious-object-market'] as const;
export const ExerciseTemplate = z.enum(EXERCISE_TEMPLATES);
export type ExerciseTemplate = z.infer<typeof ExerciseTemplate>;

const note = z.string().max(5_000).default('');
const label = z.string().trim().max(MAX_NAME_LENGTH);

export const PlanningMeeting = z.strictObject({ id: PlanItemId, at: z.iso.datetime({ offset: true }), title: label.min(1), notes: note });
export const ExerciseDocument = z.strictObject({ id: PlanItemId, title: label.min(1), note: note });

/** A critical task of a capability the exercise tests: what the evaluators watch for (the evaluation guide). */
export const CriticalTask = z.strictObject({
  id: PlanItemId,
  capabilityId: PlanItemId,
  text: z.string().trim().min(1).max(2_000),
});
export type CriticalTask = z.infer<typeof CriticalTask>;

const designParts = {
  scope: z.string().max(5_000),
  venues: z.array(label.min(1)).max(20),
  objectives: z.array(Objective).max(50),
  capabilities: z.array(Capability).max(50),
  tasks: z.array(CriticalTask).max(200),
  storylines: z.array(Storyline).max(20),
  msel: z.array(Inject).max(MAX_INJECTS),
  meetings: z.array(PlanningMeeting).max(50),
  documents: z.array(ExerciseDocument).max(50),
};

/** What the organiser designs: one document saved as they go. */
export const ExerciseDesign = z.strictObject({
  scope: designParts.scope.default(''),
  venues: designParts.venues.default([]),
  objectives: designParts.objectives.default([]),
  capabilities: designParts.capabilities.default([]),
  tasks: designParts.tasks.default([]),
  storylines: designParts.storylines.default([]),
  msel: designParts.msel.default([]),
  meetings: designParts.meetings.default([]),
  documents: designParts.documents.default([]),
});
export type ExerciseDesign = z.infer<typeof ExerciseDesign>;
export type ExerciseDesignInput = z.input<typeof ExerciseDesign>;

/** A change of the design: the parts given replace the stored ones; an absent part is left as it is. */
export const ExerciseDesignPatch = z.strictObject({
  scope: designParts.scope.optional(),
  venues: designParts.venues.optional(),
  objectives: designParts.objectives.optional(),
  capabilities: designParts.capabilities.optional(),
  tasks: designParts.tasks.optional(),
  storylines: designParts.storylines.optional(),
  msel: designParts.msel.optional(),
  meetings: designParts.meetings.optional(),
  documents: designParts.documents.optional(),
});
export type ExerciseDesignPatch = z.infer<typeof ExerciseDesignPatch>;

/** An agency (and optionally one of its people) taking part, with a role. */
export const Participant = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  orgSlug: z.string(),
  userId: Id.nullable(),
  userName: z.string().nullable(),
  role: ExerciseRole,
  /** How the MSEL names the agency (`to` of an inject): its slug, else this label. */
  agency: z.string(),
});
export type Participant = z.infer<typeof Participant>;

export const AddParticipant = z.strictObject({
  orgId: Id,
  userId: Id.nullable().default(null),
  role: ExerciseRole,
  agency: label.default(''),
});
export type AddParticipant = z.infer<typeof AddParticipant>;
export type AddParticipantInput = z.input<typeof AddParticipant>;

/** The simulation clock as it stands. */
export const ExerciseClock = z.object({
  status: ExerciseStatus,
  /** Scenario seconds since the start, at `at`. */
  scenarioTimeS: z.number(),
  /** Scenario seconds per wall second (1: real time). */
  speed: z.number(),
  at: Timestamp,
});
export type ExerciseClock = z.infer<typeof ExerciseClock>;

export const ExerciseSummary = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerName: z.string(),
  name: z.string(),
  type: ExerciseType,
  status: ExerciseStatus,
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** The acting organisation's roles in it (the owner's people are its controllers). */
  myRoles: z.array(ExerciseRole),
  updatedAt: Timestamp,
  access: Access,
});
export type ExerciseSummary = z.infer<typeof ExerciseSummary>;

export const Exercise = ExerciseSummary.extend({
  revision: z.int(),
  /** The whole design: for the exercise's controllers only (players never see the scenario ahead). */
  design: ExerciseDesign.nullable(),
  /** The objectives, capabilities and their critical tasks, which every participant may know. */
  objectives: z.array(Objective),
  capabilities: z.array(Capability),
  tasks: z.array(CriticalTask),
  participants: z.array(Participant),
  clock: ExerciseClock,
  createdAt: Timestamp,
  createdByName: z.string(),
});
export type Exercise = z.infer<typeof Exercise>;

export const CreateExercise = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  type: ExerciseType.default('tabletop'),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** Starts from a template's objectives, storylines and MSEL. */
  template: ExerciseTemplate.nullable().default(null),
  design: ExerciseDesign.optional(),
});
export type CreateExercise = z.infer<typeof CreateExercise>;
export type CreateExerciseInput = z.input<typeof CreateExercise>;

export const UpdateExercise = z.strictObject({
  revision: z.int().min(0).optional(),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  type: ExerciseType.optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  endsAt: z.iso.datetime({ offset: true }).optional(),
  design: ExerciseDesignPatch.optional(),
});
export type UpdateExercise = z.infer<typeof UpdateExercise>;
export type UpdateExerciseInput = z.input<typeof UpdateExercise>;

/** The controllers' commands of the live run. */
export const RunCommand = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), speed: z.number().min(0.1).max(120).default(1) }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('speed'), speed: z.number().min(0.1).max(120) }),
  /** Moves the clock on to a later scenario time (what falls due is delivered). */
  z.strictObject({ action: z.literal('jump'), toScenarioTimeS: z.int().min(0) }),
  /** Delivers one inject now, whatever its time. */
  z.strictObject({ action: z.literal('publish'), injectId: PlanItemId }),
  /** One inject will not be delivered: skipped (its dependants may go on) or cancelled. */
  z.strictObject({ action: z.literal('skip'), injectId: PlanItemId }),
  z.strictObject({ action: z.literal('cancel'), injectId: PlanItemId }),
  z.strictObject({ action: z.literal('end') }),
]);
export type RunCommand = z.infer<typeof RunCommand>;
export type RunCommandInput = z.input<typeof RunCommand>;

/** An inject as it reached a recipient: what was sent, never the control notes. */
export const Delivery = z.object({
  injectId: z.string(),
  number: z.int(),
  storyline: z.string(),
  scenarioTimeS: z.number(),
  deliveredAt: Timestamp,
  from: z.string(),
  to: z.array(z.string()),
  method: DeliveryMethod,
  message: z.string(),
  attachments: z.array(z.string()),
  /**
   * A `cap-alert` inject's CAP 1.2 message, status Exercise and scope Restricted to the exercise's
   * participants, written when it was delivered; null for the other methods.
   */
  cap: z.object({ identifier: z.string(), xml: z.string() }).nullable(),
});
export type Delivery = z.infer<typeof Delivery>;

/** An inject on the controllers' timeline: the design's with how the run treated it. */
export const TimelineInject = z.object({
  inject: Inject,
  status: InjectStatus,
  deliveredAt: Timestamp.nullable(),
  /** Participants' organisations it reached. */
  reached: z.array(Id),
});
export type TimelineInject = z.infer<typeof TimelineInject>;

export const Timeline = z.object({ clock: ExerciseClock, injects: z.array(TimelineInject) });
export type Timeline = z.infer<typeof Timeline>;

export const PostResponse = z.strictObject({
  /** The inject it answers, if any. */
  injectId: PlanItemId.nullable().default(null),
  text: z.string().trim().max(5_000).default(''),
  /** A choice offered by the inject. */
  choice: label.nullable().default(null),
  methane: Methane.nullable().default(null),
});
export type PostResponse = z.infer<typeof PostResponse>;
export type PostResponseInput = z.input<typeof PostResponse>;

export const ExerciseResponse = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  byName: z.string(),
  at: Timestamp,
  scenarioTimeS: z.number(),
  injectId: z.string().nullable(),
  text: z.string(),
  choice: z.string().nullable(),
  methane: Methane.nullable(),
});
export type ExerciseResponse = z.infer<typeof ExerciseResponse>;
