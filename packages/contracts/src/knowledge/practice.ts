import { z } from 'zod';
import { Threat } from '../assessments/assessment.ts';
import { Id, LngLat, Timestamp } from '../common.ts';
import { EventKind } from '../events/event.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Slug } from '../organisation.ts';

/**
 * A promising practice (KNOWLEDGE.md): what a city did to keep a public space open and safe, told so that
 * another can judge and copy it — the EU Crime Prevention Network's minimum criteria, the RAN collection's
 * fields and the DRIVER+ lessons-learned schema in one record. Its texts are multilingual: the language it
 * was written in is marked, human translations are added per language, and machine translations are kept
 * apart and labelled (none is made by the platform).
 */

/** A language of a record's text: an ISO 639-1 code (`fr`, `de`, `pt` …). */
export const TextLanguage = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code, e.g. "fr"');
export type TextLanguage = z.infer<typeof TextLanguage>;

/** Most languages one text is kept in. */
export const MAX_TEXT_LANGUAGES = 24;

/**
 * A text in several languages: `source` is the language it was written in (its text is `texts[source]`),
 * `texts` the human ones, `machine` the machine translations a user pasted in, shown labelled as such.
 */
export const Multilingual = (max: number) =>
  z
    .strictObject({
      source: TextLanguage,
      texts: z.record(TextLanguage, z.string().trim().max(max)).default({}),
      machine: z.record(TextLanguage, z.string().trim().max(max)).default({}),
    })
    .refine((m) => Object.keys(m.texts).length + Object.keys(m.machine).length <= MAX_TEXT_LANGUAGES, { message: `at most ${MAX_TEXT_LANGUAGES} languages` });
export type Multilingual = z.infer<ReturnType<typeof Multilingual>>;
export type MultilingualInput = z.input<ReturnType<typeof Multilingual>>;

export const PracticeStatus = z.enum(['idea', 'pilot', 'running', 'ended']);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

/** Inspiring (told by its city), peer-reviewed (the label the network's review gives), evaluated. */
export const Maturity = z.enum(['inspiring', 'peer-reviewed', 'evaluated']);
export type Maturity = z.infer<typeof Maturity>;

/** Public (anyone, without an account), network (the owner's networks), restricted (the organisations named). */
export const Confidentiality = z.enum(['public', 'network', 'restricted']);
export type Confidentiality = z.infer<typeof Confidentiality>;

/** The editorial workflow: written, reviewed by the network's editors, published. */
export const EditorialState = z.enum(['draft', 'review', 'published']);
export type EditorialState = z.infer<typeof EditorialState>;

export const PlaceType = z.enum(['promenade', 'square', 'pedestrian-street', 'transport-hub', 'market', 'beach', 'event-route', 'event-venue', 'other']);
export type PlaceType = z.infer<typeof PlaceType>;

export const PracticeFunction = z.enum([
  'prevention',
  'security-by-design',
  'detection',
  'alerting',
  'crowd-management',
  'response',
  'recovery',
  'awareness',
  'training',
]);
export type PracticeFunction = z.infer<typeof PracticeFunction>;

export const SolutionType = z.enum(['doctrine', 'equipment', 'ict', 'personnel', 'training', 'design']);
export type SolutionType = z.infer<typeof SolutionType>;

export const EvaluationType = z.enum(['none', 'process', 'outcome', 'impact', 'cost-effectiveness']);
export type EvaluationType = z.infer<typeof EvaluationType>;

/** What it cost, in euros: under 10 k, 10–100 k, 100 k–1 M, over 1 M. */
export const CostBand = z.enum(['under-10k', '10k-100k', '100k-1m', 'over-1m']);
export type CostBand = z.infer<typeof CostBand>;

const text = (max = 10_000) => Multilingual(max).nullable().default(null);
const line = z.string().trim().max(MAX_NAME_LENGTH);
const list = <T extends z.ZodType>(item: T, max = 20) => z.array(item).max(max).default([]);

