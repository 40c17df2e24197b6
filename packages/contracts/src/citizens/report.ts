import { z } from 'zod';
import { Id, LngLat, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { MultiPolygon } from '../site.ts';
import { Polygon } from '../threat.ts';

/**
 * Citizens' non-emergency reports (KNOWLEDGE.md, "Citizens and partners"), received through Open311
 * GeoReport v2 (`/open311/v2/…`) and the platform's own reporting page. The categories are the platform's
 * (Open311's "services"); each organisation says which categories it takes where (its coverage), and a report
 * goes to the organisation whose coverage of its category holds its location — the smallest area when
 * several do (the city's police before the region). Privacy by design: each category says what it is for,
 * how long its reports are kept and whether the reporter may stay anonymous; contact details are read by the
 * receiving organisation only; photos lose their metadata and have faces blurred before anyone sees them; no
 * live video is taken.
 */

/** The categories of report (Open311 `service_code`). */
export const ReportCategory = z.enum([
  'unattended-item',
  'blocked-emergency-access',
  'damaged-barrier',
  'suspicious-vehicle',
  'crowding',
  'lighting-fault',
  'event-safety',
  'other',
]);
export type ReportCategory = z.infer<typeof ReportCategory>;

/** The policy of a category: purpose, retention and anonymity (set by the platform, shown on the transparency page). */
export interface CategoryPolicy {
  /** Open311 `group`. */
  readonly group: 'security' | 'public-space' | 'events';
  /** How long a report is kept after it was closed (or, if never closed, after it was made). */
  readonly retentionDays: number;
  /** Whether the reporter may hide their name (a report with a name may still be followed by token only). */
  readonly anonymous: boolean;
  /** Open311 `keywords`. */
  readonly keywords: readonly string[];
}

export const CATEGORY_POLICIES: Readonly<Record<ReportCategory, CategoryPolicy>> = {
  'unattended-item': { group: 'security', retentionDays: 30, anonymous: true, keywords: ['bag', 'package', 'abandoned'] },
  'blocked-emergency-access': { group: 'security', retentionDays: 90, anonymous: true, keywords: ['access', 'fire', 'ambulance', 'parking'] },
  'damaged-barrier': { group: 'public-space', retentionDays: 180, anonymous: true, keywords: ['bollard', 'barrier', 'planter'] },
  'suspicious-vehicle': { group: 'security', retentionDays: 30, anonymous: false, keywords: ['vehicle', 'truck', 'parked'] },
  crowding: { group: 'events', retentionDays: 30, anonymous: true, keywords: ['crowd', 'queue', 'crush'] },
  'lighting-fault': { group: 'public-space', retentionDays: 180, anonymous: true, keywords: ['light', 'lamp', 'dark'] },
  'event-safety': { group: 'events', retentionDays: 90, anonymous: true, keywords: ['event', 'stage', 'exit'] },
  other: { group: 'public-space', retentionDays: 90, anonymous: true, keywords: [] },
};

/** Most characters of a report's description (GeoReport v2). */
export const MAX_REPORT_DESCRIPTION = 4_000;

/** Internal statuses; Open311 reads `in-progress` as `open`, with its public note. */
export const ReportStatus = z.enum(['open', 'in-progress', 'closed']);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** What the reporting page (or an Open311 client, after its own parsing) sends. */
export const NewReport = z
  .strictObject({
    category: ReportCategory,
    /** Where, as [lng, lat]; or `address` alone where one organisation takes the category everywhere. */
    location: LngLat.nullable().default(null),
    address: z.string().trim().max(MAX_NAME_LENGTH).default(''),
    description: z.string().trim().min(1).max(MAX_REPORT_DESCRIPTION),
    /** Open311 `attribute[code]` answers (no category defines attributes yet: kept as given, 20 at most). */
    attributes: z.record(z.string().max(64), z.string().max(500)).default({}),
    /** Optional contact, read by the receiving organisation only, to follow up. */
    contact: z
      .strictObject({
        firstName: z.string().trim().max(100).default(''),
        lastName: z.string().trim().max(100).default(''),
        email: z.email().or(z.literal('')).default(''),
        phone: z.string().trim().max(40).default(''),
      })
      .default({ firstName: '', lastName: '', email: '', phone: '' }),
    /** The reporter hides their name: allowed for categories whose policy says so. */
    anonymous: z.boolean().default(false),
    /** A photo the client hosts (Open311 `media_url`): shown to the receiving organisation only, never republished. */
    mediaUrl: z.url({ protocol: /^https?$/ }).max(2_000).or(z.literal('')).default(''),
    /** The interface language of the reporter, for the answers they read. */
    lang: z.string().regex(/^[a-z]{2}$/).default('en'),
  })
  .refine((r) => Object.keys(r.attributes).length <= 20, { message: 'at most 20 attributes', path: ['attributes'] })
  .refine((r) => r.location !== null || r.address !== '', { message: 'a location or an address', path: ['location'] });
export type NewReport = z.infer<typeof NewReport>;
export type NewReportInput = z.input<typeof NewReport>;

/** The answer to a new report: its public id and the token the reporter follows it by (shown once). */
export const ReportReceipt = z.object({
  id: Id,
  /** Open311 `service_request_id`: short, public. */
  requestId: z.string(),
  token: z.string(),
  orgName: z.string(),
  /** Open311 `service_notice`: what happens next, in the reporter's language. */
  notice: z.string(),
});
export type ReportReceipt = z.infer<typeof ReportReceipt>;

/** A rectangle of a photo to blur, in fractions of its width and height (0–1). */
export const BlurRegion = z.strictObject({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  width: z.number().gt(0).max(1),
  height: z.number().gt(0).max(1),
});
export type BlurRegion = z.infer<typeof BlurRegion>;

/** A report as the public reads it (Open311 `GET requests`): no contact, no name; text and photo once published. */
export const PublicReport = z.object({
  requestId: z.string(),
  category: ReportCategory,
  status: ReportStatus,
  /** The organisation's public note on its status. */
  statusNote: z.string(),
  orgName: z.string(),
  /** Null until the organisation publishes the report. */
  description: z.string().nullable(),
  address: z.string(),
  location: LngLat.nullable(),
  /** The published photo (faces and the regions chosen blurred), null if none or not published. */
  photoUrl: z.string().nullable(),
  requestedAt: Timestamp,
  updatedAt: Timestamp,
});
export type PublicReport = z.infer<typeof PublicReport>;

/** A report as its receiving organisation reads it, to triage it. */
export const Report = PublicReport.extend({
  id: Id,
  description: z.string(),
  published: z.boolean(),
  anonymous: z.boolean(),
  /** Empty parts when anonymous or not given. */
  contact: z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string() }),
  attributes: z.record(z.string(), z.string()),
  mediaUrl: z.string(),
  /** Whether a photo was uploaded; its blurred view is read at `GET /api/citizens/reports/:id/photo`. */
  hasPhoto: z.boolean(),
  /** Faces found and blurred automatically, and the regions blurred by hand. */
  blurredFaces: z.int(),
  blurRegions: z.array(BlurRegion),
  /** When the retention job will delete it (from the category's policy). */
  purgeAfter: Timestamp,
  via: z.enum(['open311', 'web']),
});
export type Report = z.infer<typeof Report>;

