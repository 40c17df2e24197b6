import { CATEGORY_POLICIES, type Report, type ReportQuery, type TriageReport } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { blurRegions } from '../../files/face-blur.ts';
import type { PhotoFile } from '../../files/photo-metadata.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor, type OrgActor } from '../../services/actor.ts';
import { daysAfter, type Clock } from './clock.ts';
import type { ReportRepository } from './report-repository.ts';
import type { ReportRow } from './report-row.ts';
import { hasContact, toReport } from './report-view.ts';

/**
 * The reports an organisation received, read by its analysts and higher and triaged by its editors. Reports
 * are personal data: each read of one with contact details is in the organisation's audit log, and no
 * other organisation ever reads them (another's report is "not found").
 */
export class TriageService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: ReportQuery): Promise<Report[]> {
    const reader = requireRole(actor, 'analyst');
    const rows = await this.reports.listOf(reader.orgId, query);
    await this.auditReads(reader, rows, 'in a list');
    return rows.map(toReport);
  }

  async get(actor: Actor, id: string): Promise<Report> {
    const { reader, row } = await this.own(actor, id, 'analyst');
    await this.auditReads(reader, [row]);
    return toReport(row);
  }

  /**
   * Sets the status, its public note and whether the public sees the report's text and photo. Publishing
   * makes the published photo: the stored one (faces already blurred) with the regions chosen blurred too;
   * unpublishing deletes it. Closing starts the category's retention period; reopening ends it.
   */
  async triage(actor: Actor, id: string, input: TriageReport): Promise<Report> {
    const { reader, row } = await this.own(actor, id, 'editor');
    const now = this.clock.now();
    const closedAt = input.status === 'closed' ? (row.closedAt ?? now) : null;
    const published = input.published && row.photoKey ? await this.publishedPhoto(row.photoKey, input) : null;
    await this.access
      .inTransaction(async (trx) => {
        await this.reports.triage(
          id,
          {
            status: input.status, statusNote: input.statusNote, published: input.published, blurRegions: input.blurRegions, publishedPhotoKey: published,
            closedAt, purgeAfter: daysAfter(closedAt ?? row.createdAt, CATEGORY_POLICIES[row.category].retentionDays), updatedAt: now,
          },
          trx,
        );
        const detail = `${row.requestId}: ${input.status}${input.published ? ', published' : ''}`;
        await this.access.audit(actor, 'update', { kind: 'citizen-report', recordId: id, ownerOrgId: reader.orgId, detail }, trx);
      })
      .catch(async (error: unknown) => {
        await this.reports.discardPhotos([published]);
        throw error;
      });
    await this.reports.discardPhotos([row.publishedPhotoKey]);
    return this.get(actor, id);
  }

  /** The report's photo as stored (its faces blurred), for triage. */
  async photo(actor: Actor, id: string): Promise<PhotoFile> {
    const { reader, row } = await this.own(actor, id, 'analyst');
    const bytes = row.photoKey && (await this.reports.readPhoto(row.photoKey));
    if (!bytes) throw new AppError('not_found', 'The report has no photo.');
    await this.access.audit(actor, 'read', { kind: 'citizen-report', recordId: id, ownerOrgId: reader.orgId, detail: 'photo' });
    return { bytes, contentType: 'image/jpeg', filename: `${row.requestId}.jpg` };
  }

  /** Blurs the chosen regions of the stored photo into a new file: the key of the photo the public sees. */
  private async publishedPhoto(photoKey: string, input: TriageReport): Promise<string> {
    const stored = await this.reports.readPhoto(photoKey);
    if (!stored) throw new AppError('not_found', 'The photo of the report is missing.');
    return (await this.reports.storePhoto(await blurRegions(stored, input.blurRegions))).key;
  }

  /** A report of the acting organisation, read with at least `role`; any other is not found. */
  private async own(actor: Actor, id: string, role: 'analyst' | 'editor'): Promise<{ reader: OrgActor; row: ReportRow }> {
    const reader = requireRole(actor, role);
    const row = await this.reports.byId(id);
    if (!row || row.orgId !== reader.orgId) throw new AppError('not_found');
    return { reader, row };
  }

  /** One audit entry per report read with contact details, in one transaction. */
  private async auditReads(reader: OrgActor, rows: readonly ReportRow[], detail?: string): Promise<void> {
    const withContact = rows.filter(hasContact);
    if (withContact.length === 0) return;
    await this.access.inTransaction(async (trx) => {
      for (const row of withContact)
        await this.access.audit(reader, 'read', { kind: 'citizen-report', recordId: row.id, ownerOrgId: reader.orgId, detail: `${row.requestId} with contact${detail ? ` ${detail}` : ''}` }, trx);
    });
  }
}
