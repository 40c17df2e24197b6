import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Access } from '../sharing.ts';

/**
 * Vulnerability assessments of public spaces (ASSESSMENT.md: the EU Vulnerability Assessment Tool as the
 * PRoTECT manual teaches it): scope and team, existing measures, one scenario per threat type scored on
 * likelihood and consequence, the risk register, proposed measures ranked by risk reduced per euro, and the
 * alternatives (CARVER + Shock, the Martyn's Law tiers). Sensitive: it describes how to attack a place.
 */

/** The threat types of ASSESSMENT.md, in its order; the ids the CLI and the API take. */
export const THREATS = [
  'firearms',
  'bladed-weapon',
  'vehicle-ramming',
  'person-borne-ied',
  'vehicle-borne-ied',
  'placed-ied',
  'arson',
  'cbrn',
  'drone',
  'complex-attack',
] as const;
export const Threat = z.enum(THREATS);
export type Threat = z.infer<typeof Threat>;

/** R = L × I banded: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high. */
export const RiskBand = z.enum(['low', 'medium', 'high', 'very-high']);
export type RiskBand = z.infer<typeof RiskBand>;

/** A likelihood or consequence score. */
export const Score = z.int().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5');
export type Score = z.infer<typeof Score>;

/** The categories of public space of the method. */
export const SpaceCategory = z.enum([
  'transport-hub',
  'square',
  'shopping-area',
  'place-of-worship',
  'cultural',
  'business',
  'institutional',
  'event-site',
]);
export type SpaceCategory = z.infer<typeof SpaceCategory>;

/** When a scenario happens. */
export const Occasion = z.enum(['normal-day', 'market-day', 'event']);
export type Occasion = z.infer<typeof Occasion>;

export const TeamRole = z.enum(['lead', 'police', 'site-operator', 'fire', 'medical', 'transport', 'other']);
export type TeamRole = z.infer<typeof TeamRole>;