/** The organisation's triage of a report. */
export const TriageReport = z.strictObject({
  status: ReportStatus,
  statusNote: z.string().trim().max(2_000).default(''),
  /** Shown to the public (its text and its blurred photo). */
  published: z.boolean(),
  /** Regions of the photo blurred by hand (beside the faces blurred automatically), before publication. */
  blurRegions: z.array(BlurRegion).max(20).default([]),
});
export type TriageReport = z.infer<typeof TriageReport>;
export type TriageReportInput = z.input<typeof TriageReport>;

export const ReportQuery = z.strictObject({
  status: ReportStatus.optional(),
  category: ReportCategory.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

/** Where an organisation takes reports of some categories. */
export const SaveCoverage = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  categories: z.array(ReportCategory).min(1).max(ReportCategory.options.length),
  area: z.union([Polygon, MultiPolygon]),
});
export type SaveCoverage = z.infer<typeof SaveCoverage>;

export const Coverage = SaveCoverage.extend({ id: Id, orgId: Id, orgName: z.string(), areaKm2: z.number() });
export type Coverage = z.infer<typeof Coverage>;

/** An Open311 API key of an organisation: the secret is shown once, when issued. */
export const ApiKey = z.object({ id: Id, name: z.string(), prefix: z.string(), createdAt: Timestamp, lastUsedAt: Timestamp.nullable(), revokedAt: Timestamp.nullable() });
export type ApiKey = z.infer<typeof ApiKey>;
export const IssuedApiKey = ApiKey.extend({ key: z.string() });
export type IssuedApiKey = z.infer<typeof IssuedApiKey>;
export const IssueApiKey = z.strictObject({ name: z.string().trim().min(1).max(MAX_NAME_LENGTH) });
export type IssueApiKey = z.infer<typeof IssueApiKey>;

/** The public transparency page: per category, what is kept, how long, and how many reports. */
export const Transparency = z.object({
  categories: z.array(
    z.object({
      category: ReportCategory,
      retentionDays: z.int(),
      anonymous: z.boolean(),
      /** Reports received in the last 365 days, and kept now (not yet purged), by status. */
      received: z.int(),
      kept: z.record(ReportStatus, z.int()),
    }),
  ),
  /** Reports deleted by the retention job in the last 365 days. */
  purged: z.int(),
  /** Photos received, and faces blurred in them, in the last 365 days. */
  photos: z.int(),
  facesBlurred: z.int(),
});
export type Transparency = z.infer<typeof Transparency>;