/** What a practice says: everything of KNOWLEDGE.md but its owner and its place in the workflow. */
export const PracticeContent = z.strictObject({
  // Identity.
  title: Multilingual(MAX_NAME_LENGTH),
  summary: text(2_000),
  city: line.default(''),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  /** Where it is, for the map of practices. */
  location: LngLat.nullable().default(null),
  /** Other organisations that own it with its author's, by name. */
  coOwners: list(line),
  /** A role to contact (never a person's private address): "Head of urban security, Ville de Nice". */
  contact: line.default(''),
  status: PracticeStatus.default('running'),
  startedOn: z.iso.date().nullable().default(null),
  endedOn: z.iso.date().nullable().default(null),
  confidentiality: Confidentiality.default('network'),
  /** The organisations a restricted practice is shared with. */
  restrictedTo: list(Id, 100),
  // Problem and context.
  problem: text(),
  threats: list(Threat),
  placeTypes: list(PlaceType),
  eventTypes: list(EventKind),
  context: text(),
  // Intervention.
  objectives: text(),
  /** The intervention, and why it should work. */
  method: text(),
  functions: list(PracticeFunction),
  solutionTypes: list(SolutionType),
  partners: list(z.strictObject({ name: line.min(1), role: line.default('') }), 50),
  audience: line.default(''),
  timeline: text(5_000),
  // Resources.
  costBand: CostBand.nullable().default(null),
  funding: line.default(''),
  staffEffort: line.default(''),
  // Evidence.
  evaluation: EvaluationType.default('none'),
  evaluator: line.default(''),
  results: text(),
  effectiveness: text(),
  /** Including on privacy and fundamental rights. */
  unintendedEffects: text(),
  // Transfer.
  conditions: text(),
  /** Legal prerequisites, per country. */
  legal: list(z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), text: z.string().trim().min(1).max(5_000) }), 30),
  lessons: text(),
  differently: text(),
  /** Records it is tied to: the organisation's sites and event plans, exercises' corrective actions, other practices. */
  links: z
    .strictObject({
      siteIds: list(Id),
      eventIds: list(Id),
      exerciseActions: list(z.strictObject({ exerciseId: Id, actionId: Id })),
      practiceIds: list(Id),
    })
    .default({ siteIds: [], eventIds: [], exerciseActions: [], practiceIds: [] }),
});
export type PracticeContent = z.infer<typeof PracticeContent>;
export type PracticeContentInput = z.input<typeof PracticeContent>;

/** The EU Crime Prevention Network's four minimum criteria, which gate publication. */
export const EucpnCriterion = z.enum(['problem-described', 'intervention-explained', 'outcome-or-plausibility', 'replicable']);
export type EucpnCriterion = z.infer<typeof EucpnCriterion>;

export const CreatePractice = z.strictObject({
  content: PracticeContent,
  /** Written for the demonstration from public sources (shown as such). */
  demo: z.boolean().default(false),
});
export type CreatePracticeInput = z.input<typeof CreatePractice>;

/** A save of the content (whole), on the revision the editor read. */
export const UpdatePractice = z.strictObject({ revision: z.int().min(0), content: PracticeContent });
export type UpdatePracticeInput = z.input<typeof UpdatePractice>;

/** A step of the workflow: submit for review, send back with a note, publish (with its maturity label). */
export const PracticeStep = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('submit') }),
  z.strictObject({ action: z.literal('return'), note: z.string().trim().min(1).max(2_000) }),
  z.strictObject({ action: z.literal('publish'), maturity: Maturity }),
  z.strictObject({ action: z.literal('unpublish'), note: z.string().trim().min(1).max(2_000) }),
]);
export type PracticeStep = z.infer<typeof PracticeStep>;

export const PracticeHistoryEntry = z.object({
  at: Timestamp,
  byName: z.string(),
  orgName: z.string(),
  action: z.enum(['created', 'edited', 'submitted', 'returned', 'published', 'unpublished']),
  note: z.string(),
});
export type PracticeHistoryEntry = z.infer<typeof PracticeHistoryEntry>;

