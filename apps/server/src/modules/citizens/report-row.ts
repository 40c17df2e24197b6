import type { BlurRegion, LngLat, ReportCategory, ReportStatus } from '@pactesur/contracts';

/** The reporter's contact, as given (empty parts when not given). */
export interface ReportContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
}

/** A report as stored, with the name of the organisation it went to. */
export interface ReportRow {
  readonly id: string;
  readonly requestId: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly category: ReportCategory;
  readonly status: ReportStatus;
  readonly statusNote: string;
  readonly published: boolean;
  readonly description: string;
  readonly address: string;
  readonly location: LngLat | null;
  readonly attributes: Record<string, string>;
  readonly anonymous: boolean;
  /** Null when anonymous or none was given. */
  readonly contact: ReportContact | null;
  readonly mediaUrl: string;
  /** The photo with its faces blurred (the only one ever stored), and the one published with the regions blurred too. */
  readonly photoKey: string | null;
  readonly photoFaces: number;
  readonly publishedPhotoKey: string | null;
  readonly blurRegions: BlurRegion[];
  readonly lang: string;
  readonly via: 'open311' | 'web';
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly closedAt: Date | null;
  readonly purgeAfter: Date;
}

/** What a new report is stored with: its first state, the hash of its token and the Open311 key that sent it. */
export interface NewReportRow
  extends Pick<ReportRow, 'requestId' | 'orgId' | 'category' | 'description' | 'address' | 'location' | 'attributes' | 'anonymous' | 'contact' | 'mediaUrl' | 'lang' | 'via' | 'createdAt' | 'purgeAfter'> {
  readonly tokenHash: string;
  readonly apiKeyId: string | null;
}

/** What the organisation's triage changes. */
export interface TriageRow {
  readonly status: ReportStatus;
  readonly statusNote: string;
  readonly published: boolean;
  readonly blurRegions: readonly BlurRegion[];
  readonly publishedPhotoKey: string | null;
  readonly closedAt: Date | null;
  readonly purgeAfter: Date;
  readonly updatedAt: Date;
}

/** The public's filters of the reports (Open311 `GET requests`). */
export interface PublicFilter {
  readonly requestIds?: readonly string[];
  readonly categories?: readonly ReportCategory[];
  /** Internal statuses (`open` also finds `in-progress`). */
  readonly statuses?: readonly ReportStatus[];
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
}
