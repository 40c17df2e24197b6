import type { PublicReport, Report } from '@pactesur/contracts';
import type { ReportRow } from './report-row.ts';

/** Where the published photo of a report is read without an account (the API client's `publicReportPhotoPath`). */
export const publicPhotoPath = (requestId: string): string => `/api/citizens/public/${encodeURIComponent(requestId)}/photo.jpg`;

/**
 * A report as the public reads it: no contact, no name, no attributes; its text and photo only once the
 * organisation published it — or, for its reporter (`own`), their own text always.
 */
export function toPublicReport(row: ReportRow, own = false): PublicReport {
  return {
    requestId: row.requestId,
    category: row.category,
    status: row.status,
    statusNote: row.statusNote,
    orgName: row.orgName,
    description: row.published || own ? row.description : null,
    address: row.address,
    location: row.location ? [row.location[0], row.location[1]] : null,
    photoUrl: row.published && row.publishedPhotoKey ? publicPhotoPath(row.requestId) : null,
    requestedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const NO_CONTACT = { firstName: '', lastName: '', email: '', phone: '' };

/** A report as its receiving organisation reads it, contact included. */
export function toReport(row: ReportRow): Report {
  return {
    ...toPublicReport(row),
    id: row.id,
    description: row.description,
    published: row.published,
    anonymous: row.anonymous,
    contact: { ...NO_CONTACT, ...(row.contact ?? {}) },
    attributes: row.attributes,
    mediaUrl: row.mediaUrl,
    hasPhoto: row.photoKey !== null,
    blurredFaces: row.photoFaces,
    blurRegions: row.blurRegions,
    purgeAfter: row.purgeAfter.toISOString(),
    via: row.via,
  };
}

/** Whether a report carries contact details (its reads are audited). */
export const hasContact = (row: ReportRow): boolean => row.contact !== null && Object.values(row.contact).some((v) => v !== '');