/** A document attached to a practice: its evaluation report, a plan, a photo of what was built. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 12;
/** What an attachment may be, told from its bytes: PDF, JPEG or PNG (photos stripped of their location). */
export const AttachmentType = z.enum(['application/pdf', 'image/jpeg', 'image/png']);
export type AttachmentType = z.infer<typeof AttachmentType>;

export const PracticeAttachment = z.object({
  id: Id,
  filename: z.string(),
  contentType: AttachmentType,
  bytes: z.int(),
  uploadedAt: Timestamp,
});
export type PracticeAttachment = z.infer<typeof PracticeAttachment>;

export const UploadAttachmentQuery = z.strictObject({ filename: z.string().trim().min(1).max(200) });
export type UploadAttachmentQuery = z.infer<typeof UploadAttachmentQuery>;

export const Practice = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerName: z.string(),
  revision: z.int(),
  state: EditorialState,
  maturity: Maturity,
  content: PracticeContent,
  /** The criteria the content does not meet yet (publication waits for none). */
  unmet: z.array(EucpnCriterion),
  /** Marked on the demo's practices. */
  demo: z.boolean(),
  publishedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** What the reader may do: edit (its organisation's), review (an editor of one of its networks), read. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
  history: z.array(PracticeHistoryEntry),
  attachments: z.array(PracticeAttachment),
});
export type Practice = z.infer<typeof Practice>;

/** The facets a search is narrowed by (each a list: any of its values). */
export const PracticeFacets = z.strictObject({
  country: list(z.string().regex(/^[A-Z]{2}$/)),
  threat: list(Threat),
  place: list(PlaceType),
  function: list(PracticeFunction),
  solution: list(SolutionType),
  maturity: list(Maturity),
  evaluation: list(EvaluationType),
  cost: list(CostBand),
  language: list(TextLanguage),
  year: list(z.int().min(1900).max(2200)),
});
export type PracticeFacets = z.infer<typeof PracticeFacets>;
export const FACET_NAMES = PracticeFacets.keyof().options;
export type FacetName = (typeof FACET_NAMES)[number];

export const PracticeSearch = z.strictObject({
  /** Words, in any language of the records; quoted phrases and `-word` as a web search takes them. */
  q: z.string().trim().max(500).default(''),
  facets: PracticeFacets.default({ country: [], threat: [], place: [], function: [], solution: [], maturity: [], evaluation: [], cost: [], language: [], year: [] }),
  /** Drafts and practices under review the reader's organisation owns or reviews, beside the published. */
  mine: z.boolean().default(false),
  /** The practices of one organisation (its slug): a city's own, on its public page. */
  owner: Slug.nullable().default(null),
  limit: z.int().min(1).max(100).default(20),
  offset: z.int().min(0).max(10_000).default(0),
});
export type PracticeSearch = z.infer<typeof PracticeSearch>;
export type PracticeSearchInput = z.input<typeof PracticeSearch>;

/** A practice in a list of results: enough for its card and its pin on the map. */
export const PracticeHit = z.object({
  id: Id,
  ownerName: z.string(),
  state: EditorialState,
  maturity: Maturity,
  title: Multilingual(MAX_NAME_LENGTH),
  summary: Multilingual(2_000).nullable(),
  city: z.string(),
  country: z.string().nullable(),
  location: LngLat.nullable(),
  confidentiality: Confidentiality,
  year: z.int().nullable(),
  demo: z.boolean(),
  /** How well it matches the words (0 without words). */
  rank: z.number(),
  /** The words found, marked `<b>…</b>` in an extract of its text (the only markup). */
  headline: z.string(),
});
export type PracticeHit = z.infer<typeof PracticeHit>;

export const PracticeResults = z.object({
  total: z.int(),
  hits: z.array(PracticeHit),
  /** For each facet, each value found among the matching practices the reader may see, with its count. */
  facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.int() }))),
});
export type PracticeResults = z.infer<typeof PracticeResults>;
