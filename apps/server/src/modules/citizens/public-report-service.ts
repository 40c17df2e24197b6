import { CATEGORY_POLICIES, ReportCategory, ReportStatus, type PublicReport, type Transparency } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { PhotoFile } from '../../files/photo-metadata.ts';
import { tokenHash } from '../../services/tokens.ts';
import { dayOf, daysAfter, type Clock } from './clock.ts';
import { isReportToken, isRequestId } from './report-ids.ts';
import type { ReportRepository } from './report-repository.ts';
import type { PublicFilter, ReportRow } from './report-row.ts';
import { toPublicReport } from './report-view.ts';
import type { TallyRepository } from './tally-repository.ts';

/** Open311's window for a search of requests: 90 days at most, the last 90 by default. */
export const MAX_SEARCH_DAYS = 90;
/** The most requests one search answers. */
export const MAX_SEARCH_RESULTS = 1000;

/** A public search of the requests (Open311 `GET requests`), dates already read. */
export type RequestSearch = Omit<PublicFilter, 'limit'>;

/**
 * What anyone reads without an account: the reports' public state (Open311), a published photo, and the
 * transparency page — per category, what is kept and how long, and how many reports there were.
 */
export class PublicReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly tallies: TallyRepository,
    private readonly clock: Clock,
  ) {}

  /** Reports by their public ids, or by category, status and the time they were made (the last 90 days unless said). */
  async search(search: RequestSearch): Promise<PublicReport[]> {
    const ids = search.requestIds?.filter(isRequestId);
    if (ids) return (await this.reports.search({ requestIds: ids, limit: MAX_SEARCH_RESULTS })).map((r) => toPublicReport(r));
    const to = search.to ?? (search.from ? daysAfter(search.from, MAX_SEARCH_DAYS) : this.clock.now());
    const from = search.from ?? daysAfter(to, -MAX_SEARCH_DAYS);
    if (from > to) throw new AppError('validation_failed', 'start_date is after end_date.');
    if (to.getTime() - from.getTime() > MAX_SEARCH_DAYS * 86_400_000) throw new AppError('validation_failed', `The dates span more than ${MAX_SEARCH_DAYS} days.`);
    const statuses = search.statuses?.includes('open') ? [...search.statuses, 'in-progress' as const] : search.statuses;
    const rows = await this.reports.search({ ...search, statuses, from, to, limit: MAX_SEARCH_RESULTS });
    return rows.map((r) => toPublicReport(r));
  }

  async byRequestId(requestId: string): Promise<PublicReport> {
    const row = isRequestId(requestId) ? await this.reports.byRequestId(requestId) : undefined;
    if (!row) throw new AppError('not_found', `service_request_id ${JSON.stringify(requestId.slice(0, 40))} was not found.`);
    return toPublicReport(row);
  }

  /** The request id of the report a token follows (Open311 `GET tokens/{token}`). */
  async requestIdOfToken(token: string): Promise<string> {
    const row = isReportToken(token) ? await this.reports.byTokenHash(tokenHash(token)) : undefined;
    if (!row) throw new AppError('not_found', 'token was not found.');
    return row.requestId;
  }

  /** A published report's photo (faces and the chosen regions blurred); any other is not found. */
  async photo(requestId: string): Promise<PhotoFile> {
    const row: ReportRow | undefined = isRequestId(requestId) ? await this.reports.byRequestId(requestId) : undefined;
    const bytes = row?.published && row.publishedPhotoKey ? await this.reports.readPhoto(row.publishedPhotoKey) : null;
    if (!row || !bytes) throw new AppError('not_found', 'No published photo.');
    return { bytes, contentType: 'image/jpeg', filename: `${row.requestId}.jpg` };
  }

  async transparency(): Promise<Transparency> {
    const since = dayOf(daysAfter(this.clock.now(), -365));
    const tallies = await this.tallies.since(since);
    const kept = await this.tallies.kept();
    const sum = (key: 'purged' | 'photos' | 'faces') => [...tallies.values()].reduce((n, t) => n + t[key], 0);
    return {
      categories: ReportCategory.options.map((category) => ({
        category,
        retentionDays: CATEGORY_POLICIES[category].retentionDays,
        anonymous: CATEGORY_POLICIES[category].anonymous,
        received: tallies.get(category)?.received ?? 0,
        kept: Object.fromEntries(ReportStatus.options.map((s) => [s, kept.find((k) => k.category === category && k.status === s)?.count ?? 0])) as Transparency['categories'][number]['kept'],
      })),
      purged: sum('purged'),
      photos: sum('photos'),
      facesBlurred: sum('faces'),
    };
  }
}
