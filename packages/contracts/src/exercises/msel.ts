import { z } from 'zod';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { PlanItemId } from '../events/event.ts';

/**
 * The master scenario events list of a multi-agency exercise (EXERCISES.md): its injects, each a timed
 * message from a real role or a simulated persona to players, agencies or roles, grouped in storylines and
 * acts, with the objectives it tests and the injects it waits for; the objectives with the capabilities
 * they test; and the findings of a check of the list (a CSV file or the list built in the app).
 */

/** Discussion-based (seminar … game) and operations-based (drill … full-scale) exercises. */
export const EXERCISE_TYPES = [
  'seminar',
  'workshop',
  'tabletop',
  'game',
  'drill',
  'functional',
  'full-scale',
] as const;
export const ExerciseType = z.enum(EXERCISE_TYPES);
export type ExerciseType = z.infer<typeof ExerciseType>;

/**
 * How an inject reaches its recipients: in the app, a phone script, a radio call, an email, a simulated
 * news item or social post, or a CAP alert (always issued with status Exercise).
 */
export const DELIVERY_METHODS = ['in-app', 'phone', 'radio', 'email', 'news', 'social', 'cap-alert'] as const;
export const DeliveryMethod = z.enum(DELIVERY_METHODS);
export type DeliveryMethod = z.infer<typeof DeliveryMethod>;

export const INJECT_STATUSES = ['pending', 'delivered', 'skipped', 'cancelled'] as const;
export const InjectStatus = z.enum(INJECT_STATUSES);
export type InjectStatus = z.infer<typeof InjectStatus>;

/** The most injects one list holds: a full-scale exercise of several days has a few hundred. */
export const MAX_INJECTS = 1_000;
/** The highest inject number. */
export const MAX_INJECT_NUMBER = 99_999;
/** The latest scenario time of an inject: seven days after the exercise's start (s). */
export const MAX_SCENARIO_TIME_S = 7 * 24 * 3600;
export const MAX_SYNOPSIS_LENGTH = 500;
export const MAX_MESSAGE_LENGTH = 5_000;
/** Expected action, control note, summaries and descriptions. */
export const MAX_EXERCISE_NOTE_LENGTH = 2_000;
/** Recipients, objectives, dependencies of one inject. */
export const MAX_INJECT_LIST = 50;
export const MAX_INJECT_ATTACHMENTS = 20;
export const MAX_OBJECTIVES = 50;
export const MAX_CAPABILITIES = 50;
export const MAX_STORYLINES = 20;
export const MAX_ACTS = 20;

const note = z.string().trim().max(MAX_EXERCISE_NOTE_LENGTH).default('');
const label = z.string().trim().max(MAX_NAME_LENGTH);

/**
 * One entry of a list held in one cell of the MSEL's CSV (a recipient, an attachment's name): trimmed, not
 * empty, without `;` (the separator of such a list) or a line break.
 */
export const MselListItem = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .regex(/^[^;\r\n]+$/, 'no ; or line break');

/** One inject of the MSEL. */
export const Inject = z.strictObject({
  /** Short id, unique in the exercise: what dependencies point to. */
  id: PlanItemId,
  /** The inject's number, unique in the exercise, as controllers call it (the CSV's dependencies use it). */
  number: z.number().int().min(1).max(MAX_INJECT_NUMBER),
  /** The storyline and act it belongs to, by name ('' when the exercise has one storyline or no acts). */
  storyline: label.default(''),
  act: label.default(''),
  /** When it is due, in seconds after the exercise's start on the simulation clock. */
  scenarioTimeS: z.number().int().min(0).max(MAX_SCENARIO_TIME_S),
  /** When it was delivered (wall time), null until then. */
  deliveredAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** What happens, for controllers. */
  synopsis: z.string().trim().min(1).max(MAX_SYNOPSIS_LENGTH),
  /** The text delivered (the script read on the phone or radio, the post, the alert's text). */
  message: z.string().trim().max(MAX_MESSAGE_LENGTH).default(''),
  /** A real role or a simulated persona. */
  from: label.min(1),
  /** Players, agencies (name or slug) or roles: at least one. */
  to: z.array(MselListItem).min(1).max(MAX_INJECT_LIST),
  method: DeliveryMethod,
  /** The controller who delivers it. */
  controller: label.default(''),
  /** What the players are expected to do. */
  expectedAction: note,
  /** The ids of the objectives it tests. */
  objectives: z.array(PlanItemId).max(MAX_INJECT_LIST).default([]),
  /** Hidden from players. */
  controlNote: note,
  /** Held in reserve: delivered only if the controllers need it. */
  contingency: z.boolean().default(false),
  status: InjectStatus.default('pending'),
  /** The ids of the injects that must be delivered (or skipped) before this one. */
  dependsOn: z.array(PlanItemId).max(MAX_INJECT_LIST).default([]),
  /** Names of the files sent with it. */
  attachments: z.array(MselListItem).max(MAX_INJECT_ATTACHMENTS).default([]),
});
export type Inject = z.infer<typeof Inject>;
export type InjectInput = z.input<typeof Inject>;

export const Msel = z.array(Inject).max(MAX_INJECTS);
export type Msel = z.infer<typeof Msel>;

/** A part of a storyline (the alarm, the response, the recovery …). */
export const Act = z.strictObject({
  name: label.min(1),
  summary: note,
});
export type Act = z.infer<typeof Act>;

/** A thread of the scenario, told in acts; injects name their storyline and act. */
export const Storyline = z.strictObject({
  name: label.min(1),
  summary: note,
  acts: z.array(Act).max(MAX_ACTS).default([]),
});
export type Storyline = z.infer<typeof Storyline>;

/** Something the participating agencies must be able to do (operational coordination, public warning …). */
export const Capability = z.strictObject({
  id: PlanItemId,
  name: label.min(1),
  description: note,
});
export type Capability = z.infer<typeof Capability>;

/** A specific, measurable objective of the exercise and the capabilities it tests. */
export const Objective = z.strictObject({
  id: PlanItemId,
  text: z.string().trim().min(1).max(MAX_EXERCISE_NOTE_LENGTH),
  capabilities: z.array(PlanItemId).max(MAX_CAPABILITIES).default([]),
});
export type Objective = z.infer<typeof Objective>;

/**
 * What is wrong in an MSEL: the row (as a spreadsheet numbers the CSV's rows, 1 being the header; the
 * inject's number for a list built in the app), the column's English header name ('' for the row or the
 * file as a whole) and why.
 */
export const MselFinding = z.strictObject({
  row: z.number().int().min(1),
  column: z.string().max(MAX_NAME_LENGTH),
  message: z.string().min(1).max(MAX_EXERCISE_NOTE_LENGTH),
});
export type MselFinding = z.infer<typeof MselFinding>;
