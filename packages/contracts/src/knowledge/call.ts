import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { NetworkRole } from '../network.ts';

/**
 * A call for expressions of interest (KNOWLEDGE.md): how a network chooses the organisations that join it —
 * PACTESUR 2 chose its eleven associated cities this way. The lead and consortium partners write it with its
 * criteria and deadline and publish it (readable without an account); any organisation applies before the
 * deadline, answering each criterion; the reviewers (lead, consortium and expert committee) score the
 * applications criterion by criterion; once closed, the lead and consortium select, and the organisations
 * selected join the network in the role the call names.
 */

export const MAX_CALL_CRITERIA = 12;
export const MAX_CALL_ANSWER = 4_000;
/** The highest score of a criterion. */
export const MAX_CRITERION_SCORE = 5;

/** A criterion's key: lower-case letters, digits and `-`, unique in its call. */
export const CriterionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-"');

export const CallCriterion = z.strictObject({
  id: CriterionId,
  label: z.string().trim().min(1).max(300),
  /** What the applicant is asked to show, shown under the label. */
  guidance: z.string().trim().max(1_000).default(''),
  /** How much the criterion counts in the score (1–5). */
  weight: z.int().min(1).max(5).default(1),
});
export type CallCriterion = z.infer<typeof CallCriterion>;
export type CallCriterionInput = z.input<typeof CallCriterion>;

/** The roles a call may give the organisations it selects. */
export const CallJoinRole = NetworkRole.extract(['associated', 'expert-committee', 'observer']);
export type CallJoinRole = z.infer<typeof CallJoinRole>;

export const SaveCall = z
  .strictObject({
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    description: z.string().trim().max(10_000).default(''),
    criteria: z.array(CallCriterion).min(1).max(MAX_CALL_CRITERIA),
    /** Applications are taken until this instant. */
    deadline: z.iso.datetime({ offset: true }),
    /** How many organisations the call means to select. */
    places: z.int().min(1).max(100),
    joinAs: CallJoinRole.default('associated'),
    /** Readable by everyone (without an account) and open to applications; a draft is its network's managers' only. */
    published: z.boolean().default(false),
  })
  .refine((c) => new Set(c.criteria.map((x) => x.id)).size === c.criteria.length, { message: 'two criteria have the same key', path: ['criteria'] });
export type SaveCall = z.infer<typeof SaveCall>;
export type SaveCallInput = z.input<typeof SaveCall>;

/** A draft; open to applications; closed (deadline passed), awaiting the selection; decided. */
export const CallStage = z.enum(['draft', 'open', 'closed', 'decided']);
export type CallStage = z.infer<typeof CallStage>;

/** An organisation's application: an answer to each criterion, its motivation and who to contact. */
export const SaveApplication = z.strictObject({
  answers: z.record(CriterionId, z.string().trim().max(MAX_CALL_ANSWER)).default({}),
  motivation: z.string().trim().min(1).max(8_000),
  contact: z.string().trim().min(1).max(MAX_NAME_LENGTH),
});
export type SaveApplication = z.infer<typeof SaveApplication>;
export type SaveApplicationInput = z.input<typeof SaveApplication>;

/** A reviewer's scores (0 to MAX_CRITERION_SCORE per criterion, every criterion scored) and comment. */
export const SaveReview = z.strictObject({
  scores: z.record(CriterionId, z.int().min(0).max(MAX_CRITERION_SCORE)),
  comment: z.string().trim().max(4_000).default(''),
});
export type SaveReview = z.infer<typeof SaveReview>;
export type SaveReviewInput = z.input<typeof SaveReview>;

export const CallReview = z.object({
  reviewerOrgId: Id,
  reviewerOrgName: z.string(),
  byName: z.string(),
  scores: z.record(z.string(), z.int()),
  comment: z.string(),
  at: Timestamp,
});
export type CallReview = z.infer<typeof CallReview>;

export const ApplicationOutcome = z.enum(['pending', 'selected', 'not-selected']);
export type ApplicationOutcome = z.infer<typeof ApplicationOutcome>;

export const CallApplication = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  orgCountry: z.string().nullable(),
  answers: z.record(z.string(), z.string()),
  motivation: z.string(),
  contact: z.string(),
  byName: z.string(),
  submittedAt: Timestamp,
  updatedAt: Timestamp,
  /** The reviews, for the reviewers only (empty for the applicant). */
  reviews: z.array(CallReview),
  /** The weighted mean of the reviews, out of MAX_CRITERION_SCORE; null before any review or for the applicant. */
  score: z.number().nullable(),
  /** Pending until the call is decided. */
  outcome: ApplicationOutcome,
});
export type CallApplication = z.infer<typeof CallApplication>;

/** The selection: the applications chosen, and a note every applicant reads. */
export const DecideCall = z.strictObject({
  selected: z.array(Id).max(100),
  note: z.string().trim().max(4_000).default(''),
});
export type DecideCall = z.infer<typeof DecideCall>;
export type DecideCallInput = z.input<typeof DecideCall>;

export const Call = z.object({
  id: Id,
  networkSlug: z.string(),
  networkName: z.string(),
  title: z.string(),
  description: z.string(),
  criteria: z.array(CallCriterion),
  deadline: Timestamp,
  places: z.int(),
  joinAs: CallJoinRole,
  published: z.boolean(),
  stage: CallStage,
  decidedAt: Timestamp.nullable(),
  decisionNote: z.string(),
  /** How many organisations applied, for its reviewers; null for the others. */
  applicationCount: z.int().nullable(),
  /** The reader's organisation's application. */
  mine: CallApplication.nullable(),
  /** Every application, best score first, for its reviewers; empty for the others. */
  applications: z.array(CallApplication),
  /** The reader keeps the call and selects (lead and consortium editors). */
  canManage: z.boolean(),
  /** The reader scores applications (managers and the expert committee's editors). */
  canReview: z.boolean(),
  /** The reader's organisation may apply now (an editor, the call open, not a manager of it). */
  canApply: z.boolean(),
});
export type Call = z.infer<typeof Call>;