export const MeasureKind = z.enum(['natural', 'built', 'organisational']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/** Short ids the user's browser makes for list items (measures, team members), unique within an assessment. */
export const ItemId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

const text = (max: number) => z.string().max(max);
export const MAX_TEAM = 50;
export const MAX_EXISTING_MEASURES = 200;
export const MAX_PROPOSED_MEASURES = 200;
export const MAX_EVIDENCE = 20;
export const MAX_ASSESSMENT_TEXT = 5_000;

export const TeamMember = z.strictObject({
  id: ItemId,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  organisation: text(MAX_NAME_LENGTH).default(''),
  role: TeamRole,
});
export type TeamMember = z.infer<typeof TeamMember>;

/** Where an existing measure was read from: the user, the site's OSM data, or the adopted protection plan. */
export const MeasureSource = z.enum(['user', 'osm', 'plan']);
export type MeasureSource = z.infer<typeof MeasureSource>;

export const ExistingMeasure = z.strictObject({
  id: ItemId,
  kind: MeasureKind,
  description: z.string().trim().min(1).max(MAX_ASSESSMENT_TEXT),
  source: MeasureSource.default('user'),
});
export type ExistingMeasure = z.infer<typeof ExistingMeasure>;

/** One scenario: who, how, when, where, and its two scores with their justification and evidence. */
export const Scenario = z.strictObject({
  threat: Threat,
  who: text(MAX_ASSESSMENT_TEXT).default(''),
  how: text(MAX_ASSESSMENT_TEXT).default(''),
  when: Occasion.default('normal-day'),
  where: text(MAX_ASSESSMENT_TEXT).default(''),
  likelihood: Score.nullable().default(null),
  impact: Score.nullable().default(null),
  likelihoodWhy: text(MAX_ASSESSMENT_TEXT).default(''),
  impactWhy: text(MAX_ASSESSMENT_TEXT).default(''),
  /** References: a document, a record of the platform, an observation. */
  evidence: z.array(text(1_000)).max(MAX_EVIDENCE).default([]),
  /** The existing measures this scenario meets (their ids). */
  existingMeasureIds: z.array(ItemId).max(MAX_EXISTING_MEASURES).default([]),
});
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

/** What a measure does to one scenario: its likelihood and/or consequence once the measure is in place. */
export const ScoreChange = z
  .strictObject({ threat: Threat, likelihood: Score.optional(), impact: Score.optional() })
  .refine(
    (c) => c.likelihood !== undefined || c.impact !== undefined,
    'changes the likelihood, the impact or both',
  );
export type ScoreChange = z.infer<typeof ScoreChange>;

export const MeasureStatus = z.enum(['proposed', 'planned', 'done']);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const ProposedMeasure = z.strictObject({
  id: ItemId,
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  kind: MeasureKind.default('built'),
  costEur: z.number().min(0, 'must not be negative').max(1e10),
  owner: text(MAX_NAME_LENGTH).default(''),
  dueDate: z.iso.date().nullable().default(null),
  status: MeasureStatus.default('proposed'),
  changes: z
    .array(ScoreChange)
    .max(THREATS.length * 2)
    .default([]),
});
export type ProposedMeasure = z.infer<typeof ProposedMeasure>;
export type ProposedMeasureInput = z.input<typeof ProposedMeasure>;

/** CARVER + Shock: seven criteria scored 1–10, summed 7–70. */
export const CARVER_CRITERIA = [
  'criticality',
  'accessibility',
  'recuperability',
  'vulnerability',
  'effect',
  'recognizability',
  'shock',
] as const;
const carverScore = z.int().min(1, 'must be between 1 and 10').max(10, 'must be between 1 and 10');
export const Carver = z.strictObject(
  Object.fromEntries(CARVER_CRITERIA.map((c) => [c, carverScore])) as Record<
    (typeof CARVER_CRITERIA)[number],
    typeof carverScore
  >,
);
export type Carver = z.infer<typeof Carver>;

/** Martyn's Law: the procedures of every tier and the measures of the enhanced tier, ticked when in place. */
export const MARTYN_PROCEDURES = ['evacuation', 'invacuation', 'lockdown', 'communication'] as const;
export const MARTYN_MEASURES = [
  'monitoring',
  'movement-control',
  'physical-safety',
  'information-security',
] as const;
export const MartynItem = z.enum([...MARTYN_PROCEDURES, ...MARTYN_MEASURES]);
export type MartynItem = z.infer<typeof MartynItem>;
export const MartynTier = z.enum(['none', 'standard', 'enhanced']);
export type MartynTier = z.infer<typeof MartynTier>;
export const Martyn = z.strictObject({
  /** The most people expected at once; null takes the site's event occupancy. */
  capacity: z.int().min(0).max(10_000_000).nullable().default(null),
  inPlace: z.array(MartynItem).max(MartynItem.options.length).default([]),
});
export type Martyn = z.infer<typeof Martyn>;

const scenarioList = z
  .array(Scenario)
  .max(THREATS.length)
  .refine((s) => new Set(s.map((x) => x.threat)).size === s.length, 'one scenario per threat type');
const measureList = z
  .array(ProposedMeasure)
  .max(MAX_PROPOSED_MEASURES)
  .refine((m) => new Set(m.map((x) => x.id)).size === m.length, 'measure ids must be unique');

/** Everything the user fills in, step by step. */
export const AssessmentContent = z.strictObject({
  category: SpaceCategory.default('square'),
  scope: text(MAX_ASSESSMENT_TEXT).default(''),
  /** The national threat level as the user's country states it, on 1–5 (null: not stated). */
  threatLevel: Score.nullable().default(null),
  team: z.array(TeamMember).max(MAX_TEAM).default([]),
  existingMeasures: z.array(ExistingMeasure).max(MAX_EXISTING_MEASURES).default([]),
  scenarios: scenarioList.default([]),
  measures: measureList.default([]),
  carver: Carver.nullable().default(null),
  martyn: Martyn.default({ capacity: null, inPlace: [] }),
});
export type AssessmentContent = z.infer<typeof AssessmentContent>;

/** A save of some parts of the answers: each part given replaces the stored one whole; the others stay. */
export const AssessmentContentPatch = z.strictObject({
  category: SpaceCategory.optional(),
  scope: text(MAX_ASSESSMENT_TEXT).optional(),
  threatLevel: Score.nullable().optional(),
  team: z.array(TeamMember).max(MAX_TEAM).optional(),
  existingMeasures: z.array(ExistingMeasure).max(MAX_EXISTING_MEASURES).optional(),
  scenarios: scenarioList.optional(),
  measures: measureList.optional(),
  carver: Carver.nullable().optional(),
  martyn: Martyn.optional(),
});
export type AssessmentContentPatch = z.infer<typeof AssessmentContentPatch>;
export type AssessmentContentPatchInput = z.input<typeof AssessmentContentPatch>;
export type AssessmentContentInput = z.input<typeof AssessmentContent>;

/** The steps of the guided form, in order; `step` is the last one the user reached (resumable). */
export const ASSESSMENT_STEPS = [
  'scope',
  'team',
  'existing',
  'scenarios',
  'measures',
  'alternatives',
  'results',
] as const;
export const AssessmentStep = z.enum(ASSESSMENT_STEPS);
export type AssessmentStep = z.infer<typeof AssessmentStep>;

export const AssessmentStatus = z.enum(['draft', 'complete']);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** One row of the risk register. */
export const RegisterRow = z.object({
  threat: Threat,
  when: Occasion,
  likelihood: Score,
  impact: Score,
  risk: z.int(),
  band: RiskBand,
  existingMeasures: z.array(z.string()),
  /** The proposed measures that change this scenario (ids), and the risk once all of them are in place. */
  proposedMeasures: z.array(z.string()),
  residualRisk: z.int(),
  residualBand: RiskBand,
  owner: z.string(),
  dueDate: z.string().nullable(),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

/** A proposed measure with what it is worth: the drop in summed risk when its changes are applied alone. */
export const RankedMeasure = z.object({
  id: z.string(),
  title: z.string(),
  costEur: z.number(),
  riskReduced: z.int(),
  /** Risk points per million euros; null for a measure that costs nothing (ranked first when it reduces risk). */
  riskReducedPerMEur: z.number().nullable(),
});
export type RankedMeasure = z.infer<typeof RankedMeasure>;

/** What the platform computes instead of asking (ASSESSMENT.md), each naming its sources. */
export const IndicatorKey = z.enum([
  'vehicle-accessibility',
  'vehicle-energy',
  'crowd-exposure',
  'built-measures',
]);
export type IndicatorKey = z.infer<typeof IndicatorKey>;

export const IndicatorSourceKind = z.enum([
  'threat-analysis',
  'crowd-simulation',
  'protection-plan',
  'site',
  'extract',
]);
export type IndicatorSourceKind = z.infer<typeof IndicatorSourceKind>;

export const IndicatorSource = z.object({
  kind: IndicatorSourceKind,
  id: Id,
  name: z.string(),
  /** When the source was computed or last changed. */
  at: Timestamp,
});
export type IndicatorSource = z.infer<typeof IndicatorSource>;

export const AccessibilityClass = z.object({
  class: z.string(),
  name: z.string(),
  /** Shares (0–1) of the perimeter reachable at ≥ 32, ≥ 48 and ≥ 64 km/h. */
  share32: z.number(),
  share48: z.number(),
  share64: z.number(),
  maxSpeedKmh: z.number(),
  maxEnergyKJ: z.number(),
});
export type AccessibilityClass = z.infer<typeof AccessibilityClass>;

export const IndicatorDetail = z.discriminatedUnion('key', [
  z.object({ key: z.literal('vehicle-accessibility'), classes: z.array(AccessibilityClass) }),
  z.object({ key: z.literal('vehicle-energy'), classes: z.array(AccessibilityClass) }),
  z.object({
    key: z.literal('crowd-exposure'),
    areaM2: z.number(),
    typicalOccupancy: z.number().nullable(),
    eventOccupancy: z.number().nullable(),
    /** People per m² over the walkable area. */
    typicalDensity: z.number().nullable(),
    eventDensity: z.number().nullable(),
    /** The latest crowd simulation's peak density (people per m²) and its number of people. */
    peakDensity: z.number().nullable(),
    simulatedPeople: z.number().nullable(),
  }),
  z.object({
    key: z.literal('built-measures'),
    /** OSM barriers on the site (within 25 m of its outline), counted by their `barrier` value. */
    osm: z.array(z.object({ class: z.string(), count: z.int() })),
    planMeasures: z.int().nullable(),
    planCostEur: z.number().nullable(),
  }),
]);
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;

export const IndicatorOverride = z.object({
  value: z.number(),
  reason: z.string(),
  byName: z.string(),
  at: Timestamp,
});
export type IndicatorOverride = z.infer<typeof IndicatorOverride>;

/**
 * A computed value: its headline (`value`: the share at ≥ 48 km/h of the worst class, the highest
 * unmitigated energy in kJ, the people exposed at an event, the built measures counted), its detail, its
 * sources, whether a source changed since (`stale`), and the user's override with its reason.
 */
export const Indicator = z.object({
  key: IndicatorKey,
  value: z.number().nullable(),
  unit: z.enum(['share', 'kJ', 'people', 'count']),
  detail: IndicatorDetail.nullable(),
  sources: z.array(IndicatorSource),
  computedAt: Timestamp,
  stale: z.boolean(),
  /** Why it is stale: a newer source exists, a source changed, or it was deleted. */
  staleBecause: z.enum(['newer', 'changed', 'deleted']).nullable(),
  override: IndicatorOverride.nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

/** A score the indicators suggest for a scenario, with the indicator behind it. */
export const ScoreSuggestion = z.object({
  threat: Threat,
  field: z.enum(['likelihood', 'impact']),
  value: Score,
  from: IndicatorKey,
});
export type ScoreSuggestion = z.infer<typeof ScoreSuggestion>;

export const AssessmentComment = z.object({
  id: Id,
  authorName: z.string(),
  authorId: Id.nullable(),
  /** The step or scenario it is about (null: the whole assessment). */
  about: z.string().nullable(),
  body: z.string(),
  createdAt: Timestamp,
});
export type AssessmentComment = z.infer<typeof AssessmentComment>;

export const AssessmentPhoto = z.object({
  id: Id,
  filename: z.string(),
  contentType: z.string(),
  bytes: z.int(),
  caption: z.string(),
  /** Whether the photo's location metadata was kept on purpose (else it was removed on upload). */
  locationKept: z.boolean(),
  createdAt: Timestamp,
  byName: z.string(),
});
export type AssessmentPhoto = z.infer<typeof AssessmentPhoto>;

/** The headline of an assessment, in lists and on the dashboard. */
export const AssessmentHeadline = z.object({
  scored: z.int(),
  highestRisk: z.int().nullable(),
  highestBand: RiskBand.nullable(),
  totalRisk: z.int(),
  bands: z.object({ low: z.int(), medium: z.int(), high: z.int(), 'very-high': z.int() }),
  measures: z.int(),
  measuresCostEur: z.number(),
});
export type AssessmentHeadline = z.infer<typeof AssessmentHeadline>;

export const AssessmentSummary = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerOrgName: z.string(),
  siteId: Id,
  siteName: z.string(),
  title: z.string(),
  version: z.int(),
  parentId: Id.nullable(),
  status: AssessmentStatus,
  step: AssessmentStep,
  headline: AssessmentHeadline,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  access: Access,
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const Assessment = AssessmentSummary.extend({
  /** Increases with every change; a change may name the revision it was made on (`conflict` when another came first). */
  revision: z.int(),
  createdByName: z.string(),
  content: AssessmentContent,
  indicators: z.array(Indicator),
  suggestions: z.array(ScoreSuggestion),
  register: z.array(RegisterRow),
  rankedMeasures: z.array(RankedMeasure),
  carverTotal: z.int().nullable(),
  martyn: z.object({ capacity: z.int().nullable(), tier: MartynTier, missing: z.array(MartynItem) }),
  comments: z.array(AssessmentComment),
  photos: z.array(AssessmentPhoto),
});
export type Assessment = z.infer<typeof Assessment>;

export const CreateAssessment = z.strictObject({
  siteId: Id,
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  content: AssessmentContent.optional(),
});
export type CreateAssessment = z.infer<typeof CreateAssessment>;
export type CreateAssessmentInput = z.input<typeof CreateAssessment>;

/** A save as you go: the fields given replace the stored ones (each part of `content` whole). */
export const UpdateAssessment = z.strictObject({
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  step: AssessmentStep.optional(),
  status: AssessmentStatus.optional(),
  content: AssessmentContentPatch.optional(),
  /** The revision the change was made on; a newer stored one refuses it with `conflict`. */
  revision: z.int().min(0).optional(),
});
export type UpdateAssessment = z.infer<typeof UpdateAssessment>;
export type UpdateAssessmentInput = z.input<typeof UpdateAssessment>;

export const OverrideIndicator = z.strictObject({
  value: z.number().min(0).max(1e12),
  reason: z.string().trim().min(1, 'an override needs its reason').max(MAX_ASSESSMENT_TEXT),
});
export type OverrideIndicator = z.infer<typeof OverrideIndicator>;

export const CreateAssessmentComment = z.strictObject({
  body: z.string().trim().min(1).max(MAX_ASSESSMENT_TEXT),
  about: z.string().max(64).nullable().default(null),
});
export type CreateAssessmentComment = z.infer<typeof CreateAssessmentComment>;
export type CreateAssessmentCommentInput = z.input<typeof CreateAssessmentComment>;

/** The query of a photo upload (the body is the image: JPEG or PNG). */
export const UploadPhotoQuery = z.strictObject({
  filename: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  caption: z.string().max(1_000).default(''),
  /** Keep the location metadata (GPS) on purpose; by default it is removed. */
  keepLocation: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type UploadPhotoQuery = z.infer<typeof UploadPhotoQuery>;

export const ListAssessmentsQuery = z.strictObject({ siteId: Id.optional() });
export type ListAssessmentsQuery = z.infer<typeof ListAssessmentsQuery>;

/** One threat of two versions side by side. */
export const ScenarioDifference = z.object({
  threat: Threat,
  before: z.object({ likelihood: Score, impact: Score, risk: z.int(), band: RiskBand }).nullable(),
  after: z.object({ likelihood: Score, impact: Score, risk: z.int(), band: RiskBand }).nullable(),
  /** after − before risk; null when one side is not scored. */
  riskChange: z.int().nullable(),
});
export type ScenarioDifference = z.infer<typeof ScenarioDifference>;

export const AssessmentComparison = z.object({
  before: AssessmentSummary,
  after: AssessmentSummary,
  scenarios: z.array(ScenarioDifference),
  totalRiskBefore: z.int(),
  totalRiskAfter: z.int(),
  measuresAdded: z.array(z.string()),
  measuresRemoved: z.array(z.string()),
});
export type AssessmentComparison = z.infer<typeof AssessmentComparison>;

/** One site of the acting organisation on the dashboard, ranked by its highest risk. */
export const DashboardSite = z.object({
  siteId: Id,
  siteName: z.string(),
  assessment: AssessmentSummary.nullable(),
  /** The proposed measures of that assessment not yet done, and their cost. */
  openMeasures: z.int(),
  openMeasuresCostEur: z.number(),
  /** The latest verified protection plan of the site: its cost. */
  planCostEur: z.number().nullable(),
  planId: Id.nullable(),
});
export type DashboardSite = z.infer<typeof DashboardSite>;
export const AssessmentDashboard = z.object({ sites: z.array(DashboardSite) });
export type AssessmentDashboard = z.infer<typeof AssessmentDashboard>;
