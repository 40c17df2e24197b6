import { z } from 'zod';
import { Id, LngLat, Timestamp } from './common.ts';
import { coordinates } from './coordinates.ts';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH, MAX_OCCUPANCY } from './limits.ts';
import { Access } from './sharing.ts';

/** Kinds of public space in the register (PRODUCT.md, capability 2). */
export const SiteCategory = z.enum([
  'square',
  'pedestrian-area',
  'pedestrian-street',
  'promenade',
  'market',
  'transport-hub',
  'event-venue',
  'other',
]);
export type SiteCategory = z.infer<typeof SiteCategory>;

/** A GeoJSON MultiPolygon in WGS84 (RFC 7946): polygons of rings of [lon, lat], rings closed. */
export const MultiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: coordinates<LngLat[][][]>([
    [1, 1000],
    [1, 1000],
    [4, 100_000],
  ]),
});
export type MultiPolygon = z.infer<typeof MultiPolygon>;

/** A public space the extract suggests registering (named square, pedestrian street, market …). */
export const SiteCandidate = z.object({
  name: z.string(),
  category: SiteCategory,
  walkableAreaM2: z.number(),
  outline: MultiPolygon,
  centre: LngLat,
  osm: z.array(z.string()),
});
export type SiteCandidate = z.infer<typeof SiteCandidate>;

export const ExtractStatus = z.enum(['processing', 'ready', 'failed']);
export type ExtractStatus = z.infer<typeof ExtractStatus>;

/** What the import found in an extract. */
export const ExtractSummary = z.object({
  format: z.enum(['xml', 'pbf', 'unknown']),
  nodes: z.number().int(),
  ways: z.number().int(),
  relations: z.number().int(),
  missingNodeRefs: z.number().int(),
  walkableAreaM2: z.number().nullable(),
  traversableEdges: z.number().nullable(),
  barriers: z.number().nullable(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  diagnosticCounts: z.record(z.string(), z.number()),
});
export type ExtractSummary = z.infer<typeof ExtractSummary>;

/** An uploaded OpenStreetMap extract, the source of sites and of their maps. */
export const Extract = z.object({
  id: Id,
  ownerOrgId: Id,
  filename: z.string(),
  bytes: z.number().int(),
  /** The date of the OpenStreetMap data, when the uploader gave it. */
  dataDate: z.string().nullable(),
  createdAt: Timestamp,
  /** The import job; null when the extract was imported by the command line. */
  jobId: Id.nullable(),
  status: ExtractStatus,
  progress: z.number(),
  error: z.string().nullable(),
  summary: ExtractSummary.nullable(),
  candidates: z.array(SiteCandidate),
  access: Access,
});
export type Extract = z.infer<typeof Extract>;

/** A path separator or a control character (U+0000–U+001F, U+007F): a file name has none. */
const notAFileName = (s: string): boolean => /[/\\]/.test(s) || [...s].some((ch) => ch <= '\u001f' || ch === '\u007f');

/** Query of an upload (`POST /api/extracts?filename=…&dataDate=…`, body: the file's bytes). */
export const UploadExtractQuery = z.strictObject({
  // Checked before trimming, so a line break at either end is refused, not silently cut off.
  filename: z
    .string()
    .refine((s) => !notAFileName(s), 'a file name: no path separator, line break or other control character')
    .trim()
    .min(1)
    .max(200),
  dataDate: z.iso.date().optional(),
});
export type UploadExtractQuery = z.infer<typeof UploadExtractQuery>;

/** A registered public space. Sensitive: owner organisation, sharing and audit apply. */
export const Site = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerOrgName: z.string(),
  extractId: Id.nullable(),
  extractFilename: z.string().nullable(),
  extractDataDate: z.string().nullable(),
  name: z.string(),
  category: SiteCategory,
  outline: MultiPolygon,
  centre: LngLat,
  walkableAreaM2: z.number(),
  typicalOccupancy: z.number().int().nullable(),
  eventOccupancy: z.number().int().nullable(),
  notes: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  access: Access,
});
export type Site = z.infer<typeof Site>;

const Occupancy = z.int().min(0).max(MAX_OCCUPANCY).nullable();

/** Register a site from one of an extract's candidates (by index), or with an outline drawn by hand. */
export const CreateSite = z.strictObject({
  extractId: Id,
  candidate: z.int().min(0).optional(),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  category: SiteCategory.optional(),
  outline: MultiPolygon.optional(),
  typicalOccupancy: Occupancy.default(null),
  eventOccupancy: Occupancy.default(null),
  notes: z.string().max(MAX_NOTES_LENGTH).default(''),
});
export type CreateSite = z.infer<typeof CreateSite>;
export type CreateSiteInput = z.input<typeof CreateSite>;

export const UpdateSite = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  category: SiteCategory.optional(),
  outline: MultiPolygon.optional(),
  typicalOccupancy: Occupancy.optional(),
  eventOccupancy: Occupancy.optional(),
  notes: z.string().max(MAX_NOTES_LENGTH).optional(),
});
export type UpdateSite = z.infer<typeof UpdateSite>;
