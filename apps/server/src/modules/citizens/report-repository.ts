import type { BlurRegion, LngLat, ReportCategory, ReportQuery, ReportStatus } from '@pactesur/contracts';
import type { Db } from '../../db/connect.ts';
import type { FileStore, StoredFile } from '../../files/file-store.ts';
import type { Tx } from '../../repositories/tx.ts';
import type { NewReportRow, PublicFilter, ReportContact, ReportRow, TriageRow } from './report-row.ts';

/** Citizens' reports and their photos. Who may read or change them is the service's job. */
export class ReportRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  private select(db: Tx) {
    return db.selectFrom('citizen_reports as r').innerJoin('organisations as o', 'o.id', 'r.org_id').selectAll('r').select('o.name as org_name');
  }

  async requestIdTaken(requestId: string): Promise<boolean> {
    return (await this.db.selectFrom('citizen_reports').select('id').where('request_id', '=', requestId).executeTakeFirst()) !== undefined;
  }

  async insert(report: NewReportRow, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('citizen_reports')
      .values({
        request_id: report.requestId,
        token_hash: report.tokenHash,
        org_id: report.orgId,
        category: report.category,
        description: report.description,
        address: report.address,
        lng: report.location?.[0] ?? null,
        lat: report.location?.[1] ?? null,
        attributes: JSON.stringify(report.attributes),
        anonymous: report.anonymous,
        contact: report.contact && JSON.stringify(report.contact),
        media_url: report.mediaUrl,
        lang: report.lang,
        via: report.via,
        api_key_id: report.apiKeyId,
        created_at: report.createdAt,
        updated_at: report.createdAt,
        purge_after: report.purgeAfter,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async byId(id: string, db: Tx = this.db): Promise<ReportRow | undefined> {
    const r = await this.select(db).where('r.id', '=', id).executeTakeFirst();
    return r && toRow(r);
  }

  async byTokenHash(tokenHash: string): Promise<ReportRow | undefined> {
    const r = await this.select(this.db).where('r.token_hash', '=', tokenHash).executeTakeFirst();
    return r && toRow(r);
  }

  async byRequestId(requestId: string): Promise<ReportRow | undefined> {
    const r = await this.select(this.db).where('r.request_id', '=', requestId).executeTakeFirst();
    return r && toRow(r);
  }

  /** The reports an organisation received, newest first. */
  async listOf(orgId: string, query: ReportQuery): Promise<ReportRow[]> {
    let q = this.select(this.db).where('r.org_id', '=', orgId);
    if (query.status) q = q.where('r.status', '=', query.status);
    if (query.category) q = q.where('r.category', '=', query.category);
    const rows = await q.orderBy('r.created_at', 'desc').orderBy('r.id').limit(query.limit).offset(query.offset).execute();
    return rows.map(toRow);
  }

  /** Every organisation's reports the public asks for (Open311), newest first. */
  async search(filter: PublicFilter): Promise<ReportRow[]> {
    let q = this.select(this.db);
    if (filter.requestIds) q = q.where('r.request_id', 'in', [...filter.requestIds, '']);
    if (filter.categories) q = q.where('r.category', 'in', [...filter.categories, '']);
    if (filter.statuses) q = q.where('r.status', 'in', [...filter.statuses, '']);
    if (filter.from) q = q.where('r.created_at', '>=', filter.from);
    if (filter.to) q = q.where('r.created_at', '<=', filter.to);
    return (await q.orderBy('r.created_at', 'desc').orderBy('r.id').limit(filter.limit).execute()).map(toRow);
  }

  async triage(id: string, t: TriageRow, db: Tx = this.db): Promise<void> {
    await db
      .updateTable('citizen_reports')
      .set({
        status: t.status,
        status_note: t.statusNote,
        published: t.published,
        blur_regions: JSON.stringify(t.blurRegions),
        published_photo_key: t.publishedPhotoKey,
        closed_at: t.closedAt,
        purge_after: t.purgeAfter,
        updated_at: t.updatedAt,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Sets the (blurred) photo of a report still unpublished; false when it was published meanwhile. */
  async setPhoto(id: string, photo: { key: string; faces: number }, at: Date, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('citizen_reports')
      .set({ photo_key: photo.key, photo_faces: photo.faces, published_photo_key: null, updated_at: at })
      .where('id', '=', id)
      .where('published', '=', false)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  storePhoto(bytes: Uint8Array): Promise<StoredFile> {
    return this.files.put(bytes);
  }

  readPhoto(key: string): Promise<Uint8Array | null> {
    return this.files.read(key);
  }

  /** Deletes the files of photos no row names any more. */
  discardPhotos(keys: readonly (string | null)[]): Promise<void> {
    return this.files.discard(keys.filter((k): k is string => k !== null));
  }
}

type Selected = {
  id: string;
  request_id: string;
  org_id: string;
  org_name: string;
  category: string;
  status: string;
  status_note: string;
  published: boolean;
  description: string;
  address: string;
  lng: number | null;
  lat: number | null;
  attributes: unknown;
  anonymous: boolean;
  contact: unknown;
  media_url: string;
  photo_key: string | null;
  photo_faces: number;
  published_photo_key: string | null;
  blur_regions: unknown;
  lang: string;
  via: string;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  purge_after: Date;
};

function toRow(r: Selected): ReportRow {
  return {
    id: r.id,
    requestId: r.request_id,
    orgId: r.org_id,
    orgName: r.org_name,
    category: r.category as ReportCategory,
    status: r.status as ReportStatus,
    statusNote: r.status_note,
    published: r.published,
    description: r.description,
    address: r.address,
    location: r.lng === null || r.lat === null ? null : ([r.lng, r.lat] as LngLat),
    attributes: r.attributes as Record<string, string>,
    anonymous: r.anonymous,
    contact: (r.contact as ReportContact | null) ?? null,
    mediaUrl: r.media_url,
    photoKey: r.photo_key,
    photoFaces: r.photo_faces,
    publishedPhotoKey: r.published_photo_key,
    blurRegions: r.blur_regions as BlurRegion[],
    lang: r.lang,
    via: r.via as ReportRow['via'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
    purgeAfter: r.purge_after,
  };
}
